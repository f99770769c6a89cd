/**
 * "Att godkänna": the signed-in user's open requests to decide, overdue first and marked, each
 * opening its plan's period (a Teams deep link's `subEntityId` is the same request key).
 */
import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import type { IApprovalService } from '../../approvals/IApprovalService';
import type { ApprovalCase } from '../../approvals/types';
import { formatText, useStrings } from '../i18n';

/** Props of `ApprovalInbox`. */
export interface IApprovalInboxProps {
  /** The approval service the host created. */
  approvals: IApprovalService;
  /** Opens a request (its plan's period). */
  onOpen: (approvalCase: ApprovalCase) => void;
}

/** The list of requests the user may decide. */
export function ApprovalInbox(props: IApprovalInboxProps): React.ReactElement {
  const strings = useStrings();
  const [cases, setCases] = React.useState<ApprovalCase[] | undefined>();
  const [error, setError] = React.useState<string | undefined>();
  React.useEffect(() => {
    let live = true;
    props.approvals
      .listForApprover()
      .then((found) => live && setCases(found))
      .catch((e: { message?: string; messageEn?: string }) => live && setError(strings.language === 'en' ? e.messageEn ?? e.message : e.message));
    return () => {
      live = false;
    };
  }, [props.approvals, strings.language]);
  return (
    <section aria-labelledby="ik-approval-inbox">
      <h2 id="ik-approval-inbox">{strings.approvalsInboxHeading}</h2>
      {error !== undefined && <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar>}
      {cases === undefined && error === undefined && <Spinner label={strings.approvalsLoading} />}
      {cases !== undefined && cases.length === 0 && <p>{strings.approvalsInboxEmpty}</p>}
      {cases !== undefined && cases.length > 0 && (
        <ul style={{ listStyle: 'none', padding: 0 }}>
          {cases.map((c) => (
            <li key={c.request.key} style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', marginBottom: 8 }}>
              <span>
                {formatText(strings.approvalsInboxItem, { plan: c.planTitle, period: c.periodLabel, requester: c.request.requester.title })}
                {c.request.deadline && <>, {formatText(strings.approvalsInboxDeadline, { date: c.request.deadline })}</>}
                {c.overdue && <strong> · {strings.approvalsOverdue}</strong>}
              </span>
              <DefaultButton text={strings.approvalsOpen} ariaLabel={`${strings.approvalsOpen}: ${c.planTitle}, ${c.periodLabel}`} onClick={() => props.onOpen(c)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
