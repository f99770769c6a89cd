/**
 * One approval request, opened directly (a Teams deep link's `subEntityId` is its key): what
 * goes to the nämnd (the report with its summary sentence) and Godkänn / Återremittera (comment
 * required). A request that does not exist, was withdrawn, is already decided or is not the
 * user's to decide says so and offers the list "Att godkänna".
 */
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { TextField } from '@fluentui/react/lib/TextField';
import type { ApprovalContentView, IApprovalService } from '../../approvals/IApprovalService';
import type { ApprovalCase } from '../../approvals/types';
import { formatText, useStrings } from '../i18n';
import { ReportPreview } from './ReportPreview';

/** Props of `ApprovalRequestView`. */
export interface IApprovalRequestViewProps {
  /** The approval service the host created. */
  approvals: IApprovalService;
  /** The request's key (`Begarannyckel`). */
  requestKey: string;
  /** Shows the list "Att godkänna" instead. */
  onShowList: () => void;
}

type Loaded =
  | { kind: 'loading' }
  | { kind: 'not-found' }
  | { kind: 'error'; text: string }
  | { kind: 'closed'; found: ApprovalCase }
  | { kind: 'not-yours'; found: ApprovalCase }
  | { kind: 'decide'; found: ApprovalCase; content: ApprovalContentView };

function errorText(error: unknown, english: boolean): string {
  const e = error as { message?: string; messageEn?: string };
  return (english ? e.messageEn : undefined) ?? e.message ?? String(error);
}

/** The request view of "Att godkänna". */
export function ApprovalRequestView(props: IApprovalRequestViewProps): React.ReactElement {
  const strings = useStrings();
  const english = strings.language === 'en';
  const { approvals, requestKey } = props;
  const [loaded, setLoaded] = React.useState<Loaded>({ kind: 'loading' });
  const [comment, setComment] = React.useState('');
  const [commentError, setCommentError] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<{ error: boolean; text: string } | undefined>();

  React.useEffect(() => {
    let live = true;
    (async (): Promise<Loaded> => {
      let found: ApprovalCase;
      try {
        found = await approvals.openRequest(requestKey);
      } catch (error) {
        return (error as { kind?: string }).kind === 'not-found' ? { kind: 'not-found' } : { kind: 'error', text: errorText(error, english) };
      }
      if (found.status !== 'requested') {
        return { kind: 'closed', found };
      }
      const mine = await approvals.listForApprover();
      if (!mine.some((c) => c.request.key === requestKey)) {
        return { kind: 'not-yours', found };
      }
      const content = await approvals.content(found.request.planId, found.request.periodKey, found.request.shapeId);
      return { kind: 'decide', found, content };
    })()
      .catch((error: unknown): Loaded => ({ kind: 'error', text: errorText(error, english) }))
      .then((next) => live && setLoaded(next))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [approvals, requestKey, english]);

  const decide = async (outcome: 'approved' | 'returned'): Promise<void> => {
    if (loaded.kind !== 'decide') {
      return;
    }
    if (outcome === 'returned' && comment.trim() === '') {
      setCommentError(strings.attGodkannaCommentRequired);
      return;
    }
    setCommentError(undefined);
    setBusy(true);
    setResult(undefined);
    try {
      const after = await approvals.decide(requestKey, { outcome, comment: comment.trim() || undefined, seenHash: loaded.content.hash });
      setResult({ error: false, text: outcome === 'approved' ? strings.attGodkannaApproved : strings.attGodkannaReturnedDone });
      setLoaded({ kind: 'closed', found: after });
    } catch (error) {
      setResult({ error: true, text: errorText(error, english) });
    } finally {
      setBusy(false);
    }
  };

  const showList = <DefaultButton text={strings.attGodkannaShowList} onClick={props.onShowList} />;
  if (loaded.kind === 'loading') {
    return <Spinner label={strings.attGodkannaLoading} />;
  }
  if (loaded.kind === 'not-found' || loaded.kind === 'error') {
    return (
      <section aria-labelledby="ik-request-heading">
        <h2 id="ik-request-heading">{strings.approvalsInboxHeading}</h2>
        <MessageBar messageBarType={loaded.kind === 'error' ? MessageBarType.error : MessageBarType.warning}>{loaded.kind === 'error' ? loaded.text : strings.attGodkannaNotFound}</MessageBar>
        <p>{showList}</p>
      </section>
    );
  }
  const { found } = loaded;
  const heading = formatText(strings.attGodkannaHeading, { plan: found.planTitle, period: found.periodLabel });
  let state: React.ReactNode;
  if (loaded.kind === 'closed') {
    const outcome = found.status === 'approved' ? strings.attGodkannaOutcomeApproved : strings.attGodkannaOutcomeReturned;
    state =
      found.status === 'withdrawn' ? (
        <MessageBar messageBarType={MessageBarType.warning}>{formatText(strings.attGodkannaWithdrawn, { requester: found.request.requester.title })}</MessageBar>
      ) : (
        result === undefined && <MessageBar messageBarType={MessageBarType.info}>{formatText(strings.attGodkannaClosed, { outcome })}</MessageBar>
      );
  } else if (loaded.kind === 'not-yours') {
    state = <MessageBar messageBarType={MessageBarType.warning}>{strings.attGodkannaNotYours}</MessageBar>;
  }
  return (
    <section aria-labelledby="ik-request-heading">
      <h2 id="ik-request-heading" style={{ overflowWrap: 'anywhere' }}>
        {heading}
      </h2>
      <p>{formatText(strings.attGodkannaRequestedBy, { requester: found.request.requester.title })}</p>
      {found.request.deadline && (
        <p>
          {formatText(strings.attGodkannaDeadline, { date: found.request.deadline })}
          {found.overdue && <strong> · {strings.approvalsOverdue}</strong>}
        </p>
      )}
      {found.request.note && <p style={{ overflowWrap: 'anywhere' }}>{formatText(strings.attGodkannaNote, { note: found.request.note })}</p>}
      <div role="status">{result && <MessageBar messageBarType={result.error ? MessageBarType.error : MessageBarType.success}>{result.text}</MessageBar>}</div>
      {state}
      {loaded.kind === 'decide' && (
        <div>
          <h3>{strings.approvalsDecideHeading}</h3>
          <ReportPreview report={loaded.content.report} />
          <TextField
            label={strings.approvalsComment}
            multiline
            rows={3}
            value={comment}
            errorMessage={commentError}
            onChange={(_, v) => {
              setComment(v ?? '');
              setCommentError(undefined);
            }}
          />
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 8 }}>
            <PrimaryButton disabled={busy} text={strings.approvalsApprove} onClick={() => void decide('approved')} />
            <DefaultButton disabled={busy} text={strings.approvalsReturn} onClick={() => void decide('returned')} />
          </div>
          {busy && <Spinner label={strings.attGodkannaSaving} />}
        </div>
      )}
      {loaded.kind !== 'decide' && <p>{showList}</p>}
    </section>
  );
}
