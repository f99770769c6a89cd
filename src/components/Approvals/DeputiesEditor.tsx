/**
 * Deputies (samordnare): every appointment — who, for whom, from–to, and whether it is in force,
 * to come, over or replaced — with "Avsluta" on those not over, and a form that appoints one
 * for a date range. The list is append-only: ending early appends an appointment of the pair
 * that ended yesterday (src/approvals/deputies.ts). The service refuses a reversed range,
 * oneself as deputy and a deputy outside the godkännare group, in Swedish.
 */
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import { hiddenContentStyle, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { deputyStanding, type DeputyStanding } from '../../approvals/deputies';
import type { IApprovalService } from '../../approvals/IApprovalService';
import type { ApprovalPerson, DeputyAppointment } from '../../approvals/types';
import { NativeSelect } from '../common/NativeChoices';
import { COLOURS } from '../common/styles';
import { formatText, useStrings } from '../i18n';
import { errorText } from './approverSettingsModel';

/** Props of `DeputiesEditor`. */
export interface IDeputiesEditorProps {
  /** The approval service. */
  approvals: IApprovalService;
  /** Every appointment, oldest first. */
  deputies: readonly DeputyAppointment[];
  /** The members of the godkännare group (approvers and deputies are chosen among them). */
  candidates: readonly ApprovalPerson[];
  /** Today, "YYYY-MM-DD" in Swedish time. */
  today: string;
  /** Called after a change, to read again. */
  onSaved: () => Promise<void>;
}

const classes = mergeStyleSets({
  table: { borderCollapse: 'collapse', width: '100%', margin: '8px 0', selectors: { 'th, td': { textAlign: 'left', padding: '6px 8px', borderBottom: `1px solid ${COLOURS.border}`, verticalAlign: 'middle' } } },
  over: { color: COLOURS.secondaryText },
  form: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: 12, alignItems: 'end' },
  subheading: { fontSize: 14, fontWeight: 600, margin: '16px 0 4px' },
  hidden: hiddenContentStyle
});

/** The deputies: the appointments and a new one. */
export function DeputiesEditor(props: IDeputiesEditorProps): React.ReactElement {
  const strings = useStrings();
  const english = strings.language === 'en';
  const { deputies, candidates, today } = props;
  const [approverId, setApproverId] = React.useState('');
  const [deputyId, setDeputyId] = React.useState('');
  const [from, setFrom] = React.useState(today);
  const [to, setTo] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<{ error: boolean; text: string } | undefined>();

  const standingText: Record<DeputyStanding, string> = {
    current: strings.deputiesStandingCurrent,
    upcoming: strings.deputiesStandingUpcoming,
    past: strings.deputiesStandingPast,
    replaced: strings.deputiesStandingReplaced
  };

  const run = async (action: () => Promise<unknown>, done: string): Promise<void> => {
    setBusy(true);
    setMessage(undefined);
    try {
      await action();
      setMessage({ error: false, text: done });
      await props.onSaved();
    } catch (error) {
      setMessage({ error: true, text: errorText(error, english) });
    } finally {
      setBusy(false);
    }
  };

  const appoint = (): Promise<void> => {
    if (approverId === '' || deputyId === '') {
      setMessage({ error: true, text: strings.deputiesMissingPerson });
      return Promise.resolve();
    }
    return run(() => props.approvals.appointDeputy({ approverId: Number(approverId), deputyId: Number(deputyId), from, to }), strings.deputiesAppointed);
  };

  const people = [{ key: '', text: strings.deputiesChoosePerson }, ...[...candidates].sort((a, b) => a.title.localeCompare(b.title, 'sv-SE')).map((c) => ({ key: String(c.id), text: c.title }))];
  const newestFirst = [...deputies].reverse();
  return (
    <div>
      <h4 id="ik-ersattare-rubrik">{strings.deputiesHeading}</h4>
      <p>{strings.deputiesIntro}</p>
      {newestFirst.length === 0 ? (
        <p>{strings.deputiesEmpty}</p>
      ) : (
        <table className={classes.table} aria-labelledby="ik-ersattare-rubrik">
          <thead>
            <tr>
              <th scope="col">{strings.deputiesColumnDeputy}</th>
              <th scope="col">{strings.deputiesColumnApprover}</th>
              <th scope="col">{strings.deputiesColumnRange}</th>
              <th scope="col">{strings.deputiesColumnStanding}</th>
              <th scope="col">
                <span className={classes.hidden}>
                  {strings.deputiesEnd}
                </span>
              </th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((d) => {
              const standing = deputyStanding(d, deputies, today);
              const over = standing === 'past' || standing === 'replaced';
              return (
                <tr key={d.id} className={over ? classes.over : undefined}>
                  <td>{d.deputy.title}</td>
                  <td>{d.approver.title}</td>
                  <td>
                    {d.from} – {d.to}
                  </td>
                  <td>{standingText[standing]}</td>
                  <td>
                    {!over && (
                      <DefaultButton
                        disabled={busy}
                        text={strings.deputiesEnd}
                        ariaLabel={formatText(strings.deputiesEndLabel, { deputy: d.deputy.title, approver: d.approver.title })}
                        onClick={() => run(() => props.approvals.endDeputy(d.id), strings.deputiesEnded).catch(() => undefined)}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <form
        aria-label={strings.deputiesAppointHeading}
        onSubmit={(event) => {
          event.preventDefault();
          appoint().catch(() => undefined);
        }}
      >
        <h5 className={classes.subheading}>{strings.deputiesAppointHeading}</h5>
        <div className={classes.form}>
          <NativeSelect id="ik-ersattare-for" label={strings.deputiesApprover} options={people} value={approverId} onChange={setApproverId} />
          <NativeSelect id="ik-ersattare-vem" label={strings.deputiesDeputy} options={people} value={deputyId} onChange={setDeputyId} />
          <TextField label={strings.deputiesFrom} type="date" value={from} onChange={(_, v) => setFrom(v ?? '')} />
          <TextField label={strings.deputiesTo} type="date" value={to} onChange={(_, v) => setTo(v ?? '')} />
        </div>
        {message && <MessageBar messageBarType={message.error ? MessageBarType.error : MessageBarType.success}>{message.text}</MessageBar>}
        <PrimaryButton type="submit" disabled={busy} text={strings.deputiesAppoint} styles={{ root: { marginTop: 8 } }} />
      </form>
    </div>
  );
}
