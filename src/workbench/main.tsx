/**
 * Browser entry of the local workbench page (served by local/workbench/server.ts). PnPjs talks
 * to the local SharePoint through the page's own origin (the server proxies
 * /sites/internkontroll), so the `local-user` cookie set here reaches it with every request.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { loadTheme } from '@fluentui/react/lib/Styling';
import { BrowserFetch } from '@pnp/queryable';
import { spfi, SPBrowser } from '@pnp/sp';

import { createInternkontrollService } from '../data/PnpInternkontrollService';
import { createApprovalService } from '../data/approvals/ApprovalService';
import { registerWorkbenchIcons } from './icons';
import { DEMO_USERS, WorkbenchPage } from './WorkbenchPage';

/** Fonts the machine has: the workbench runs without internet, so no web fonts are fetched. */
const SYSTEM_FONTS = "'Segoe UI', system-ui, -apple-system, 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif";

/** The demo user in the `local-user` cookie; the local SharePoint's default when none is set. */
function currentLogin(): string {
  const match = /(?:^|;\s*)local-user=([^;]*)/.exec(document.cookie);
  const login = match ? decodeURIComponent(match[1]) : 'samordnare';
  return DEMO_USERS.some((user) => user.login === login) ? login : 'samordnare';
}

/** The day the page shows the product on (`?idag=2024-05-15`), for demos of a past year; today by default. */
function todayFromQuery(): string | undefined {
  const value = new URLSearchParams(window.location.search).get('idag');
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/** The plan id in the address (`#plan=3`). */
function planIdFromHash(): number | undefined {
  const match = /plan=(\d+)/.exec(window.location.hash);
  return match ? Number(match[1]) : undefined;
}

function start(): void {
  registerWorkbenchIcons();
  loadTheme({ defaultFontStyle: { fontFamily: SYSTEM_FONTS } });
  const siteUrl = `${window.location.origin}/sites/internkontroll`;
  const sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), BrowserFetch());
  const service = createInternkontrollService(sp);
  const approvals = createApprovalService(sp, { plans: service });
  const locale = new URLSearchParams(window.location.search).get('lang') || 'sv-SE';
  const root = document.getElementById('root');
  ReactDom.render(
    <WorkbenchPage
      service={service}
      approvals={approvals}
      currentLogin={currentLogin()}
      locale={locale}
      initialPlanId={planIdFromHash()}
      today={todayFromQuery()}
      onSwitchUser={(login) => {
        document.cookie = `local-user=${encodeURIComponent(login)}; path=/; SameSite=Lax`;
        window.location.reload();
      }}
      onNavigate={(planId) => {
        // replaceState: the address follows the open plan without a page load.
        window.history.replaceState(undefined, '', planId === undefined ? window.location.pathname + window.location.search : `#plan=${planId}`);
      }}
    />,
    root
  );
}

start();
