/**
 * The approval of a plan's period in the web part: its state in a line, the request form
 * (note, deadline), reminders and withdrawal for the requester, and for an approver exactly
 * what goes to the nämnd with Godkänn / Återremittera (comment required), what changed since
 * an approval, and the append-only history ("för <approver>" when a deputy decided; decisions
 * that do not count marked as such).
 */
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { TextField } from '@fluentui/react/lib/TextField';
import type { ApprovalChanges, ApprovalContentView, IApprovalService } from '../../approvals/IApprovalService';
import { approvalLine, approvalLineEn } from '../../approvals/line';
import { shortHash } from '../../approvals/canonicalJson';
import { swedishDay } from '../../approvals/time';
import type { ApprovalState } from '../../approvals/types';
import type { StoredReportShape } from '../../data/InternkontrollService';
import { formatText, useStrings } from '../i18n';
import { historyOf, panelActions } from './approvalPanelModel';
import { ReportPreview } from './ReportPreview';
import { RequestShapeSelect } from './RequestShapeSelect';

/** Props of `ApprovalPanel`. */
export interface IApprovalPanelProps {
  /** The approval service the host created. */
  approvals: IApprovalService;
  /** The plan's item id. */
  planId: number;
  /** The period's key. */
  periodKey: string;
  /** The report shape a new request sends by default (the one that goes to the nämnd); the requester may choose another. */
  shapeId: string;
  /** The organisation's own report shapes (IKRapportformer), offered after the built-in ones; only built-in ones without it. */
  listOwnShapes?: () => Promise<StoredReportShape[]>;
  /** The signed-in user's site user id. */
  currentUserId: number;
  /** Whether SharePoint lets the user add requests (IKGodkannanden); the request form shows only then. */
  mayRequest: boolean;
}

interface Loaded {
  state: ApprovalState;
  toDecide: Set<string>;
  content?: ApprovalContentView;
  changes?: ApprovalChanges;
}

function errorText(error: unknown, english: boolean): string {
  const e = error as { message?: string; messageEn?: string };
  return (english ? e.messageEn : undefined) ?? e.message ?? String(error);
}

/** The approval panel of a plan's period. */
export function ApprovalPanel(props: IApprovalPanelProps): React.ReactElement {
  const strings = useStrings();
  const english = strings.language === 'en';
  const { approvals, planId, periodKey, shapeId, currentUserId } = props;
  const [loaded, setLoaded] = React.useState<Loaded | undefined>();
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<{ error: boolean; text: string } | undefined>();
  const [note, setNote] = React.useState('');
  const [deadline, setDeadline] = React.useState('');
  const [comment, setComment] = React.useState('');
  const [chosenShape, setChosenShape] = React.useState(shapeId);
  React.useEffect(() => setChosenShape(shapeId), [shapeId]);

  const load = React.useCallback(async (): Promise<void> => {
    try {
      const [state, inbox] = await Promise.all([approvals.stateOf(planId, periodKey), approvals.listForApprover()]);
      const toDecide = new Set(inbox.map((c) => c.request.key));
      const next: Loaded = { state, toDecide };
      if (state.status === 'requested' && state.latest && toDecide.has(state.latest.request.key)) {
        next.content = await approvals.content(planId, periodKey, state.latest.request.shapeId);
      }
      if (state.status === 'changed') {
        next.changes = await approvals.changesSinceApproval(planId, periodKey);
      }
      setLoaded(next);
    } catch (error) {
      setMessage({ error: true, text: errorText(error, english) });
    }
  }, [approvals, planId, periodKey, english]);

  React.useEffect(() => {
    setLoaded(undefined);
    load().catch(() => undefined);
  }, [load]);

  const run = async (action: () => Promise<unknown>): Promise<void> => {
    setBusy(true);
    setMessage(undefined);
    try {
      await action();
      setMessage({ error: false, text: strings.approvalsDone });
      setComment('');
      await load();
    } catch (error) {
      setMessage({ error: true, text: errorText(error, english) });
    } finally {
      setBusy(false);
    }
  };

  const headingId = `ik-approval-${planId}-${periodKey}`;
  if (loaded === undefined) {
    return (
      <section aria-labelledby={headingId}>
        <h3 id={headingId}>{strings.approvalsHeading}</h3>
        {message ? <MessageBar messageBarType={MessageBarType.error}>{message.text}</MessageBar> : <Spinner label={strings.approvalsLoading} />}
      </section>
    );
  }
  const { state } = loaded;
  const actions = panelActions(state, currentUserId, loaded.toDecide, props.mayRequest);
  const latest = state.latest;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{strings.approvalsHeading}</h3>
      <p role="status">
        <strong>{english ? approvalLineEn(state) : approvalLine(state)}</strong>
        {latest?.overdue && <> · {strings.approvalsOverdue}</>}
      </p>
      {state.status === 'requested' && latest && latest.pendingApprovers.length > 0 && <p>{formatText(strings.approvalsWaitingOn, { names: latest.pendingApprovers.map((a) => a.title).join(', ') })}</p>}
      {message && (
        <MessageBar messageBarType={message.error ? MessageBarType.error : MessageBarType.success}>
          {message.text}
        </MessageBar>
      )}
      {state.status === 'changed' && (
        <div>
          <h4>{strings.approvalsChangesHeading}</h4>
          {loaded.changes && loaded.changes.changes.length > 0 ? (
            <ul>
              {loaded.changes.changes.map((c, i) => (
                <li key={i}>{english ? c.messageEn : c.message}</li>
              ))}
            </ul>
          ) : (
            <p>{strings.approvalsNoChangesShown}</p>
          )}
        </div>
      )}
      {actions.canRequest && (
        <form
          aria-label={strings.approvalsRequestHeading}
          onSubmit={(e) => {
            e.preventDefault();
            run(() => approvals.request({ planId, periodKey, shapeId: chosenShape, note: note || undefined, deadline: deadline || undefined })).catch(() => undefined);
          }}
        >
          <h4>{strings.approvalsRequestHeading}</h4>
          <p>{strings.approvalsRequestIntro}</p>
          <RequestShapeSelect id={`${headingId}-form`} value={chosenShape} onChange={setChosenShape} listOwnShapes={props.listOwnShapes} />
          <TextField label={strings.approvalsNote} multiline rows={3} value={note} onChange={(_, v) => setNote(v ?? '')} />
          <TextField label={strings.approvalsDeadline} type="date" value={deadline} onChange={(_, v) => setDeadline(v ?? '')} />
          <PrimaryButton type="submit" disabled={busy} text={strings.approvalsRequest} styles={{ root: { marginTop: 8 } }} />
        </form>
      )}
      {actions.canRemindOrWithdraw && latest && (
        <div style={{ display: 'flex', gap: 8 }}>
          <DefaultButton disabled={busy} text={strings.approvalsRemind} onClick={() => run(() => approvals.remind(latest.request.key)).catch(() => undefined)} />
          <DefaultButton disabled={busy} text={strings.approvalsWithdraw} onClick={() => run(() => approvals.withdraw(latest.request.key)).catch(() => undefined)} />
        </div>
      )}
      {actions.canDecide && latest && loaded.content && (
        <div>
          <h4>{strings.approvalsDecideHeading}</h4>
          <ReportPreview report={loaded.content.report} />
          <TextField label={strings.approvalsComment} multiline rows={3} value={comment} onChange={(_, v) => setComment(v ?? '')} />
          <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
            <PrimaryButton
              disabled={busy}
              text={strings.approvalsApprove}
              onClick={() => run(() => approvals.decide(latest.request.key, { outcome: 'approved', comment: comment || undefined, seenHash: loaded.content!.hash })).catch(() => undefined)}
            />
            <DefaultButton
              disabled={busy}
              text={strings.approvalsReturn}
              onClick={() => run(() => approvals.decide(latest.request.key, { outcome: 'returned', comment, seenHash: loaded.content!.hash })).catch(() => undefined)}
            />
          </div>
        </div>
      )}
      {latest && (
        <div>
          <h4>{strings.approvalsHistoryHeading}</h4>
          <ol>
            {historyOf(latest).map((entry, i) => {
              const when = swedishDay(entry.at);
              if (entry.kind !== 'decision') {
                const template = entry.kind === 'requested' ? strings.approvalsHistoryRequested : entry.kind === 'withdrawn' ? strings.approvalsHistoryWithdrawn : strings.approvalsHistoryReminded;
                return (
                  <li key={i}>
                    {formatText(template, { who: entry.who.title, when })}
                    {entry.note ? `: ${entry.note}` : ''}
                  </li>
                );
              }
              const d = entry.judged;
              const who =
                d.validity.byDeputy && d.validity.countsFor ? formatText(strings.approvalsHistoryFor, { deputy: d.decision.decider.title, approver: d.validity.countsFor.title }) : d.decision.decider.title;
              const template = d.decision.outcome === 'approved' ? strings.approvalsHistoryApproved : strings.approvalsHistoryReturned;
              return (
                <li key={i}>
                  {formatText(template, { who, when })}
                  {d.decision.comment ? `: ${d.decision.comment}` : ''} ({formatText(strings.approvalsHistoryHash, { hash: shortHash(d.decision.contentHash) })})
                  {!d.validity.valid && (
                    <strong>
                      {' '}
                      — {strings.approvalsInvalid}: {english ? d.validity.messageEn : d.validity.message}
                    </strong>
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </section>
  );
}
