/**
 * Browser entry of the local Word page (`/word` on the workbench): the task pane against the
 * local SharePoint (same origin, proxied by the workbench) beside the stand-in document.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { loadTheme } from '@fluentui/react/lib/Styling';
import { BrowserFetch } from '@pnp/queryable';
import { spfi, SPBrowser } from '@pnp/sp';

import { createApprovalService } from '../../data/approvals/ApprovalService';
import { createInternkontrollService } from '../../data/PnpInternkontrollService';
import { createReportsSource, ownShapesOf } from '../blocks/reportsSource';
import { checkHostSupport } from '../document/requirements';
import { createSelectionTracker } from '../document/selectionTracker';
import { registerTaskPaneIcons } from '../taskpane/icons';
import { renderDocxPreview } from '../taskpane/preview';
import { baseMemoDocx } from './baseDocument';
import { LocalWordDocument } from './LocalWordDocument';
import { localSignIn } from './localSignIn';
import { StandInPage } from './StandInPage';

const SYSTEM_FONTS = "'Segoe UI', system-ui, -apple-system, 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif";

/** The demo user: `?user=` in the address, else the workbench's `local-user` cookie, else the handläggare. */
function currentLogin(): string {
  const fromQuery = new URLSearchParams(window.location.search).get('user');
  const match = /(?:^|;\s*)local-user=([^;]*)/.exec(document.cookie);
  return fromQuery || (match ? decodeURIComponent(match[1]) : 'handlaggare');
}

async function start(): Promise<void> {
  registerTaskPaneIcons();
  loadTheme({ defaultFontStyle: { fontFamily: SYSTEM_FONTS } });
  const siteUrl = `${window.location.origin}/sites/internkontroll`;
  const sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), BrowserFetch(), localSignIn(currentLogin()));
  const service = createInternkontrollService(sp);
  const ownShapes = ownShapesOf(service);
  const approvals = createApprovalService(sp, { plans: service, ownShapes });
  const document = await LocalWordDocument.open(await baseMemoDocx());
  const selection = createSelectionTracker(document);
  // The stand-in has every requirement set a current Word has.
  const support = checkHostSupport({ isSetSupported: (name) => name === 'WordApi' || name === 'DialogApi' });
  const locale = new URLSearchParams(window.location.search).get('lang') || 'sv-SE';
  ReactDom.render(
    <StandInPage
      service={service}
      approvals={approvals}
      source={createReportsSource({ ownShapes })}
      document={document}
      selection={selection}
      support={support}
      locale={locale}
      preview={renderDocxPreview}
    />,
    window.document.getElementById('root')
  );
  selection.changed();
}

void start();
