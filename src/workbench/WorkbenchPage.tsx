import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { ThemeProvider } from '@fluentui/react/lib/Theme';

import { App } from '../components/App/App';
import type { IInternkontrollService } from '../data/InternkontrollService';
import type { IApprovalService } from '../approvals/IApprovalService';
import type { NotificationNotices } from '../approvals/notificationNotices';
import type { INotificationSettingsService } from '../data/settings/INotificationSettingsService';
import { teamsFluentTheme } from '../components/common/teamsThemes';
import type { TeamsHostState } from '../teams/teamsContext';

/** A demo user of the local SharePoint. */
export interface DemoUserOption {
  /** Login sent in the `local-user` cookie. */
  login: string;
  /** Swedish description for the switcher. */
  label: string;
}

/** The local SharePoint's demo users, in the order of the switcher. */
export const DEMO_USERS: DemoUserOption[] = [
  { login: 'samordnare', label: 'Samordnare intern kontroll (samordnare, webbplatsägare)' },
  { login: 'handlaggare', label: 'Handläggare (rapportör)' },
  { login: 'chef', label: 'Förvaltningsdirektör (godkännare)' },
  { login: 'lasare', label: 'Läsare (endast läsbehörighet)' }
];

/** Props of the workbench page. */
export interface IWorkbenchPageProps {
  /** The data service over the local SharePoint. */
  service: IInternkontrollService;
  /** The approval service over the local SharePoint. */
  approvals?: IApprovalService;
  /** The demo user the requests are made as. */
  currentLogin: string;
  /** Switches the demo user (sets the cookie and reloads). */
  onSwitchUser: (login: string) => void;
  /** UI locale. */
  locale: string;
  /** Plan to open, from the address. */
  initialPlanId?: number;
  /** Keeps the open plan in the address. */
  onNavigate: (planId: number | undefined) => void;
  /** The day the product is shown on (`?idag=`); today by default. */
  today?: string;
  /** The notification setting and its test. */
  notificationSettings?: INotificationSettingsService;
  /** Notification failures, shown as notices. */
  notificationNotices?: NotificationNotices;
  /** The simulated Teams context (`/teams?theme=…&entity=…&subEntityId=…`): its theme applies. */
  teams?: TeamsHostState;
  /** "Att godkänna" first, on one request when a deep link named it. */
  approvalView?: { requestKey?: string };
  /**
   * The page scrolls as a modern SharePoint page does (`?sida=sharepoint`): the bar stays, and
   * the content scrolls inside a region of its own (`data-is-scrollable`), not the window.
   */
  scrollRegion?: boolean;
}

const classes = mergeStyleSets({
  bar: {
    background: '#12355b',
    color: '#ffffff',
    padding: '10px 24px',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: '8px 24px'
  },
  brand: { display: 'flex', flexDirection: 'column' },
  product: { fontSize: 18, fontWeight: 600, margin: 0, color: '#ffffff' },
  subtitle: { fontSize: 13, color: '#dce6f0' },
  switcher: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, fontSize: 14, maxWidth: '100%' },
  select: {
    fontFamily: 'inherit',
    fontSize: 14,
    // The demo users' long labels must not widen a phone-width page.
    maxWidth: '100%',
    padding: '5px 8px',
    borderRadius: 4,
    border: '1px solid #ffffff',
    background: '#ffffff',
    color: '#201f1e',
    selectors: { ':focus-visible': { outline: '3px solid #ffd335', outlineOffset: 2 } }
  },
  main: { maxWidth: 1240, margin: '0 auto', padding: '20px 24px 48px' },
  // As SharePoint's page: a full-height column whose content region scrolls by itself.
  scrollPage: { position: 'fixed', top: 0, right: 0, bottom: 0, left: 0, display: 'flex', flexDirection: 'column' },
  scrollRegion: { flex: '1 1 auto', minHeight: 0, overflowY: 'auto' }
});

/** The local workbench: a bar with the demo-user switcher above the App. */
export function WorkbenchPage(props: IWorkbenchPageProps): React.ReactElement {
  const app = (
    <App
      service={props.service}
      approvals={props.approvals}
      locale={props.teams?.locale ?? props.locale}
      initialPlanId={props.initialPlanId}
      onNavigate={props.onNavigate}
      today={props.today}
      approvalView={props.approvalView}
      notificationSettings={props.notificationSettings}
      notificationNotices={props.notificationNotices}
    />
  );
  const main = (
    <main className={classes.main}>
      {props.teams === undefined ? (
        app
      ) : (
        <ThemeProvider theme={teamsFluentTheme(props.teams.theme)} applyTo="element" style={{ padding: 12 }}>
          {app}
        </ThemeProvider>
      )}
    </main>
  );
  const header = (
    <header className={classes.bar}>
      <div className={classes.brand}>
        <h1 className={classes.product}>Internkontroll</h1>
        <span className={classes.subtitle}>{props.teams === undefined ? 'Lokal arbetsyta · data i den lokala SharePoint' : `Som i Teams (tema ${props.teams.theme}) · data i den lokala SharePoint`}</span>
      </div>
      <div className={classes.switcher}>
        <label htmlFor="ik-demo-user">Visa som</label>
        <select
          id="ik-demo-user"
          className={classes.select}
          value={props.currentLogin}
          onChange={(event) => props.onSwitchUser(event.target.value)}
        >
          {DEMO_USERS.map((user) => (
            <option key={user.login} value={user.login}>
              {user.label}
            </option>
          ))}
        </select>
      </div>
    </header>
  );
  if (props.scrollRegion) {
    return (
      <div className={classes.scrollPage}>
        {header}
        <div className={classes.scrollRegion} data-is-scrollable="true">
          {main}
        </div>
      </div>
    );
  }
  return (
    <>
      {header}
      {main}
    </>
  );
}
