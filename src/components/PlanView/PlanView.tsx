import * as React from 'react';
import { unstable_batchedUpdates } from 'react-dom';
import { ActionButton, DefaultButton } from '../common/LightButtons';
import { MessageBar, MessageBarType } from '../common/LightMessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

import type { CurrentUser, IInternkontrollService, PlanView as PlanViewData, SavedFollowUp } from '../../data/InternkontrollService';
import { findPeriod, richTextToPlainText, summariseResults, formatResultSummary } from '../../model';
import type { IApprovalService } from '../../approvals/IApprovalService';
import { LoadError } from '../common/LoadError';
import { NativeSelect, RadioChoices } from '../common/NativeChoices';
import { PeriodProgress } from '../PeriodProgress/PeriodProgress';
import { periodProgress } from '../PeriodProgress/periodProgressModel';
import { defaultPeriodKey, hasPeriodRatings, RatingSource, risksRatedFor, todayIso } from './planViewModel';
import { CellFilter, filterRisksByCell } from '../RiskMatrixHeatMap/heatMapModel';
import { editingRights, editsStructure } from '../common/editingRights';
import { planStatusLabel } from '../common/labels';
import { FollowUpTarget, withSavedFollowUp } from '../common/planViewQueries';
import { RiskList } from '../RiskList/RiskList';
import { LazyFollowUpEditor } from '../StructureEditor/lazyEditors';
import { usePlanEditing } from './usePlanEditing';
import { RiskMatrixHeatMap } from '../RiskMatrixHeatMap/RiskMatrixHeatMap';
import { formatText, useStrings } from '../i18n';
import { COLOURS, sharedClasses } from '../common/styles';
import { usePlanFeatures } from './usePlanFeatures';

/** "Exportera till Word", loaded when first opened (it brings the report builder and shapes). */
/** The approval panel, on demand (chunk `ik-godkannande`): it brings Fluent's Button and TextField, which the first paint does without. */
const ApprovalPanel = React.lazy(() => import(/* webpackChunkName: 'ik-godkannande' */ '../Approvals/ApprovalPanel').then((m) => ({ default: m.ApprovalPanel })));
/** The plan's approvers and deputies, for the samordnare, on demand (chunk `ik-godkannare`). */
const ApproverSettings = React.lazy(() => import(/* webpackChunkName: 'ik-godkannare' */ '../Approvals/ApproverSettings').then((m) => ({ default: m.ApproverSettings })));
const ExportToWordDialog = React.lazy(() => import(/* webpackChunkName: 'ik-exportera-till-word' */ '../ExportToWord/ExportToWordDialog'));

/** Props of the plan view. */
export interface IPlanViewProps {
  /** The data service. */
  service: IInternkontrollService;
  /** SharePoint item id of the plan. */
  planId: number;
  /** The signed-in user; decides whether edit controls are shown at all. */
  user: CurrentUser;
  /** Returns to the plan list. */
  onBack: () => void;
  /** Today as "YYYY-MM-DD", which decides the period the plan opens on; the real date by default. */
  today?: string;
  /** Called after the plan was deleted (back to the plan list). */
  onDeleted?: () => void;
  /** The period key to open on, when the page chose one and the plan has it. */
  initialPeriodKey?: string;
  /** Opens another plan (e.g. a copy made for next year), with a confirmation to show there. */
  onOpenPlan?: (planId: number, notice?: string) => void;
  /** The approval service; without it the period's approval is not shown. */
  approvals?: IApprovalService;
  /** The report shape that goes to the nämnd and is approved; default "status-per-tertial". */
  approvalShapeId?: string;
}

const classes = mergeStyleSets({
  root: { display: 'flex', flexDirection: 'column', gap: 20 },
  header: { display: 'flex', flexDirection: 'column', gap: 6 },
  title: { fontSize: 24, fontWeight: 600, lineHeight: '1.25' },
  meta: { display: 'flex', flexWrap: 'wrap', gap: '4px 24px', margin: 0, color: COLOURS.secondaryText },
  metaTerm: { display: 'inline', fontWeight: 600, marginRight: 6 },
  metaValue: { display: 'inline', margin: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-end' },
  periodDropdown: { width: 280 },
  periodRange: { color: COLOURS.secondaryText, paddingBottom: 6 },
  overview: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(340px, 1fr))', gap: 20, alignItems: 'start' },
  sectionHeading: { fontSize: 18, fontWeight: 600, marginBottom: 8 },
  intro: { margin: '0 0 12px', color: COLOURS.secondaryText, fontSize: 13 },
  heatMapScroll: { overflowX: 'auto' },
  risksHeader: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: '4px 16px', marginBottom: 12 },
  count: { color: COLOURS.secondaryText },
  filterBar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12, marginBottom: 12 },
  summarySentence: { margin: '12px 0 0', padding: '10px 12px', background: '#f3f2f1', borderRadius: 4 },
  planActions: { display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 6 }
});

/**
 * One internkontrollplan: header, the risk matrix heat map, the period's progress, and the risks
 * by område with their kontrollmoment and åtgärder; users who may edit open the follow-up form
 * from there.
 */
export function PlanView(props: IPlanViewProps): React.ReactElement {
  const strings = useStrings();
  const { service, planId, user } = props;
  const [view, setView] = React.useState<PlanViewData | undefined>(undefined);
  const [loadError, setLoadError] = React.useState<unknown>(undefined);
  const [periodKey, setPeriodKey] = React.useState<string | undefined>(undefined);
  const [filter, setFilter] = React.useState<CellFilter | undefined>(undefined);
  const [ratingSource, setRatingSource] = React.useState<RatingSource>('ursprunglig');
  const [editing, setEditing] = React.useState<FollowUpTarget | undefined>(undefined);
  const [announcement, setAnnouncement] = React.useState('');
  const [lastSaved, setLastSaved] = React.useState<{ followUpKey: string; time: string } | undefined>(undefined);
  const [exporting, setExporting] = React.useState(false);
  const today = props.today || todayIso();
  /** The organisation's own report shapes, for the approval request's shape choice. */
  const listOwnShapes = React.useCallback(() => service.listReportShapes(), [service]);

  const load = React.useCallback(async (): Promise<PlanViewData | undefined> => {
    setLoadError(undefined);
    try {
      const loaded = await service.loadPlanView(planId);
      // One render for the plan and its period (React 17 batches only inside its own events):
      // otherwise the whole plan renders once without a period and again with it.
      unstable_batchedUpdates(() => {
        setView(loaded);
        setPeriodKey((current) =>
          current !== undefined && findPeriod(loaded.plan.perioder, current)
            ? current
            : props.initialPeriodKey !== undefined && findPeriod(loaded.plan.perioder, props.initialPeriodKey)
              ? props.initialPeriodKey
              : defaultPeriodKey(loaded.plan.perioder, today, loaded.uppfoljningar.map((f) => f.periodKey))
        );
      });
      return loaded;
    } catch (error) {
      setLoadError(error);
      return undefined;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the page's period choice applies when the plan opens.
  }, [service, planId, today]);

  React.useEffect(() => {
    setView(undefined);
    void load();
  }, [load]);

  const rights = React.useMemo(() => editingRights(user), [user]);
  const editingPlan = usePlanEditing({
    service,
    rights,
    view,
    strings,
    today,
    reload: load,
    announce: setAnnouncement,
    onPlanDeleted: props.onDeleted || props.onBack
  });
  const features = usePlanFeatures({ service, view, user, reload: load, announce: setAnnouncement, onOpenPlan: props.onOpenPlan });

  // Whole-plan figures once per loaded view, period, rating source and filter: not again on
  // every render (a typed comment or an opened dialog re-renders the view).
  const period = view && periodKey !== undefined ? findPeriod(view.plan.perioder, periodKey) : undefined;
  const ratedRisks = React.useMemo(
    () => (view ? (period ? risksRatedFor(view, view.risker, period.key, ratingSource) : view.risker) : []),
    [view, period, ratingSource]
  );
  const shownRisks = React.useMemo(() => filterRisksByCell(ratedRisks, filter), [ratedRisks, filter]);
  const figures = React.useMemo(() => {
    if (!view || !period) {
      return { offerPeriodRatings: false, summarySentence: '', progress: undefined };
    }
    const summary = summariseResults(view, period.key);
    return {
      offerPeriodRatings: hasPeriodRatings(view, period.key),
      summarySentence: summary.total > summary.ejGranskade ? formatResultSummary(summary) : '',
      progress: periodProgress(view, period.key)
    };
  }, [view, period]);

  if (loadError !== undefined && !view) {
    return (
      <div className={classes.root}>
        <ActionButton iconProps={{ iconName: 'Back' }} text={strings.backToPlans} onClick={props.onBack} />
        <LoadError error={loadError} onRetry={() => void load()} />
      </div>
    );
  }
  if (!view) {
    return <Spinner size={SpinnerSize.large} label={strings.loadingPlan} />;
  }

  const plan = view.plan;
  const { offerPeriodRatings, summarySentence } = figures;

  const onSaved = (saved: SavedFollowUp): void => {
    const target = editing;
    setView((current) => (current ? withSavedFollowUp(current, saved) : current));
    setLastSaved({ followUpKey: saved.followUp.key, time: new Date().toLocaleTimeString(strings.locale, { hour: '2-digit', minute: '2-digit' }) });
    setEditing(undefined);
    if (target && period) {
      if (target.type === 'risk') {
        setAnnouncement(formatText(strings.riskRatingSavedFor, { nr: target.item.nr, period: period.label }));
      } else {
        const name =
          target.type === 'kontrollmoment'
            ? formatText(strings.kontrollmomentNumber, { nr: target.item.nr }).toLocaleLowerCase(strings.locale)
            : `”${richTextToPlainText(target.item.beskrivning)}”`;
        setAnnouncement(formatText(strings.savedFor, { name, period: period.label }));
      }
    }
  };

  const meta: Array<[string, string | undefined]> = [
    [strings.forvaltningLabel, plan.forvaltning],
    [strings.diarienummerLabel, plan.diarienummer],
    [strings.statusLabel, planStatusLabel(plan.status, strings)],
    [strings.beslutsdatumLabel, plan.beslutsdatum]
  ];

  return (
    <div className={classes.root}>
      <div>
        <ActionButton iconProps={{ iconName: 'Back' }} text={strings.backToPlans} onClick={props.onBack} />
      </div>
      <header className={classes.header}>
        <h2 className={classes.title}>{formatText(strings.planHeading, { ar: plan.ar, namnd: plan.namnd })}</h2>
        <dl className={classes.meta}>
          {meta
            .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
            .map(([term, value]) => (
              <div key={term}>
                <dt className={classes.metaTerm}>{term}</dt>
                <dd className={classes.metaValue}>{value}</dd>
              </div>
            ))}
        </dl>
        {(rights.plan.edit || rights.plan.delete || rights.omrade.add || rights.risk.add) && (
          <div className={classes.planActions}>
            {rights.plan.edit && <DefaultButton text={strings.editPlan} iconProps={{ iconName: 'Edit' }} onClick={editingPlan.editPlan} />}
            {rights.omrade.add && <DefaultButton text={strings.addOmrade} iconProps={{ iconName: 'Add' }} onClick={editingPlan.addOmrade} />}
            {rights.risk.add && (
              <DefaultButton text={strings.addRiskWithoutOmrade} iconProps={{ iconName: 'Add' }} onClick={() => editingPlan.actions.onAdd('risk', undefined)} />
            )}
            {rights.plan.delete && <DefaultButton text={strings.deletePlan} iconProps={{ iconName: 'Delete' }} onClick={editingPlan.deletePlan} />}
          </div>
        )}
        {features.buttons}
      </header>

      {(rights.plan.edit || editsStructure(rights)) &&
        editingPlan.pending.map((draft) => (
          <MessageBar
            key={draft.storageKey}
            messageBarType={MessageBarType.warning}
            isMultiline={true}
            actions={
              <div>
                <DefaultButton text={strings.resumeDraft} onClick={() => editingPlan.resume(draft)} />
                <DefaultButton text={strings.discardDraft} onClick={() => editingPlan.forget(draft)} />
              </div>
            }
          >
            {formatText(strings.pendingDraft, { name: draft.name })}
          </MessageBar>
        ))}

      {!user.canEdit && !user.canFollowUp && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
          {strings.readOnlyNotice}
        </MessageBar>
      )}
      {!user.canEdit && user.canFollowUp && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
          {strings.reporterNotice}
        </MessageBar>
      )}
      {user.canEdit && !user.canFollowUp && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
          {strings.coordinatorNotice}
        </MessageBar>
      )}

      {/* MessageBar renders its text after its live region exists, so the confirmation is announced. */}
      {announcement !== '' && (
        <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setAnnouncement('')} dismissButtonAriaLabel={strings.close}>
          {announcement}
        </MessageBar>
      )}

      <div className={classes.toolbar}>
        <NativeSelect
          id="ik-period"
          className={classes.periodDropdown}
          label={strings.periodLabel}
          options={plan.perioder.map((p) => ({ key: p.key, text: p.label }))}
          value={periodKey}
          onChange={(key) => {
            setPeriodKey(key);
            setAnnouncement('');
          }}
        />
        {period && <span className={classes.periodRange}>{formatText(strings.periodRange, { start: period.start, end: period.end })}</span>}
        <DefaultButton text={strings.exportButton} iconProps={{ iconName: 'WordDocument' }} onClick={() => setExporting(true)} />
      </div>

      <div className={classes.overview}>
        <section className={sharedClasses.card} aria-labelledby="ik-riskmatris-rubrik">
          <h3 id="ik-riskmatris-rubrik" className={classes.sectionHeading}>
            {strings.heatMapHeading}
          </h3>
          <p className={classes.intro}>{strings.heatMapIntro}</p>
          {offerPeriodRatings && period && (
            <RadioChoices
              name="ik-riskvardering-kalla"
              label={strings.ratingSourceLabel}
              value={ratingSource}
              options={[
                { key: 'ursprunglig', text: strings.ratingSourceOriginal },
                { key: 'period', text: formatText(strings.ratingSourcePeriod, { period: period.label }) }
              ]}
              onChange={(key) => {
                setRatingSource(key as RatingSource);
                setFilter(undefined);
              }}
            />
          )}
          <div className={classes.heatMapScroll}>
            <RiskMatrixHeatMap matrix={plan.riskMatrix} risks={ratedRisks} selected={filter} onSelect={setFilter} headingId="ik-riskmatris-rubrik" />
          </div>
        </section>

        {period && (
          <section className={sharedClasses.card} aria-labelledby="ik-uppfoljning-rubrik">
            <h3 id="ik-uppfoljning-rubrik" className={classes.sectionHeading}>
              {formatText(strings.progressHeading, { period: period.label })}
            </h3>
            {figures.progress && <PeriodProgress progress={figures.progress} />}
            {summarySentence !== '' && (
              <div>
                <h4 style={{ fontSize: 14, fontWeight: 600, margin: '16px 0 0' }}>{strings.resultSummaryHeading}</h4>
                <p className={classes.summarySentence} lang="sv">
                  {summarySentence}
                </p>
              </div>
            )}
          </section>
        )}
        {period && props.approvals && (
          <div className={sharedClasses.card}>
            <React.Suspense fallback={<Spinner label={strings.approvalsLoading} />}>
              <ApprovalPanel approvals={props.approvals} planId={props.planId} periodKey={period.key} shapeId={props.approvalShapeId ?? 'status-per-tertial'} currentUserId={props.user.id}
                mayRequest={props.user.permissions.godkannanden?.add === true}
                listOwnShapes={listOwnShapes}
              />
            </React.Suspense>
          </div>
        )}
        {props.approvals && props.user.permissions.godkannare?.add === true && (
          <div className={sharedClasses.card}>
            <React.Suspense fallback={<Spinner label={strings.approversLoading} />}>
              <ApproverSettings approvals={props.approvals} planId={props.planId} />
            </React.Suspense>
          </div>
        )}
      </div>

      <section aria-labelledby="ik-risker-rubrik">
        <div className={classes.risksHeader}>
          <h3 id="ik-risker-rubrik" className={classes.sectionHeading}>
            {strings.risksHeading}
          </h3>
          <span className={classes.count}>{formatText(strings.risksCount, { shown: shownRisks.length, total: view.risker.length })}</span>
        </div>
        {filter && (
          <div className={classes.filterBar}>
            <span>{formatText(strings.filterActive, { s: filter.sannolikhet, k: filter.konsekvens })}</span>
            <DefaultButton text={strings.clearFilter} iconProps={{ iconName: 'ClearFilter' }} onClick={() => setFilter(undefined)} />
          </div>
        )}
        {period && (
          <RiskList
            view={view}
            risks={shownRisks}
            period={period}
            canFollowUp={user.canFollowUp}
            onFollowUp={setEditing}
            lastSaved={lastSaved}
            structure={editsStructure(rights) ? editingPlan.actions : undefined}
          />
        )}
      </section>

      {editing && period && (
        <LazyFollowUpEditor
          service={service}
          view={view}
          target={editing}
          period={period}
          onSaved={onSaved}
          onReload={load}
          onDismiss={() => setEditing(undefined)}
        />
      )}
      {editingPlan.element}
      {features.element}

      {exporting && (
        <React.Suspense fallback={<Spinner size={SpinnerSize.small} label={strings.loading} />}>
          <ExportToWordDialog service={service} approvals={props.approvals} view={view} periodKey={periodKey} onDismiss={() => setExporting(false)} />
        </React.Suspense>
      )}
    </div>
  );
}
