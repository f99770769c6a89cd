import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { IPropertyPaneConfiguration, PropertyPaneChoiceGroup, PropertyPaneDropdown, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { BrowserFetch } from '@pnp/queryable';
import { spfi, SPFx } from '@pnp/sp';

import { App, IAppProps } from '../../components/App/App';
import { loadedStringsForLocale, loadStringsForLocale, SV_STRINGS } from '../../components/i18n';
import type { IInternkontrollService, PlanSummary } from '../../data/InternkontrollService';
import { createInternkontrollService } from '../../data/PnpInternkontrollService';
import { teamsFluentTheme } from '../../components/common/teamsThemes';
import { teamsHostState, teamsThemeName, type TeamsHostState } from '../../teams/teamsContext';
import { TEAMS_ENTITY_IDS } from '../../teams/appIdentity';
import { lazyService } from './lazyApprovalService';
import type { IApprovalService } from '../../approvals/IApprovalService';
import { createNotificationNotices, type NotificationNotices } from '../../approvals/notificationNotices';
import type { INotificationSettingsService } from '../../data/settings/INotificationSettingsService';
import type { NotifiedApprovalService } from '../../teams/notifiedApprovalService';
import { buildPropertyPane } from './InternkontrollPropertyPane';
import { IInternkontrollWebPartProps, resolvePageProps } from './pageProps';

export type { IInternkontrollWebPartProps } from './pageProps';

/**
 * The SharePoint host (also a Teams tab): creates the PnPjs SPFI on the page's context and the
 * data service over it, and renders the App in the user's UI language. Nothing more.
 */
export default class InternkontrollWebPart extends BaseClientSideWebPart<IInternkontrollWebPartProps> {
  private _service: IInternkontrollService | undefined;
  private _approvals: IApprovalService | undefined;
  private _notificationSettings: INotificationSettingsService | undefined;
  private readonly _notices: NotificationNotices = createNotificationNotices();
  private _plans: PlanSummary[] = [];
  /** Set when the web part runs in Teams (tab or personal app). */
  private _teams: TeamsHostState | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    // An English UI's table loads on demand; fetched beside the rest of the start, awaited at its
    // end, so the App and the property pane have it at once. A failed fetch leaves Swedish.
    const strings = loadStringsForLocale(this._locale()).catch(() => undefined);
    // BrowserFetch instead of PnPjs's retrying fetch: the service has its own retry, which
    // never re-sends a create whose outcome is unknown.
    const sp = spfi().using(SPFx(this.context), BrowserFetch());
    this._service = createInternkontrollService(sp);
    const plans = this._service;
    // The approval service and the notifications come in one chunk, on the first call of either.
    let wiring: Promise<NotifiedApprovalService> | undefined;
    const load = (): Promise<NotifiedApprovalService> => {
      if (wiring === undefined) {
        wiring = import(/* webpackChunkName: 'ik-godkannanden' */ './approvalWiring').then((m) =>
          m.createWebPartApprovals(sp, {
            plans,
            graphClient: () => this.context.msGraphClientFactory.getClient('3'),
            siteUrl: this.context.pageContext.web.absoluteUrl,
            onNotificationError: (error) => this._notices.report(error)
          })
        );
        wiring.catch(() => {
          wiring = undefined;
        });
      }
      return wiring;
    };
    this._approvals = lazyService<IApprovalService>(() => load().then((w) => w.approvals));
    this._notificationSettings = lazyService<INotificationSettingsService>(() => load().then((w) => w.notificationSettings));
    const teams = this.context.sdks.microsoftTeams;
    if (teams !== undefined) {
      // In Teams: its theme (and follow its changes), the tab and what a deep link asked to open.
      this._teams = teamsHostState(await teams.teamsJs.app.getContext());
      teams.teamsJs.app.registerOnThemeChangeHandler((theme: string) => {
        if (this._teams !== undefined) {
          this._teams = { ...this._teams, theme: teamsThemeName(theme) };
          this.render();
        }
      });
    }
    await strings;
  }

  /** The user's UI language, as SharePoint says it. */
  private _locale(): string {
    return this.context.pageContext.cultureInfo.currentUICultureName;
  }

  public render(): void {
    if (!this._service) {
      return;
    }
    // The personal app's "Att godkänna" tab, or any tab a deep link names a request in.
    const teams = this._teams;
    const approvalView =
      teams !== undefined && (teams.entityId === TEAMS_ENTITY_IDS.attGodkanna || teams.subEntityId !== undefined) ? { requestKey: teams.subEntityId } : undefined;
    const props: IAppProps = {
      service: this._service,
      approvals: this._approvals,
      approvalView,
      notificationSettings: this._notificationSettings,
      notificationNotices: this._notices,
      locale: this._locale(),
      ...resolvePageProps(this.properties)
    };
    // A changed choice in the property pane shows the page anew: the key remounts the App.
    const key = [this.properties.show, this.properties.namnd, this.properties.planId, this.properties.period, this.properties.rubrik].join('|');
    const app = React.createElement(App, { ...props, key });
    ReactDom.render(
      this._teams === undefined ? app : React.createElement(ThemeProvider, { theme: teamsFluentTheme(this._teams.theme), applyTo: 'element' }, app),
      this.domElement
    );
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected onPropertyPaneConfigurationStart(): void {
    if (!this._service) {
      return;
    }
    // The plan choice lists the site's plans; the pane refreshes once they are read.
    this._service.listPlans().then(
      (plans) => {
        this._plans = plans;
        this.context.propertyPane.refresh();
      },
      () => {
        // No lists yet, or no access: the pane offers "Alla planer" only.
        this._plans = [];
      }
    );
  }

  protected onPropertyPaneFieldChanged(propertyPath: string): void {
    // The nämnd and plan choices appear with the "show" choice that needs them.
    if (propertyPath === 'show') {
      this.context.propertyPane.refresh();
    }
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    // The pane speaks the user's UI language from the same catalogue as the App.
    return buildPropertyPane(loadedStringsForLocale(this._locale()) ?? SV_STRINGS, this._plans, this.properties, {
      choiceGroup: PropertyPaneChoiceGroup,
      dropdown: PropertyPaneDropdown,
      textField: PropertyPaneTextField
    });
  }
}
