import * as React from 'react';
import { DefaultButton, IconButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { TextField } from '@fluentui/react/lib/TextField';

import type { IInternkontrollService, PlanView, SavedFollowUp } from '../../data/InternkontrollService';
import { newKey as newGuid } from '../../data/InternkontrollService';
import { FOLLOW_UP_STATUSES, RESULTAT_VALUES, richTextToPlainText } from '../../model';
import type { FollowUpStatus, Period, Resultat, Risk, RiskMatrix } from '../../model';
import { asDataError, errorText, UiDataError } from '../common/dataErrors';
import { AvvikelseDraft, draftFor, emptyAvvikelse, FollowUpDraft, followUpToSave, showsAvvikelser, withResultat } from './followUpDraft';
import { avvikelseFieldId, followUpFieldId, FormIssue, issuesFor, validateDraft } from './followUpForm';
import { issueText, resultatLabel, statusLabel } from '../common/labels';
import { FollowUpTarget, withSavedFollowUp } from '../common/planViewQueries';
import { LazyRichTextEditor } from '../RichTextEditor/LazyRichTextEditor';
import { RiskLevelBadge } from '../RiskList/RiskList';
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
  summary: {
    border: '2px solid #a4262c',
    borderRadius: 4,
    padding: '12px 16px',
    background: '#fde7e9',
    selectors: { ':focus': { outline: `3px solid ${COLOURS.text}`, outlineOffset: 2 } }
  },
  summaryHeading: { fontSize: 15, fontWeight: 600, margin: '0 0 6px', color: '#750b1c' },
  summaryList: { margin: 0, paddingLeft: 20, selectors: { a: { color: '#750b1c', textDecoration: 'underline' } } },
  fieldset: { border: `1px solid ${COLOURS.border}`, borderRadius: 6, padding: '8px 12px 12px', margin: 0, display: 'flex', flexDirection: 'column', gap: 8 },
  legend: { fontWeight: 600, padding: '0 4px' },
  legendRow: { display: 'flex', justifyContent: 'space-between', alignItems: 'center' },
  sectionHeading: { fontSize: 16, fontWeight: 600, margin: 0 },
  footer: { display: 'flex', gap: 8, alignItems: 'center' },
  ratingRow: { display: 'flex', flexWrap: 'wrap', gap: 16, selectors: { '> *': { flex: '1 1 200px' } } },
  preview: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, margin: 0 },
  previewLabel: { fontWeight: 600 }
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

/**
 * The period's sannolikhet and konsekvens, each choice labelled with the matrix's own step
 * ("4 – Sannolik"), and a preview of the resulting level in words and colour beside the
 * year's original rating.
 */
function RiskRatingFields(props: {
  matrix: RiskMatrix;
  risk: Risk;
  period: Period;
  draft: FollowUpDraft;
  onChange: (draft: FollowUpDraft) => void;
  fieldError: (fieldId: string) => string | undefined;
}): React.ReactElement {
  const strings = useStrings();
  const { matrix, draft } = props;
  const stepOptions = (steps: RiskMatrix['sannolikhet']): IDropdownOption[] => [
    { key: '', text: strings.ratingStepNotSet },
    ...steps.map((step, i) => ({ key: i + 1, text: formatText(strings.ratingStepOption, { n: i + 1, label: step.label }) }))
  ];
  const stepOf = (option: IDropdownOption | undefined): number | undefined =>
    option && option.key !== '' ? Number(option.key) : undefined;
  const complete = draft.sannolikhet !== undefined && draft.konsekvens !== undefined;
  const previewId = 'ik-riskvardering-forhandsvisning';
  return (
    <>
      <div className={classes.ratingRow}>
        <Dropdown
          id={followUpFieldId('sannolikhet')}
          label={strings.fieldSannolikhet}
          options={stepOptions(matrix.sannolikhet)}
          selectedKey={draft.sannolikhet !== undefined ? draft.sannolikhet : ''}
          errorMessage={props.fieldError(followUpFieldId('sannolikhet'))}
          onChange={(_event, option) => props.onChange({ ...draft, sannolikhet: stepOf(option) })}
        />
        <Dropdown
          id={followUpFieldId('konsekvens')}
          label={strings.fieldKonsekvens}
          options={stepOptions(matrix.konsekvens)}
          selectedKey={draft.konsekvens !== undefined ? draft.konsekvens : ''}
          errorMessage={props.fieldError(followUpFieldId('konsekvens'))}
          onChange={(_event, option) => props.onChange({ ...draft, konsekvens: stepOf(option) })}
        />
      </div>
      {/* Polite live region: the level is read out as the steps are chosen. */}
      <p id={previewId} className={classes.preview} aria-live="polite" aria-atomic="true">
        <span className={classes.previewLabel}>{formatText(strings.ratingPreviewLabel, { period: props.period.label })}</span>
        {/* A space, so the text reads as two words also without the layout's gap. */}
        {' '}
        {complete ? (
          <RiskLevelBadge matrix={matrix} risk={{ ...props.risk, sannolikhet: draft.sannolikhet, konsekvens: draft.konsekvens }} />
        ) : (
          <span>{strings.ratingPreviewIncomplete}</span>
        )}
      </p>
      <p className={classes.preview}>
        <RiskLevelBadge matrix={matrix} risk={props.risk} prefix={strings.originalRatingPrefix} />
      </p>
    </>
  );
}

/** Focuses a form field by id; Fluent puts the id on the focusable element. */
function focusField(id: string): void {
  const element = document.getElementById(id);
  if (element) {
    element.focus();
  }
}

/**
 * The follow-up form for one kontrollmoment or åtgärd in one period (status, resultat,
 * kommentar and avvikelser), or for a risk's re-rating in the period (sannolikhet, konsekvens
 * and the period's risk analysis). Validates with the model's rules before anything is saved; issues
 * are shown next to each field and in a summary that links to the fields.
 */
export function FollowUpEditor(props: IFollowUpEditorProps): React.ReactElement {
  const strings = useStrings();
  const makeKey = props.newKey || newGuid;
  const { target, period } = props;
  const [view, setView] = React.useState<PlanView>(props.view);
  const [draft, setDraft] = React.useState<FollowUpDraft>(() => draftFor(props.view, target, period.key, makeKey));
  const [submitted, setSubmitted] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const [reloading, setReloading] = React.useState(false);
  const [saveError, setSaveError] = React.useState<UiDataError | undefined>(undefined);
  const [serviceIssues, setServiceIssues] = React.useState<FormIssue[]>([]);
  const summaryRef = React.useRef<HTMLElement>(null);
  const [focusSummary, setFocusSummary] = React.useState(0);

  const issues = React.useMemo(
    () => (submitted ? [...validateDraft(view, target, period.key, draft), ...serviceIssues] : []),
    [submitted, view, target, period.key, draft, serviceIssues]
  );

  React.useEffect(() => {
    if (focusSummary > 0 && summaryRef.current) {
      summaryRef.current.focus();
    }
  }, [focusSummary]);

  const update = (next: FollowUpDraft): void => {
    setDraft(next);
    setServiceIssues([]);
  };

  const fieldError = (fieldId: string): string | undefined => {
    const own = issuesFor(issues, fieldId);
    return own.length > 0 ? own.map((issue) => issueText(issue, strings)).join(' ') : undefined;
  };

  const save = async (): Promise<void> => {
    setSubmitted(true);
    setSaveError(undefined);
    setServiceIssues([]);
    const found = validateDraft(view, target, period.key, draft);
    if (found.length > 0) {
      setFocusSummary((n) => n + 1);
      return;
    }
    const toSave = followUpToSave(target, period.key, draft);
    setSaving(true);
    try {
      // The form's objects carry the stored ETags, so a save over someone else's change fails.
      const saved = await props.service.saveFollowUp(view.plan.id, toSave.followUp, toSave.avvikelser);
      const nextView = withSavedFollowUp(view, saved);
      setView(nextView);
      setDraft(draftFor(nextView, target, period.key, makeKey));
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
    }
  };

  const reload = async (): Promise<void> => {
    setReloading(true);
    const fresh = await props.onReload();
    setReloading(false);
    if (fresh) {
      setView(fresh);
      setDraft(draftFor(fresh, target, period.key, makeKey));
      setSubmitted(false);
      setSaveError(undefined);
      setServiceIssues([]);
    }
  };

  const setAvvikelse = (key: string, changes: Partial<AvvikelseDraft>): void => {
    update({ ...draft, avvikelser: draft.avvikelser.map((a) => (a.key === key ? { ...a, ...changes } : a)) });
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
      <PrimaryButton text={strings.save} onClick={() => void save()} disabled={saving || reloading} />
      <DefaultButton text={strings.cancel} onClick={props.onDismiss} disabled={saving} />
      {saving && <Spinner size={SpinnerSize.small} label={strings.saving} labelPosition="right" />}
    </div>
  );

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
          void save();
        }}
      >
        <p className={classes.targetText}>{targetText}</p>
        <p className={classes.periodText}>{formatText(strings.editorPeriod, { period: `${period.label} (${period.start} – ${period.end})` })}</p>

        {issues.length > 0 && (
          <section ref={summaryRef} tabIndex={-1} className={classes.summary} aria-labelledby="ik-felsammanfattning-rubrik">
            <h3 id="ik-felsammanfattning-rubrik" className={classes.summaryHeading}>
              {formatText(strings.errorSummaryHeading, { count: issues.length })}
            </h3>
            <ul className={classes.summaryList}>
              {issues.map((issue, i) => (
                <li key={i}>
                  {issue.fieldId ? (
                    <a
                      href={`#${issue.fieldId}`}
                      onClick={(event) => {
                        event.preventDefault();
                        focusField(issue.fieldId as string);
                      }}
                    >
                      {issueText(issue, strings)}
                    </a>
                  ) : (
                    issueText(issue, strings)
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}

        {saveError && (
          <MessageBar
            messageBarType={saveError.kind === 'permission' ? MessageBarType.blocked : MessageBarType.error}
            isMultiline={true}
            actions={
              saveError.kind === 'concurrency' || saveError.kind === 'not-found' || saveError.kind === 'partial-save' ? (
                <div>
                  <DefaultButton text={strings.reload} iconProps={{ iconName: 'Refresh' }} onClick={() => void reload()} disabled={reloading} />
                </div>
              ) : undefined
            }
          >
            {strings.language === 'en' ? saveError.messageEn : saveError.message}
          </MessageBar>
        )}

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
          <section aria-labelledby="ik-avvikelser-rubrik" style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
            <h3 id="ik-avvikelser-rubrik" className={classes.sectionHeading}>
              {strings.avvikelserHeading}
            </h3>
            {draft.resultat && draft.resultat !== 'Utan anmärkning' && (
              <p style={{ margin: 0 }}>{formatText(strings.avvikelserIntro, { resultat: resultatLabel(draft.resultat, strings) })}</p>
            )}
            {draft.avvikelser.map((avvikelse, i) => {
              const number = i + 1;
              const ids = {
                beskrivning: avvikelseFieldId(avvikelse.key, 'beskrivning'),
                atgard: avvikelseFieldId(avvikelse.key, 'atgard'),
                slutdatum: avvikelseFieldId(avvikelse.key, 'slutdatum'),
                status: avvikelseFieldId(avvikelse.key, 'status')
              };
              return (
                <fieldset key={avvikelse.key} className={classes.fieldset}>
                  <legend className={classes.legend}>{formatText(strings.avvikelseHeading, { n: number })}</legend>
                  <div className={classes.legendRow}>
                    <span />
                    <IconButton
                      iconProps={{ iconName: 'Delete' }}
                      ariaLabel={formatText(strings.removeAvvikelse, { n: number })}
                      title={formatText(strings.removeAvvikelse, { n: number })}
                      onClick={() => update({ ...draft, avvikelser: draft.avvikelser.filter((a) => a.key !== avvikelse.key) })}
                    />
                  </div>
                  <TextField
                    id={ids.beskrivning}
                    label={strings.fieldAvvikelseBeskrivning}
                    required={true}
                    multiline={true}
                    rows={2}
                    autoAdjustHeight={true}
                    value={avvikelse.beskrivning}
                    errorMessage={fieldError(ids.beskrivning)}
                    onChange={(_event, value) => setAvvikelse(avvikelse.key, { beskrivning: value || '' })}
                  />
                  <TextField
                    id={ids.atgard}
                    label={strings.fieldAvvikelseAtgard}
                    required={true}
                    multiline={true}
                    rows={2}
                    autoAdjustHeight={true}
                    value={avvikelse.atgard}
                    errorMessage={fieldError(ids.atgard)}
                    onChange={(_event, value) => setAvvikelse(avvikelse.key, { atgard: value || '' })}
                  />
                  <TextField
                    id={ids.slutdatum}
                    label={strings.fieldAvvikelseSlutdatum}
                    required={true}
                    type="date"
                    value={avvikelse.slutdatum}
                    errorMessage={fieldError(ids.slutdatum)}
                    onChange={(_event, value) => setAvvikelse(avvikelse.key, { slutdatum: value || '' })}
                  />
                  <Dropdown
                    id={ids.status}
                    label={strings.fieldAvvikelseStatus}
                    options={statusOptions}
                    selectedKey={avvikelse.status || ''}
                    errorMessage={fieldError(ids.status)}
                    onChange={(_event, option) => setAvvikelse(avvikelse.key, { status: option && option.key !== '' ? (option.key as FollowUpStatus) : undefined })}
                  />
                </fieldset>
              );
            })}
            <div>
              <DefaultButton
                text={strings.addAvvikelse}
                iconProps={{ iconName: 'Add' }}
                onClick={() => update({ ...draft, avvikelser: [...draft.avvikelser, emptyAvvikelse(makeKey())] })}
              />
            </div>
          </section>
        )}
        {/* Enter in a single-line field submits, as in any form. */}
        <button type="submit" hidden={true} tabIndex={-1} />
      </form>
    </Panel>
  );
}
