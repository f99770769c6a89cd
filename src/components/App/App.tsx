import * as React from 'react';
import { MessageBar, MessageBarType } from '../common/LightMessageBar';
import { ActionButton } from '../common/LightButtons';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { useTheme } from '@fluentui/react/lib/Theme';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { css } from '@fluentui/react/lib/Utilities';

import type { CurrentUser, IInternkontrollService, PlanSummary } from '../../data/InternkontrollService';
import { asDataError } from '../common/dataErrors';
import { LoadError } from '../common/LoadError';
import { PlanPicker } from '../PlanPicker/PlanPicker';
import type { IApprovalService } from '../../approvals/IApprovalService';
import type { NotificationNotices } from '../../approvals/notificationNotices';
import type { INotificationSettingsService } from '../../data/settings/INotificationSettingsService';
import { PlanView } from '../PlanView/PlanView';
import { LazyStructureEditor } from '../StructureEditor/lazyEditors';
import { newKey } from '../../data/InternkontrollService';
import { todayIso } from '../PlanView/planViewModel';
import { formatText, StringsContext, useStringsForLocale, type IUiStrings } from '../i18n';
import { sharedClasses } from '../common/styles';
import { AppNavigation, AppSection } from './AppNavigation';
import { canChangeNotifications, canOpenSettings } from '../common/access';
import { LazyReportingDutiesView, LazySettingsView } from './lazyViews';
import { ALL_PLANS, PageScope, plansInScope } from './pageScope';

/** "Att godkänna" as a page (the Teams personal app's tab), loaded when first shown. */
const AttGodkannaPage = React.lazy(() => import(/* webpackChunkName: 'ik-att-godkanna' */ '../Approvals/AttGodkannaPage'));

/** The notification setting on the settings page, with the settings' chunk. */
const NotificationSettingsSection = React.lazy(() => import(/* webpackChunkName: 'ik-installningar' */ '../Settings/NotificationSettingsSection'));

/** The report shapes and their editor, loaded when first opened. */
const ReportShapesPage = React.lazy(() => import(/* webpackChunkName: 'ik-rapportformer' */ '../ReportShapes/ReportShapesPage'));

/** Props of the UI's root, given by every host. */
export interface IAppProps {
  /** The data service the host created over its own PnPjs SPFI. */
  service: IInternkontrollService;
  /** The user's UI locale, e.g. "sv-SE" or "en-US"; Swedish unless English. */
  locale?: string;
  /** A plan to open at once, e.g. from the page address. */
  initialPlanId?: number;
  /** Called when a plan is opened (its id) or closed (undefined), so a host can keep it in the address. */
  onNavigate?: (planId: number | undefined) => void;
  /** Today as "YYYY-MM-DD" (chooses the period a plan opens on); the real date by default. */
  today?: string;
  /** What the page shows (the web part's property pane): every plan by default. */
  scope?: PageScope;
  /** The period key a plan opens on, when the page chose one (else the current period). */
  initialPeriodKey?: string;
  /** The page's heading, e.g. "Socialnämndens internkontroll". */
  heading?: string;
  /** The section shown first: the plans by default. */
  initialSection?: AppSection;
  /** The approval service the host created; without it approval is not shown. */
  approvals?: IApprovalService;
  /**
   * Opens "Att godkänna" as the first view (the Teams personal app's tab of that name), on one
   * request when `requestKey` (a deep link's `subEntityId`) names it. Needs `approvals`.
   */
  approvalView?: { requestKey?: string };
  /** The notification setting and its test, shown on the settings page to site owners. */
  notificationSettings?: INotificationSettingsService;
  /** Notification failures of the approval service, shown as notices that block nothing. */
  notificationNotices?: NotificationNotices;
}

/** The root's text, headings and focus rings in a dark or high-contrast theme's text colour. */
function invertedRoot(text: string): string {
  return mergeStyleSets({
    root: {
      color: text,
      selectors: {
        'h2, h3, h4, h5, h6': { color: text },
        'a:focus-visible, button:focus-visible': { outline: `2px solid ${text}`, outlineOffset: 2 }
      }
    }
  }).root;
}

/** The Swedish (or English) reason of a failed notification. */
function notificationReason(error: unknown, english: boolean): string {
  const e = error as { message?: unknown; messageEn?: unknown };
  const message = typeof e?.message === 'string' ? e.message : String(error);
  if (english && typeof e?.messageEn === 'string') {
    return e.messageEn;
  }
  // The notifier's messages are "Swedish / English".
  const parts = message.split(' / ');
  return english && parts.length > 1 ? parts.slice(1).join(' / ') : parts[0];
}

/** "Skapa listor", on demand: only a site owner's first use needs it (and the schema it provisions). */
const EnsureLists = React.lazy(() => import(/* webpackChunkName: 'ik-listor' */ '../EnsureLists/EnsureLists').then((m) => ({ default: m.EnsureLists })));

/** What the root shows. */
type Phase =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'lists-missing'; user: CurrentUser }
  | { kind: 'ready'; user: CurrentUser; plans: PlanSummary[] };

/**
 * Root of the Internkontroll UI, shared by every host: finds out who the user is, lists the
 * plans (or offers to create the lists on first use) and shows the chosen plan.
 */
export function App(props: IAppProps): React.ReactElement {
  const strings = useStringsForLocale(props.locale);
  // Only an English user's first view waits, for the English table; the words are therefore English.
  return strings ? <AppRoot {...props} strings={strings} /> : <Spinner size={SpinnerSize.large} label="Loading …" />;
}

/** The App once its string table is at hand. */
function AppRoot(props: IAppProps & { strings: IUiStrings }): React.ReactElement {
  const { strings } = props;
  const { service, onNavigate } = props;
  // On Teams' dark and high-contrast themes (the host's ThemeProvider) text takes the theme's colour.
  const theme = useTheme();
  const [phase, setPhase] = React.useState<Phase>({ kind: 'loading' });
  const [openPlanId, setOpenPlanId] = React.useState<number | undefined>(
    props.initialPlanId ?? (props.scope && props.scope.kind === 'plan' ? props.scope.planId : undefined)
  );
  const [section, setSection] = React.useState<AppSection>(props.initialSection ?? 'planer');
  // A confirmation carried to the next view (e.g. "the copy is created" on the copy itself).
  const [notice, setNotice] = React.useState('');
  const scope = props.scope ?? ALL_PLANS;
  // The key of the plan being created: made once per "Ny plan", kept across retries.
  const [creatingKey, setCreatingKey] = React.useState<string | undefined>(undefined);
  const [shapesOpen, setShapesOpen] = React.useState(false);
  const [approvalView, setApprovalView] = React.useState(props.approvals !== undefined ? props.approvalView : undefined);
  const [notificationFailures, setNotificationFailures] = React.useState<string[]>([]);
  const english = strings.language === 'en';
  const { notificationNotices } = props;
  React.useEffect(
    () => notificationNotices?.subscribe((error) => setNotificationFailures((all) => [...all, formatText(strings.notificationFailed, { reason: notificationReason(error, english) })])),
    [notificationNotices, english, strings]
  );

  const load = React.useCallback(async (quiet?: boolean): Promise<void> => {
    if (!quiet) {
      setPhase({ kind: 'loading' });
    }
    let user: CurrentUser;
    try {
      user = await service.currentUser();
    } catch (error) {
      setPhase({ kind: 'error', error });
      return;
    }
    try {
      const plans = await service.listPlans();
      setPhase({ kind: 'ready', user, plans });
    } catch (error) {
      // The plan list is the first list read: when it is missing, the lists were never created.
      const dataError = asDataError(error);
      setPhase(dataError && dataError.kind === 'not-found' ? { kind: 'lists-missing', user } : { kind: 'error', error });
    }
  }, [service]);

  React.useEffect(() => {
    void load();
  }, [load]);

  const open = (planId: number | undefined): void => {
    setOpenPlanId(planId);
    if (onNavigate) {
      onNavigate(planId);
    }
  };

  let content: React.ReactElement;
  switch (phase.kind) {
    case 'loading':
      content = <Spinner size={SpinnerSize.large} label={strings.loadingPlans} />;
      break;
    case 'error':
      content = <LoadError error={phase.error} onRetry={() => void load()} />;
      break;
    case 'lists-missing':
      content = (
        <React.Suspense fallback={<Spinner size={SpinnerSize.large} label={strings.loading} />}>
          <EnsureLists service={service} user={phase.user} onCreated={() => void load()} />
        </React.Suspense>
      );
      break;
    default:
      content = shapesOpen ? (
        <React.Suspense fallback={<Spinner size={SpinnerSize.large} label={strings.shapesLoading} />}>
          <ReportShapesPage service={service} user={phase.user} datum={props.today} onBack={() => setShapesOpen(false)} />
        </React.Suspense>
      ) : openPlanId !== undefined ? (
          <PlanView
            key={openPlanId}
            service={service}
            planId={openPlanId}
            user={phase.user}
            today={props.today}
            initialPeriodKey={props.initialPeriodKey}
            onOpenPlan={(planId, message) => {
              open(planId);
              setNotice(message ?? '');
              void load(true);
            }}
            approvals={props.approvals}
            onBack={() => {
              open(undefined);
              setNotice('');
              // The list may have changed while the plan was open; refresh it without a spinner.
              void load(true);
            }}
          />
        ) : (
          <>
            <div>
              <ActionButton iconProps={{ iconName: 'WordDocument' }} text={strings.shapesNav} onClick={() => setShapesOpen(true)} />
            </div>
                        <PlanPicker plans={plansInScope(phase.plans, scope)} onOpen={open} onCreate={phase.user.permissions.planer.add ? () => setCreatingKey(newKey()) : undefined} />
            {creatingKey !== undefined && (
              <LazyStructureEditor
                service={service}
                target={{ kind: 'plan', newKey: creatingKey }}
                today={props.today || todayIso()}
                onReload={() => Promise.resolve(undefined)}
                onDismiss={() => setCreatingKey(undefined)}
                onSaved={(_kind, saved) => {
                  setCreatingKey(undefined);
                  open(saved.id);
                  void load(true);
                }}
              />
            )}
          </>
        );
      if (section === 'att-rapportera') {
        content = (
          <LazyReportingDutiesView
            service={service}
            user={phase.user}
            today={props.today}
            onOpenPlan={(planId) => {
              setSection('planer');
              open(planId);
            }}
          />
        );
      } else if (section === 'installningar' && canOpenSettings(phase.user)) {
        content = (
          <LazySettingsView service={service} user={phase.user}>
            {props.notificationSettings !== undefined && canChangeNotifications(phase.user) && (
              <React.Suspense fallback={<Spinner label={strings.loading} />}>
                <NotificationSettingsSection service={props.notificationSettings} />
              </React.Suspense>
            )}
          </LazySettingsView>
        );
      } else if (approvalView !== undefined && props.approvals !== undefined) {
        content = (
          <React.Suspense fallback={<Spinner size={SpinnerSize.large} label={strings.loading} />}>
            <AttGodkannaPage approvals={props.approvals} requestKey={approvalView.requestKey} />
          </React.Suspense>
        );
      }
      content = (
        <>
          <AppNavigation
            current={section}
            onChange={(next) => {
              setSection(next);
              setNotice('');
              setApprovalView(undefined);
            }}
            showSettings={canOpenSettings(phase.user)}
          />
          {notice !== '' && (
            <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setNotice('')} dismissButtonAriaLabel={strings.close}>
              {notice}
            </MessageBar>
          )}
          {notificationFailures.map((failure, index) => (
            <MessageBar
              key={index}
              messageBarType={MessageBarType.warning}
              onDismiss={() => setNotificationFailures((all) => all.filter((_, i) => i !== index))}
              dismissButtonAriaLabel={strings.close}
            >
              {failure}
            </MessageBar>
          ))}
          {content}
        </>
      );
  }

  return (
    <StringsContext.Provider value={strings}>
      <div lang={strings.language} className={theme.isInverted ? css(sharedClasses.root, invertedRoot(theme.semanticColors.bodyText)) : sharedClasses.root}>
        {props.heading !== undefined && props.heading !== '' && <h2 className={sharedClasses.pageHeading}>{props.heading}</h2>}
        {content}
      </div>
    </StringsContext.Provider>
  );
}
