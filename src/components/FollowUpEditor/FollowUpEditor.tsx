import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

import type { IInternkontrollService, PlanView, SavedFollowUp } from '../../data/InternkontrollService';
import { newKey as newGuid } from '../../data/InternkontrollService';
import { FOLLOW_UP_STATUSES, RESULTAT_VALUES, richTextToPlainText } from '../../model';
import type { FollowUpStatus, Period, Resultat } from '../../model';
import { allYours, choiceOf, ConflictChoice, ConflictChoices } from '../common/conflict/fieldConflict';
import { ConflictPanel } from '../common/ConflictPanel/ConflictPanel';
import { asDataError, errorText, UiDataError } from '../common/dataErrors';
import { ErrorSummary } from '../common/ErrorSummary/ErrorSummary';
import { draftFor, FollowUpDraft, followUpToSave, showsAvvikelser, withResultat } from './followUpDraft';
import { followUpConflictPanelRows, followUpConflictRows, mergeFollowUpChoices } from './followUpConflict';
import { followUpFieldId, FormIssue, issuesFor, validateDraft } from './followUpForm';
import { AvvikelserSection } from './AvvikelserSection';
import { RiskRatingFields } from './RiskRatingFields';
import { issueText, resultatLabel, statusLabel } from '../common/labels';
import { FollowUpTarget, withSavedFollowUp } from '../common/planViewQueries';
import { LazyRichTextEditor } from '../RichTextEditor/LazyRichTextEditor';
import { formatText, useStrings } from '../i18n';
import { COLOURS } from '../common/styles';

/** The panel's heading level (Fluent's default is 1). */
const PANEL_HEADING: React.HTMLAttributes<HTMLDivElement> = { 'aria-level': 2 };

/** Props of the follow-up form. */
export interface IFollowUpEditorProps {
  /** The data service. */
  service: IInternkontrollService;
  /** The loaded plan. */
  view: PlanView;
  /** The kontrollmoment or åtgärd followed up, or the risk re-rated for the period. */
  target: FollowUpTarget;
  /** The period followed up. */
  period: Period;
  /** Called after a save with what was stored. */
  onSaved: (saved: SavedFollowUp) => void;
  /** Loads the plan again (after a conflict); resolves with the fresh plan, or undefined when that failed. */
  onReload: () => Promise<PlanView | undefined>;
  /** Closes the form. */
  onDismiss: () => void;
  /** Makes keys for new follow-ups and avvikelser; a GUID by default. */
  newKey?: () => string;
}


const classes = mergeStyleSets({
  form: { display: 'flex', flexDirection: 'column', gap: 16, paddingTop: 8 },
  targetText: { margin: 0, color: COLOURS.text },
  periodText: { margin: 0, color: COLOURS.secondaryText, fontWeight: 600 },
  footer: { display: 'flex', gap: 8, alignItems: 'center' }
});

/** The heading and the text naming what the form follows up. */
function targetTexts(target: FollowUpTarget, strings: ReturnType<typeof useStrings>): { heading: string; text: string } {
  switch (target.type) {
    case 'kontrollmoment':
      return { heading: formatText(strings.editorHeadingKontrollmoment, { nr: target.item.nr }), text: richTextToPlainText(target.item.beskrivning) };
    case 'atgard':
      return { heading: strings.editorHeadingAtgard, text: target.item.beskrivning };
    case 'risk':
      return { heading: formatText(strings.editorHeadingRisk, { nr: target.item.nr }), text: target.item.titel };
  }
}

/** A refused save over someone else's change: their version, and the choices made so far. */
interface FollowUpConflict {
  /** Their version as the form's draft (the fresh follow-up and avvikelser, with their ETags). */
  theirs: FollowUpDraft;
  /** The choices made; rows without one take the default. */
  choices: ConflictChoices;
  /** Counts the comparisons shown, so each new one takes the focus. */
  shown: number;
}

/**
 * The follow-up form for one kontrollmoment or åtgärd in one period (status, resultat,
 * kommentar and avvikelser), or for a risk's re-rating in the period (sannolikhet, konsekvens
 * and the period's risk analysis). Validates with the model's rules before anything is saved; issues
 * are shown next to each field and in a summary that links to the fields. A save over someone
 * else's change loads their version and lays it beside the form, field by field, to choose
 * from; what was typed stays in the form until the user has chosen.
 */
export function FollowUpEditor(props: IFollowUpEditorProps): React.ReactElement {
  const strings = useStrings();
  const makeKey = props.newKey || newGuid;
  const { target, period } = props;
  const [view, setView] = React.useState<PlanView>(props.view);
  // The version the form was opened on (after a comparison: the one chosen against), so the
  // comparison knows what the user changed.
  const [opened, setOpened] = React.useState<FollowUpDraft>(() => draftFor(props.view, target, period.key, makeKey));
  const [draft, setDraft] = React.useState<FollowUpDraft>(opened);
  const [submitted, setSubmitted] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const [reloading, setReloading] = React.useState(false);
  const [saveError, setSaveError] = React.useState<UiDataError | undefined>(undefined);
  const [serviceIssues, setServiceIssues] = React.useState<FormIssue[]>([]);
  const [conflict, setConflict] = React.useState<FollowUpConflict | undefined>(undefined);
  const [focusSummary, setFocusSummary] = React.useState(0);
  // The draft as typed now, for a comparison that loads while the user goes on typing.
  const draftRef = React.useRef(draft);
  draftRef.current = draft;

  const issues = React.useMemo(
    () => (submitted ? [...validateDraft(view, target, period.key, draft), ...serviceIssues] : []),
    [submitted, view, target, period.key, draft, serviceIssues]
  );

  // The comparison follows the form: a field typed after it appeared shows (as yours) too.
  const conflictRows = React.useMemo(
    () => (conflict ? followUpConflictRows(target, opened, draft, conflict.theirs) : undefined),
    [conflict, target, opened, draft]
  );

  const update = (next: FollowUpDraft): void => {
    setDraft(next);
    setServiceIssues([]);
  };

  const fieldError = (fieldId: string): string | undefined => {
    const own = issuesFor(issues, fieldId);
    return own.length > 0 ? own.map((issue) => issueText(issue, strings)).join(' ') : undefined;
  };

  /** Loads their version after a refused save and lays it beside the form; nothing is written. */
  const compare = async (): Promise<void> => {
    setReloading(true);
    const fresh = await props.onReload();
    setReloading(false);
    if (!fresh) {
      return;
    }
    setView(fresh);
    const theirs = draftFor(fresh, target, period.key, makeKey);
    setConflict((current) => ({ theirs, choices: {}, shown: (current ? current.shown : 0) + 1 }));
    // The comparison says what happened; the refusal's "Ladda om" no longer applies.
    setSaveError(undefined);
  };

  const save = async (from: FollowUpDraft): Promise<void> => {
    setSubmitted(true);
    setSaveError(undefined);
    setServiceIssues([]);
    const found = validateDraft(view, target, period.key, from);
    if (found.length > 0) {
      setFocusSummary((n) => n + 1);
      return;
    }
    const toSave = followUpToSave(target, period.key, from);
    setSaving(true);
    try {
      // The form's objects carry the stored ETags, so a save over someone else's change fails.
      const saved = await props.service.saveFollowUp(view.plan.id, toSave.followUp, toSave.avvikelser);
      const nextView = withSavedFollowUp(view, saved);
      const next = draftFor(nextView, target, period.key, makeKey);
      setView(nextView);
      setOpened(next);
      setDraft(next);
      setSubmitted(false);
      setSaving(false);
      props.onSaved(saved);
    } catch (error) {
      setSaving(false);
      const dataError = asDataError(error);
      if (dataError && dataError.kind === 'validation' && dataError.issues && dataError.issues.length > 0) {
        setServiceIssues(dataError.issues.map((issue) => ({ message: issue.message, messageEn: issue.messageEn })));
        setFocusSummary((n) => n + 1);
        return;
      }
      setSaveError(dataError || { kind: 'unexpected', message: errorText(error, strings), messageEn: errorText(error, strings) });
      if (dataError && dataError.kind === 'concurrency') {
        // Their version is fetched at once and shown beside what was typed.
        await compare();
      }
    }
  };

  /** Saves with the choices (or yours everywhere) over their version, with its fresh ETags. */
  const saveWithChoices = (overwrite: boolean): void => {
    if (!conflict || !conflictRows) {
      return;
    }
    const choices = overwrite ? allYours(conflictRows) : conflict.choices;
    const merged = mergeFollowUpChoices(draftRef.current, conflict.theirs, conflictRows, choices);
    setOpened(conflict.theirs);
    setDraft(merged);
    setConflict(undefined);
    void save(merged);
  };

  const reload = async (): Promise<void> => {
    setReloading(true);
    const fresh = await props.onReload();
    setReloading(false);
    if (fresh) {
      const next = draftFor(fresh, target, period.key, makeKey);
      setView(fresh);
      setOpened(next);
      setDraft(next);
      setConflict(undefined);
      setSubmitted(false);
      setSaveError(undefined);
      setServiceIssues([]);
    }
  };

  const statusOptions: IDropdownOption[] = [
    { key: '', text: strings.statusNotSet },
    ...FOLLOW_UP_STATUSES.map((option) => ({ key: option.value, text: statusLabel(option.value, strings) }))
  ];
  const resultatOptions: IDropdownOption[] = [
    { key: '', text: strings.resultatNotSet },
    ...RESULTAT_VALUES.map((option) => ({ key: option.value, text: resultatLabel(option.value, strings) }))
  ];

  const { heading, text: targetText } = targetTexts(target, strings);

  const footer = (): React.ReactElement => (
    <div className={classes.footer}>
      <PrimaryButton text={strings.save} onClick={() => void save(draft)} disabled={saving || reloading} />
      <DefaultButton text={strings.cancel} onClick={props.onDismiss} disabled={saving} />
      {(saving || reloading) && <Spinner size={SpinnerSize.small} label={saving ? strings.saving : strings.loading} labelPosition="right" />}
    </div>
  );

  const errorAction = (error: UiDataError): React.ReactElement | undefined => {
    if (error.kind === 'concurrency') {
      // Shown when loading their version failed: the comparison can be asked for again.
      return (
        <div>
          <DefaultButton text={strings.conflictCompare} iconProps={{ iconName: 'Refresh' }} onClick={() => void compare()} disabled={reloading} />
        </div>
      );
    }
    if (error.kind === 'not-found' || error.kind === 'partial-save') {
      return (
        <div>
          <DefaultButton text={strings.reload} iconProps={{ iconName: 'Refresh' }} onClick={() => void reload()} disabled={reloading} />
        </div>
      );
    }
    return undefined;
  };

  return (
    <Panel
      isOpen={true}
      type={PanelType.medium}
      headerText={heading}
      // Level 2 under the page's h1, so the form's own h3 sections follow in order (axe heading-order).
      headerTextProps={PANEL_HEADING}
      closeButtonAriaLabel={strings.close}
      onDismiss={() => {
        if (!saving) {
          props.onDismiss();
        }
      }}
      isFooterAtBottom={true}
      onRenderFooterContent={footer}
      styles={{ footer: { backgroundColor: '#ffffff', borderTop: `1px solid ${COLOURS.border}` } }}
    >
      <form
        className={classes.form}
        noValidate={true}
        onSubmit={(event) => {
          event.preventDefault();
          void save(draft);
        }}
      >
        <p className={classes.targetText}>{targetText}</p>
        <p className={classes.periodText}>{formatText(strings.editorPeriod, { period: `${period.label} (${period.start} – ${period.end})` })}</p>

        <ErrorSummary
          headingId="ik-felsammanfattning-rubrik"
          heading={formatText(strings.errorSummaryHeading, { count: issues.length })}
          items={issues.map((issue) => ({ text: issueText(issue, strings), fieldId: issue.fieldId }))}
          focusRequest={focusSummary}
        />

        {saveError && (
          <MessageBar
            messageBarType={saveError.kind === 'permission' ? MessageBarType.blocked : MessageBarType.error}
            isMultiline={true}
            actions={errorAction(saveError)}
          >
            {strings.language === 'en' ? saveError.messageEn : saveError.message}
          </MessageBar>
        )}

        <ConflictPanel
          idPrefix="ik-uppfoljning-konflikt"
          rows={conflict && conflictRows ? followUpConflictPanelRows(target, view.plan.riskMatrix, conflictRows, draft, conflict.theirs, strings) : undefined}
          choices={conflict && conflictRows ? choicesShown(conflictRows, conflict.choices) : {}}
          onChoose={(field: string, choice: ConflictChoice) =>
            setConflict((current) => (current ? { ...current, choices: { ...current.choices, [field]: choice } } : current))
          }
          onSaveChoices={() => saveWithChoices(false)}
          onOverwrite={() => saveWithChoices(true)}
          saving={saving}
          focusRequest={conflict ? conflict.shown : 0}
        />

        {target.type === 'risk' && (
          <RiskRatingFields matrix={view.plan.riskMatrix} risk={target.item} period={period} draft={draft} onChange={update} fieldError={fieldError} />
        )}

        {target.type !== 'risk' && (
          <Dropdown
            id={followUpFieldId('status')}
            label={strings.fieldStatus}
            options={statusOptions}
            selectedKey={draft.status || ''}
            errorMessage={fieldError(followUpFieldId('status'))}
            onChange={(_event, option) => update({ ...draft, status: option && option.key !== '' ? (option.key as FollowUpStatus) : undefined })}
          />
        )}

        {target.type === 'kontrollmoment' && (
          <Dropdown
            id={followUpFieldId('resultat')}
            label={strings.fieldResultat}
            options={resultatOptions}
            selectedKey={draft.resultat || ''}
            errorMessage={fieldError(followUpFieldId('resultat'))}
            onChange={(_event, option) =>
              update(withResultat(draft, option && option.key !== '' ? (option.key as Resultat) : undefined, makeKey))
            }
          />
        )}

        <LazyRichTextEditor
          id={followUpFieldId('kommentar')}
          label={target.type === 'risk' ? strings.fieldRiskanalys : strings.fieldKommentar}
          description={strings.fieldKommentarHint}
          rows={5}
          value={draft.kommentar}
          errorMessage={fieldError(followUpFieldId('kommentar'))}
          onChange={(html) => update({ ...draft, kommentar: html })}
        />

        {showsAvvikelser(draft) && (
          <AvvikelserSection draft={draft} statusOptions={statusOptions} onChange={update} fieldError={fieldError} newKey={makeKey} />
        )}
        {/* Enter in a single-line field submits, as in any form. */}
        <button type="submit" hidden={true} tabIndex={-1} />
      </form>
    </Panel>
  );
}

/** The choice shown per row: the one made, else the default. */
function choicesShown(rows: Parameters<typeof allYours>[0], made: ConflictChoices): ConflictChoices {
  const shown: ConflictChoices = {};
  rows.forEach((row) => {
    shown[row.field] = choiceOf(row, made);
  });
  return shown;
}
