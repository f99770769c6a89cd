/**
 * The plan's approvers (samordnare): who is named now, and a new choice among the members of
 * the godkännare group — a searchable list of checkboxes in a fieldset (each a native control,
 * so keyboard and screen readers work as usual) — with the rule "En av dem" / "Alla". Saving
 * adds a version; the service refuses an empty choice or someone outside the group in Swedish,
 * and SharePoint refuses anyone but a samordnare.
 */
import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { IApprovalService } from '../../approvals/IApprovalService';
import { swedishDay } from '../../approvals/time';
import type { ApprovalPerson, ApprovalRule, PlanApprovers } from '../../approvals/types';
import { NativeSearch, RadioChoices } from '../common/NativeChoices';
import { COLOURS } from '../common/styles';
import { formatText, useStrings } from '../i18n';
import { errorText, filterCandidates } from './approverSettingsModel';

/** Props of `PlanApproversEditor`. */
export interface IPlanApproversEditorProps {
  /** The approval service. */
  approvals: IApprovalService;
  /** The plan's item id. */
  planId: number;
  /** The approvers in force now, when named. */
  current: PlanApprovers | undefined;
  /** The members of the godkännare group. */
  candidates: readonly ApprovalPerson[];
  /** Called after a save, to read again. */
  onSaved: () => Promise<void>;
}

const classes = mergeStyleSets({
  fieldset: { border: `1px solid ${COLOURS.border}`, borderRadius: 2, margin: '8px 0', padding: '4px 12px 8px', maxHeight: 240, overflowY: 'auto' },
  legend: { fontWeight: 600, fontSize: 14, padding: '0 4px' },
  option: { display: 'flex', alignItems: 'center', gap: 8, padding: '4px 0', cursor: 'pointer', selectors: { input: { width: 18, height: 18, margin: 0, accentColor: COLOURS.accent } } },
  email: { color: COLOURS.secondaryText, fontSize: 13 },
  count: { color: COLOURS.secondaryText, fontSize: 13, margin: '0 0 8px' }
});

/** The plan's approvers: current ones and a new choice. */
export function PlanApproversEditor(props: IPlanApproversEditorProps): React.ReactElement {
  const strings = useStrings();
  const english = strings.language === 'en';
  const { current, candidates } = props;
  const [chosen, setChosen] = React.useState<Set<number>>(() => new Set(current?.approvers.map((a) => a.id) ?? []));
  const [rule, setRule] = React.useState<ApprovalRule>(current?.rule ?? 'any');
  const [query, setQuery] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<{ error: boolean; text: string } | undefined>();
  const idPrefix = `ik-godkannare-${props.planId}`;
  const ruleText = (r: ApprovalRule): string => (r === 'all' ? strings.approversRuleAll : strings.approversRuleAny);

  const toggle = (id: number): void => {
    const next = new Set(chosen);
    if (next.has(id)) {
      next.delete(id);
    } else {
      next.add(id);
    }
    setChosen(next);
  };

  const save = async (): Promise<void> => {
    setBusy(true);
    setMessage(undefined);
    try {
      await props.approvals.setPlanApprovers({ planId: props.planId, approverIds: [...chosen], rule });
      setMessage({ error: false, text: strings.approversSaved });
      await props.onSaved();
    } catch (error) {
      setMessage({ error: true, text: errorText(error, english) });
    } finally {
      setBusy(false);
    }
  };

  const shown = filterCandidates(candidates, query, chosen);
  return (
    <div>
      <p>
        {current
          ? formatText(strings.approversCurrent, {
              names: current.approvers.map((a) => a.title).join(', '),
              rule: ruleText(current.rule),
              date: swedishDay(current.createdAt),
              author: current.author.title
            })
          : strings.approversCurrentNone}
      </p>
      {candidates.length === 0 ? (
        <p>{strings.approversNoCandidates}</p>
      ) : (
        <form
          aria-label={strings.approversHeading}
          onSubmit={(event) => {
            event.preventDefault();
            save().catch(() => undefined);
          }}
        >
          <NativeSearch id={`${idPrefix}-sok`} label={strings.approversSearch} value={query} onChange={setQuery} />
          <fieldset className={classes.fieldset}>
            <legend className={classes.legend}>{strings.approversChoose}</legend>
            {shown.length === 0 && <p>{strings.approversNoMatch}</p>}
            {shown.map((person) => (
              <label key={person.id} className={classes.option}>
                <input type="checkbox" checked={chosen.has(person.id)} onChange={() => toggle(person.id)} />
                <span>
                  {person.title}
                  {person.email && <span className={classes.email}> · {person.email}</span>}
                </span>
              </label>
            ))}
          </fieldset>
          <p className={classes.count} aria-live="polite">
            {formatText(strings.approversChosenCount, { count: chosen.size })}
          </p>
          <RadioChoices
            name={`${idPrefix}-regel`}
            label={strings.approversRule}
            options={[
              { key: 'any', text: strings.approversRuleAny },
              { key: 'all', text: strings.approversRuleAll }
            ]}
            value={rule}
            onChange={(value) => setRule(value === 'all' ? 'all' : 'any')}
          />
          {message && <MessageBar messageBarType={message.error ? MessageBarType.error : MessageBarType.success}>{message.text}</MessageBar>}
          <PrimaryButton type="submit" disabled={busy} text={strings.approversSave} styles={{ root: { marginTop: 8 } }} />
        </form>
      )}
    </div>
  );
}
