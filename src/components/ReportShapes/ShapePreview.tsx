/**
 * The live preview of a shape on a real plan: the user chooses plan and period, the plan is
 * loaded through the service, and the report model `buildReport` makes (the one the .docx is
 * rendered from) is shown as HTML tables. It rebuilds whenever the shape changes.
 */
import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';

import type { IInternkontrollService, PlanSummary, PlanView } from '../../data/InternkontrollService';
import { buildReport } from '../../reports/build/buildReport';
import type { ReportModel } from '../../reports/model/types';
import type { ReportShape } from '../../reports/shape/types';
import { reportErrorText } from '../common/reportErrorText';
import { useStrings } from '../i18n';
import { ReportModelTables } from './ReportModelTables';

/** Props of the preview. */
export interface IShapePreviewProps {
  /** The data service (plans to preview on). */
  service: IInternkontrollService;
  /** The shape to preview; undefined while it has issues. */
  shape: ReportShape | undefined;
  /** The report date "YYYY-MM-DD"; today by default. */
  datum?: string;
}

/** The period a preview opens on: the latest with follow-ups, else the first. */
function initialPeriod(view: PlanView): string | undefined {
  const reported = view.plan.perioder.filter((period) => view.uppfoljningar.some((f) => f.periodKey === period.key));
  return (reported[reported.length - 1] ?? view.plan.perioder[0])?.key;
}

/** The preview. */
export function ShapePreview(props: IShapePreviewProps): React.ReactElement {
  const strings = useStrings();
  const { service, shape } = props;
  const [plans, setPlans] = React.useState<PlanSummary[] | undefined>(undefined);
  const [planId, setPlanId] = React.useState<number | undefined>(undefined);
  const [view, setView] = React.useState<PlanView | undefined>(undefined);
  const [periodKey, setPeriodKey] = React.useState<string | undefined>(undefined);
  const [loadError, setLoadError] = React.useState<string | undefined>(undefined);

  React.useEffect(() => {
    let live = true;
    service.listPlans().then(
      (list) => {
        if (live) {
          setPlans(list);
          setPlanId(list[0]?.id);
        }
      },
      (error: unknown) => live && setLoadError(reportErrorText(error, strings))
    );
    return () => {
      live = false;
    };
  }, [service, strings]);

  React.useEffect(() => {
    if (planId === undefined) {
      return undefined;
    }
    let live = true;
    setView(undefined);
    service.loadPlanView(planId).then(
      (loaded) => {
        if (live) {
          setView(loaded);
          setPeriodKey(initialPeriod(loaded));
        }
      },
      (error: unknown) => live && setLoadError(reportErrorText(error, strings))
    );
    return () => {
      live = false;
    };
  }, [service, planId, strings]);

  const built = React.useMemo((): { report?: ReportModel; error?: string } => {
    if (!shape || !view || periodKey === undefined) {
      return {};
    }
    try {
      return { report: buildReport(view, periodKey, shape, { datum: props.datum }) };
    } catch (error) {
      return { error: reportErrorText(error, strings) };
    }
  }, [shape, view, periodKey, props.datum, strings]);

  return (
    <section aria-labelledby="ik-forhandsvisning-rubrik">
      <h3 id="ik-forhandsvisning-rubrik" style={{ fontSize: 18, fontWeight: 600, margin: '0 0 8px' }}>
        {strings.shapesPreviewHeading}
      </h3>
      {loadError !== undefined && <MessageBar messageBarType={MessageBarType.error}>{loadError}</MessageBar>}
      {plans && plans.length === 0 && <p>{strings.shapesPreviewNoPlans}</p>}
      {plans && plans.length > 0 && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, marginBottom: 12 }}>
          <Dropdown
            label={strings.shapesPreviewPlan}
            styles={{ root: { minWidth: 260 } }}
            options={plans.map((plan) => ({ key: plan.id, text: `${plan.namnd} ${plan.ar}` }))}
            selectedKey={planId}
            onChange={(_event, option) => option && setPlanId(Number(option.key))}
          />
          {view && (
            <Dropdown
              label={strings.shapesPreviewPeriod}
              styles={{ root: { minWidth: 180 } }}
              options={view.plan.perioder.map((period) => ({ key: period.key, text: period.label }))}
              selectedKey={periodKey}
              onChange={(_event, option) => option && setPeriodKey(String(option.key))}
            />
          )}
        </div>
      )}
      {!shape && <p>{strings.shapesPreviewInvalid}</p>}
      {shape && planId !== undefined && !view && loadError === undefined && <Spinner size={SpinnerSize.small} label={strings.shapesPreviewLoading} />}
      {built.error !== undefined && <MessageBar messageBarType={MessageBarType.error}>{built.error}</MessageBar>}
      <div style={{ overflowX: 'auto' }} data-testid="ik-forhandsvisning">
        {built.report && <ReportModelTables report={built.report} summaryLabel={strings.shapesPreviewSummary} emptyLabel={strings.shapesPreviewEmpty} />}
      </div>
    </section>
  );
}
