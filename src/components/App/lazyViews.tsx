/**
 * The views and dialogs of settings, Att rapportera, history and copy, loaded on demand: each
 * `import()` is a webpack chunk of its own, fetched the first time a user opens one, so the
 * plan list's first paint does not carry them.
 */
import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';

import { useStrings } from '../i18n';
import type { ICopyPlanDialogProps } from '../CopyPlan/CopyPlanDialog';
import type { IItemHistoryPanelProps } from '../History/ItemHistoryPanel';
import type { IPlanMatrixDialogProps } from '../PlanMatrix/PlanMatrixDialog';
import type { IReportingDutiesViewProps } from '../ReportingDuties/ReportingDutiesView';
import type { ISettingsViewProps } from '../Settings/SettingsView';

const SettingsView = React.lazy(() => import(/* webpackChunkName: 'ik-installningar' */ '../Settings/SettingsView'));
const PlanMatrixDialog = React.lazy(() => import(/* webpackChunkName: 'ik-installningar' */ '../PlanMatrix/PlanMatrixDialog'));
const ReportingDutiesView = React.lazy(() => import(/* webpackChunkName: 'ik-att-rapportera' */ '../ReportingDuties/ReportingDutiesView'));
const ItemHistoryPanel = React.lazy(() => import(/* webpackChunkName: 'ik-historik' */ '../History/ItemHistoryPanel'));
const CopyPlanDialog = React.lazy(() => import(/* webpackChunkName: 'ik-kopiera' */ '../CopyPlan/CopyPlanDialog'));

/** Shown while a chunk loads. */
function Loading(): React.ReactElement {
  const strings = useStrings();
  return <Spinner size={SpinnerSize.medium} label={strings.loading} />;
}

/** The organisation's settings, on demand. */
export function LazySettingsView(props: ISettingsViewProps): React.ReactElement {
  return (
    <React.Suspense fallback={<Loading />}>
      <SettingsView {...props} />
    </React.Suspense>
  );
}

/** A plan's own matrix, on demand. */
export function LazyPlanMatrixDialog(props: IPlanMatrixDialogProps): React.ReactElement {
  return (
    <React.Suspense fallback={<Loading />}>
      <PlanMatrixDialog {...props} />
    </React.Suspense>
  );
}

/** Att rapportera, on demand. */
export function LazyReportingDutiesView(props: IReportingDutiesViewProps): React.ReactElement {
  return (
    <React.Suspense fallback={<Loading />}>
      <ReportingDutiesView {...props} />
    </React.Suspense>
  );
}

/** An item's history, on demand. */
export function LazyItemHistoryPanel(props: IItemHistoryPanelProps): React.ReactElement {
  return (
    <React.Suspense fallback={<Loading />}>
      <ItemHistoryPanel {...props} />
    </React.Suspense>
  );
}

/** Copy to next year, on demand. */
export function LazyCopyPlanDialog(props: ICopyPlanDialogProps): React.ReactElement {
  return (
    <React.Suspense fallback={<Loading />}>
      <CopyPlanDialog {...props} />
    </React.Suspense>
  );
}
