/// <reference types="office-js" />
/**
 * Browser entry of the task pane in Word: reads `config.json` beside the page (site, client id),
 * checks the host's requirement sets, signs in (NAA, else the dialog), and shows the task pane
 * over the real office-js port. Built by `npm run build:word`.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { loadTheme } from '@fluentui/react/lib/Styling';
import { BrowserFetch } from '@pnp/queryable';
import { spfi, SPBrowser } from '@pnp/sp';

import { createApprovalService } from '../../data/approvals/ApprovalService';
import { createInternkontrollService } from '../../data/PnpInternkontrollService';
import { BearerToken } from '../auth/BearerToken';
import { createOfficeTokenProvider, type SignInSettings } from '../auth/officeSignIn';
import { createReportsSource, ownShapesOf } from '../blocks/reportsSource';
import { checkHostSupport } from '../document/requirements';
import { createSelectionTracker } from '../document/selectionTracker';
import { registerTaskPaneIcons } from '../taskpane/icons';
import { renderDocxPreview } from '../taskpane/preview';
import { TaskPane } from '../taskpane/TaskPane';
import { createOfficeWordPort } from './officeWordPort';
import { officeSignInMethods } from './signInMethods';

/** `config.json`, written by the build. */
interface TaskPaneConfig {
  readonly siteUrl: string;
  readonly clientId: string;
  readonly authority?: string;
  readonly scopes?: string[];
}

async function start(): Promise<void> {
  registerTaskPaneIcons();
  loadTheme({ defaultFontStyle: { fontFamily: "'Segoe UI', system-ui, sans-serif" } });
  const root = document.getElementById('root');
  const support = checkHostSupport(Office.context.requirements);
  const port = createOfficeWordPort();
  const selection = createSelectionTracker(port);
  const config = (await (await fetch('config.json', { cache: 'no-store' })).json()) as TaskPaneConfig;
  const settings: SignInSettings = { ...config, dialogUrl: new URL('auth-dialog.html', window.location.href).toString() };
  const token = createOfficeTokenProvider(settings, support, officeSignInMethods);
  const sp = spfi(config.siteUrl).using(SPBrowser({ baseUrl: config.siteUrl }), BrowserFetch(), BearerToken(token));
  const service = createInternkontrollService(sp);
  const ownShapes = ownShapesOf(service);
  // The same approval service as the web part's, over the add-in's token: one judge of validity.
  const approvals = createApprovalService(sp, { plans: service, ownShapes });
  if (support.supported) {
    Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, () => selection.changed());
    selection.changed();
  }
  ReactDom.render(
    <TaskPane
      service={service}
      approvals={approvals}
      source={createReportsSource({ ownShapes })}
      port={port}
      selection={selection}
      support={support}
      locale={Office.context.displayLanguage}
      preview={renderDocxPreview}
    />,
    root
  );
}

Office.onReady(() => {
  start().catch((error: unknown) => {
    const root = document.getElementById('root');
    if (root) {
      root.textContent = `Tillägget kunde inte starta: ${error instanceof Error ? error.message : String(error)}`;
    }
  });
});
