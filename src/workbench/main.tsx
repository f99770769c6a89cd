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
import { createNotificationNotices } from '../approvals/notificationNotices';
import { createNotifiedApprovalService } from '../teams/notifiedApprovalService';
import { fetchGraphClient } from '../teams/notify/graphClient';
import { teamsHostState, type TeamsHostState } from '../teams/teamsContext';
import { TEAMS_ENTITY_IDS } from '../teams/appIdentity';
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

/**
 * The Teams context the page simulates at `/teams`: `?theme=default|dark|contrast`,
 * `&entity=attGodkanna|planer` (the personal app's tab) and `&subEntityId=<request key>` (what
 * a deep link asked to open), read as the web part reads `app.getContext()`.
 */
function teamsFromAddress(): TeamsHostState | undefined {
  if (!/^\/teams\/?$/.test(window.location.pathname)) {
    return undefined;
  }
  const query = new URLSearchParams(window.location.search);
  return teamsHostState({
    app: { theme: query.get('theme') ?? undefined },
    page: { id: query.get('entity') ?? undefined, subPageId: query.get('subEntityId') ?? undefined }
  });
}

/** A bearer token for the demo user, from the local SharePoint (Graph accepts only tokens). */
function tokenFor(login: string): () => Promise<string> {
  let token: Promise<string> | undefined;
  return () => {
    if (token === undefined) {
      token = fetch('/_local/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user: login }) })
        .then((response) => response.json() as Promise<{ access_token: string }>)
        .then((answer) => answer.access_token);
      token.catch(() => {
        token = undefined;
      });
    }
    return token;
  };
}

function start(): void {
  registerWorkbenchIcons();
  loadTheme({ defaultFontStyle: { fontFamily: SYSTEM_FONTS } });
  const siteUrl = `${window.location.origin}/sites/internkontroll`;
  const sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), BrowserFetch());
  const service = createInternkontrollService(sp);
  const login = currentLogin();
  const notices = createNotificationNotices();
  const { approvals, notificationSettings } = createNotifiedApprovalService(sp, {
    plans: service,
    graph: fetchGraphClient({ baseUrl: `${window.location.origin}/_graph/v1.0`, token: tokenFor(login) }),
    siteUrl,
    onNotificationError: (error) => notices.report(error)
  });
  const teams = teamsFromAddress();
  const locale = new URLSearchParams(window.location.search).get('lang') || 'sv-SE';
  const root = document.getElementById('root');
  ReactDom.render(
    <WorkbenchPage
      service={service}
      approvals={approvals}
      notificationSettings={notificationSettings}
      notificationNotices={notices}
      teams={teams}
      approvalView={
        teams !== undefined && (teams.entityId === TEAMS_ENTITY_IDS.attGodkanna || teams.subEntityId !== undefined) ? { requestKey: teams.subEntityId } : undefined
      }
      currentLogin={login}
      locale={locale}
      initialPlanId={planIdFromHash()}
      today={todayFromQuery()}
      scrollRegion={new URLSearchParams(window.location.search).get('sida') === 'sharepoint'}
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
