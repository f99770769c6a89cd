/**
 * "Godkännare för planen" in the plan view, for the samordnare: the plan's approvers and the
 * deputies, read together (the approvers now, the godkännare group, every appointment) and read
 * again after each change. Loaded on demand (chunk `ik-godkannare`).
 */
import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import type { IApprovalService } from '../../approvals/IApprovalService';
import { swedishDay } from '../../approvals/time';
import type { ApprovalPerson, DeputyAppointment, PlanApprovers } from '../../approvals/types';
import { useStrings } from '../i18n';
import { errorText } from './approverSettingsModel';
import { DeputiesEditor } from './DeputiesEditor';
import { PlanApproversEditor } from './PlanApproversEditor';

/** Props of `ApproverSettings`. */
export interface IApproverSettingsProps {
  /** The approval service. */
  approvals: IApprovalService;
  /** The plan's item id. */
  planId: number;
  /** Today, "YYYY-MM-DD"; the Swedish day now by default. */
  today?: string;
}

interface Loaded {
  current: PlanApprovers | undefined;
  candidates: ApprovalPerson[];
  deputies: DeputyAppointment[];
}

/** The plan's approvers and the deputies. */
export function ApproverSettings(props: IApproverSettingsProps): React.ReactElement {
  const strings = useStrings();
  const { approvals, planId } = props;
  const [loaded, setLoaded] = React.useState<Loaded | undefined>();
  const [failed, setFailed] = React.useState<string | undefined>();

  const load = React.useCallback(async (): Promise<void> => {
    try {
      const [current, candidates, deputies] = await Promise.all([approvals.planApprovers(planId), approvals.approverCandidates(), approvals.deputies()]);
      setLoaded({ current, candidates, deputies });
    } catch (error) {
      setFailed(errorText(error, strings.language === 'en'));
    }
  }, [approvals, planId, strings.language]);

  React.useEffect(() => {
    setLoaded(undefined);
    load().catch(() => undefined);
  }, [load]);

  const headingId = `ik-godkannare-rubrik-${planId}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{strings.approversHeading}</h3>
      <p>{strings.approversIntro}</p>
      {failed && <MessageBar messageBarType={MessageBarType.error}>{failed}</MessageBar>}
      {!loaded && !failed && <Spinner label={strings.approversLoading} />}
      {loaded && (
        <>
          <PlanApproversEditor approvals={approvals} planId={planId} current={loaded.current} candidates={loaded.candidates} onSaved={load} />
          <DeputiesEditor approvals={approvals} deputies={loaded.deputies} candidates={loaded.candidates} today={props.today ?? swedishDay(new Date())} onSaved={load} />
        </>
      )}
    </section>
  );
}
