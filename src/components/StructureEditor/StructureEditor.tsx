/**
 * The editor of a plan and of what is in it (område, risk, kontrollmoment, åtgärd), in a side
 * panel. Every save validates with the model's rules first: issues show at their fields and in
 * a summary linking to them, and nothing is written. A save over someone else's change shows
 * both versions side by side to choose from. What is typed is kept in sessionStorage until it
 * is saved or discarded. Loaded on demand (LazyStructureEditor).
 */
import * as React from 'react';
import { DefaultButton, IconButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { TextField } from '@fluentui/react/lib/TextField';

import type { Editable, IInternkontrollService, PlanView, StoredPlan } from '../../data/InternkontrollService';
import { isPlanLocked } from '../../model';
import type { Atgard, Kontrollmoment, Omrade, OrganisationSettings, Plan, Risk } from '../../model';
import { ConflictPanel, ConflictPanelRow, ConflictValue } from '../common/ConflictPanel/ConflictPanel';
import { asDataError, errorText, UiDataError } from '../common/dataErrors';
import { ErrorSummary } from '../common/ErrorSummary/ErrorSummary';
import { issueText } from '../common/labels';
import { COLOURS } from '../common/styles';
import { formatText, useStrings } from '../i18n';
import type { IUiStrings } from '../i18n';
import { LazyRichTextEditor } from '../RichTextEditor/LazyRichTextEditor';
import { RiskLevelBadge } from '../RiskList/RiskList';
import { ConflictChoice, ConflictRow, conflictRows, defaultChoices, mergeChoices } from './conflict';
import { discardDraft, draftStorageKey, keepDraft, readDraft } from './draftStorage';
import { findItem } from './findItem';
import { Draft, DraftValue, draftChanged, draftOf, EditTarget, itemOf, numberOf, StoredItem, StructureKind } from './structureDraft';
import { FieldSpec, fieldsOf, valueText } from './structureFields';
import { FieldIssue, issuesOfField, structureFieldId, validateStructureItem } from './structureValidation';

/** The panel's heading level (Fluent's default is 1). */
const PANEL_HEADING: React.HTMLAttributes<HTMLDivElement> = { 'aria-level': 2 };

/** Props of the structure editor. */
export interface IStructureEditorProps {
  /** The data service. */
  service: IInternkontrollService;
  /** The loaded plan; undefined when a new plan is created. */
  view?: PlanView;
  /** What is edited or created. */
  target: EditTarget;
  /** Today, "YYYY-MM-DD" (a new plan's year). */
  today: string;
  /** Called with the stored item after a save. */
  onSaved: (kind: StructureKind, saved: StoredItem) => void;
  /** Loads the plan again; resolves with the fresh view, or undefined when that failed. */
  onReload: () => Promise<PlanView | undefined>;
  /** Closes the editor. */
  onDismiss: () => void;
}

const classes = mergeStyleSets({
  form: { display: 'flex', flexDirection: 'column', gap: 14, paddingTop: 8 },
  footer: { display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' },
  dates: { display: 'flex', flexDirection: 'column', gap: 6, border: 0, padding: 0, margin: 0 },
  legend: { fontWeight: 600, fontSize: 14, padding: '5px 0' },
  dateRow: { display: 'flex', alignItems: 'flex-start', gap: 4, selectors: { '> :first-child': { flex: '1 1 auto' } } },
  preview: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, margin: 0 }
});

/** The panel heading of a target. */
function headingOf(target: EditTarget, strings: IUiStrings): string {
  const item = target.item as unknown as Record<string, unknown> | undefined;
  switch (target.kind) {
    case 'plan':
      return item ? strings.editPlanHeading : strings.newPlanHeading;
    case 'omrade':
      return item ? strings.editOmradeHeading : strings.newOmradeHeading;
    case 'risk':
      return item ? formatText(strings.editRiskHeading, { nr: String(item.nr) }) : strings.newRiskHeading;
    case 'kontrollmoment':
      return item ? formatText(strings.editKontrollmomentHeading, { nr: String(item.nr) }) : strings.newKontrollmomentHeading;
    case 'atgard':
      return item ? strings.editAtgardHeading : strings.newAtgardHeading;
  }
}

/** Saves the item of a kind through the service. */
function saveItem(service: IInternkontrollService, planId: number | undefined, kind: StructureKind, item: Record<string, unknown>): Promise<StoredItem> {
  switch (kind) {
    case 'plan':
      return service.savePlan(item as unknown as Editable<Plan> | StoredPlan);
    case 'omrade':
      return service.saveOmrade(planId as number, item as unknown as Editable<Omrade>);
    case 'risk':
      return service.saveRisk(planId as number, item as unknown as Editable<Risk>);
    case 'kontrollmoment':
      return service.saveKontrollmoment(planId as number, item as unknown as Editable<Kontrollmoment>);
    case 'atgard':
      return service.saveAtgard(planId as number, item as unknown as Editable<Atgard>);
  }
}

/** The state of a refused save over someone else's change. */
interface ConflictState {
  /** Their version as stored now. */
  fresh: StoredItem;
  /** Their version as a draft. */
  theirs: Draft;
  /** The fields that differ. */
  rows: ConflictRow[];
  /** The choice per field. */
  choices: Record<string, ConflictChoice>;
  /** Counts the comparisons shown, so each new one takes the focus. */
  shown: number;
}

/** The editor; default export so React.lazy loads it as a chunk of its own. */
export default function StructureEditor(props: IStructureEditorProps): React.ReactElement {
  const strings = useStrings();
  const { service, target, today } = props;
  const [view, setView] = React.useState<PlanView | undefined>(props.view);
  const planId = view ? view.plan.id : undefined;
  const storageKey = React.useMemo(() => draftStorageKey(props.view ? props.view.plan.id : undefined, target), [props.view, target]);
  const restored = React.useMemo(() => readDraft(storageKey), [storageKey]);
  // The version the form was opened on (a restored draft keeps the ETag it was made from, so a
  // change made meanwhile by someone else is caught as a conflict, not overwritten).
  const [base, setBase] = React.useState<StoredItem | undefined>(() =>
    target.item && restored && restored.etag && restored.etag !== (target.item as { etag: string }).etag ? ({ ...target.item, etag: restored.etag } as StoredItem) : target.item
  );
  const editTarget: EditTarget = { ...target, item: base, newKey: restored && !target.item ? restored.key : target.newKey };
  const opened = React.useMemo(() => draftOf(target, props.view, today), [target, props.view, today]);
  const [draft, setDraft] = React.useState<Draft>(() => (restored && draftChanged(restored.draft, opened) ? { ...opened, ...restored.draft } : opened));
  const [restoredNotice, setRestoredNotice] = React.useState(() => restored !== undefined && draftChanged(restored.draft, opened));
  const [settings, setSettings] = React.useState<OrganisationSettings | undefined>(undefined);
  const [submitted, setSubmitted] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const [saveError, setSaveError] = React.useState<UiDataError | undefined>(undefined);
  const [serviceIssues, setServiceIssues] = React.useState<FieldIssue[]>([]);
  const [conflict, setConflict] = React.useState<ConflictState | undefined>(undefined);
  const [focusSummary, setFocusSummary] = React.useState(0);

  // The plan editor checks the diarienummer against the organisation's pattern and shows its example.
  React.useEffect(() => {
    let live = true;
    service.loadSettings().then(
      (loaded) => {
        if (live) {
          setSettings(loaded);
        }
      },
      () => undefined
    );
    return () => {
      live = false;
    };
  }, [service]);

  // Unsaved edits are kept per item; an edit back to what was opened forgets them.
  React.useEffect(() => {
    if (draftChanged(draft, opened)) {
      keepDraft(storageKey, {
        draft,
        key: editTarget.item ? editTarget.item.key : editTarget.newKey,
        etag: base ? (base as { etag: string }).etag : undefined,
        savedAt: new Date().toISOString(),
        parentKey: target.parentKey
      });
    } else {
      discardDraft(storageKey);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft, storageKey, opened, base]);

  const fields = fieldsOf(editTarget, view, settings, strings);

  /** The item the draft saves as, with a new område placed last. */
  const itemFor = (from: Draft): Record<string, unknown> => {
    const item = itemOf(editTarget, from, settings);
    if (target.kind === 'omrade' && !editTarget.item && view) {
      item.ordning = view.plan.omraden.reduce((max, o) => Math.max(max, o.ordning), 0) + 1;
    }
    return item;
  };

  const issues: FieldIssue[] = submitted ? [...validateStructureItem(editTarget, itemFor(draft), view, settings), ...serviceIssues] : [];

  const fieldError = (field: string, index?: number): string | undefined => {
    const own = issuesOfField(issues, field, index);
    return own.length > 0 ? own.map((issue) => issueText(issue, strings)).join(' ') : undefined;
  };

  const update = (name: string, value: DraftValue): void => {
    setDraft((current) => ({ ...current, [name]: value }));
    setServiceIssues([]);
  };

  const save = async (from: Draft, over?: StoredItem): Promise<void> => {
    setSubmitted(true);
    setSaveError(undefined);
    setServiceIssues([]);
    const saveTarget: EditTarget = over ? { ...editTarget, item: over } : editTarget;
    const item = itemOf(saveTarget, from, settings);
    if (target.kind === 'omrade' && !saveTarget.item && view) {
      item.ordning = view.plan.omraden.reduce((max, o) => Math.max(max, o.ordning), 0) + 1;
    }
    const found = validateStructureItem(saveTarget, item, view, settings);
    if (found.length > 0) {
      setFocusSummary((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      const saved = await saveItem(service, planId, target.kind, item);
      discardDraft(storageKey);
      setSaving(false);
      setConflict(undefined);
      props.onSaved(target.kind, saved);
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

  /** Loads their version after a refused save and lays it beside the form. */
  const compare = async (): Promise<void> => {
    const fresh = await props.onReload();
    if (!fresh) {
      return;
    }
    setView(fresh);
    const key = editTarget.item ? editTarget.item.key : editTarget.newKey;
    const theirsItem = target.kind === 'plan' ? fresh.plan : findItem(fresh, target.kind, key);
    if (!theirsItem) {
      setSaveError({ kind: 'not-found', message: strings.conflictGone, messageEn: strings.conflictGone });
      return;
    }
    const theirs = draftOf({ ...target, item: theirsItem }, fresh, today);
    const rows = conflictRows(
      fields.map((f) => f.name).filter((name) => name !== 'andringsorsak'),
      opened,
      draft,
      theirs
    );
    setConflict((current) => ({ fresh: theirsItem, theirs, rows, choices: defaultChoices(rows), shown: (current ? current.shown : 0) + 1 }));
    setSaveError(undefined);
  };

  const saveWithChoices = (allYours: boolean): void => {
    if (!conflict) {
      return;
    }
    const choices: Record<string, ConflictChoice> = { ...conflict.choices };
    if (allYours) {
      conflict.rows.forEach((row) => {
        choices[row.field] = 'yours';
      });
    }
    const merged = mergeChoices(draft, conflict.theirs, conflict.rows, choices);
    setDraft(merged);
    setBase(conflict.fresh);
    void save(merged, conflict.fresh);
  };

  const discard = (): void => {
    discardDraft(storageKey);
    setDraft(opened);
    setRestoredNotice(false);
    setSubmitted(false);
  };

  const locked = view !== undefined && isPlanLocked(view.plan.status) && (target.kind === 'risk' || target.kind === 'kontrollmoment');

  const renderField = (spec: FieldSpec): React.ReactElement => {
    const id = structureFieldId(target.kind, spec.name);
    const value = draft[spec.name];
    const error = fieldError(spec.name);
    switch (spec.input) {
      case 'rich':
        return (
          <LazyRichTextEditor
            key={spec.name}
            id={id}
            label={spec.label}
            value={typeof value === 'string' ? value : ''}
            required={spec.required}
            description={spec.description}
            errorMessage={error}
            onChange={(html) => update(spec.name, html)}
          />
        );
      case 'checkbox':
        return <Checkbox key={spec.name} id={id} label={spec.label} checked={value === true} onChange={(_e, checked) => update(spec.name, checked === true)} />;
      case 'choice':
        return (
          <Dropdown
            key={spec.name}
            id={id}
            label={spec.label}
            required={spec.required}
            options={(spec.choices || []).map((c) => ({ key: c.key, text: c.text }))}
            selectedKey={typeof value === 'string' ? value : ''}
            errorMessage={error}
            onChange={(_e, option) => update(spec.name, option ? String(option.key) : '')}
          />
        );
      case 'dates': {
        const list = Array.isArray(value) ? value : [];
        return (
          <fieldset key={spec.name} className={classes.dates}>
            <legend className={classes.legend}>{spec.label}</legend>
            {list.map((date, i) => (
              <div key={i} className={classes.dateRow}>
                <TextField
                  id={structureFieldId(target.kind, spec.name, i)}
                  label={formatText(strings.fieldAvstamningsdatumN, { n: i + 1 })}
                  type="date"
                  value={date}
                  errorMessage={fieldError(spec.name, i)}
                  onChange={(_e, typed) => update(spec.name, list.map((d, j) => (j === i ? typed || '' : d)))}
                />
                <IconButton
                  iconProps={{ iconName: 'Delete' }}
                  styles={{ root: { marginTop: 29 } }}
                  ariaLabel={formatText(strings.removeAvstamningsdatum, { n: i + 1 })}
                  title={formatText(strings.removeAvstamningsdatum, { n: i + 1 })}
                  onClick={() => update(spec.name, list.filter((_d, j) => j !== i))}
                />
              </div>
            ))}
            <div>
              <DefaultButton text={strings.addAvstamningsdatum} iconProps={{ iconName: 'Add' }} onClick={() => update(spec.name, [...list, ''])} />
            </div>
          </fieldset>
        );
      }
      default:
        return (
          <TextField
            key={spec.name}
            id={id}
            label={spec.label}
            required={spec.required}
            description={spec.description}
            type={spec.input === 'date' ? 'date' : 'text'}
            inputMode={spec.input === 'number' ? 'numeric' : undefined}
            multiline={spec.input === 'multiline'}
            rows={spec.input === 'multiline' ? 3 : undefined}
            autoAdjustHeight={spec.input === 'multiline'}
            value={typeof value === 'string' ? value : ''}
            errorMessage={error}
            onChange={(_e, typed) => update(spec.name, typed || '')}
          />
        );
    }
  };

  const ratingPreview = (): React.ReactElement | null => {
    if (target.kind !== 'risk' || !view) {
      return null;
    }
    const s = numberOf(draft.sannolikhet);
    const k = numberOf(draft.konsekvens);
    const complete = typeof s === 'number' && typeof k === 'number';
    return (
      // Polite live region: the level is read out as the steps are chosen.
      <p className={classes.preview} aria-live="polite" aria-atomic="true">
        <strong>{strings.riskLevelPreviewLabel}</strong>{' '}
        {complete ? (
          <RiskLevelBadge matrix={view.plan.riskMatrix} risk={{ key: '', nr: 0, titel: '', obligatorisk: false, sannolikhet: s as number, konsekvens: k as number }} />
        ) : (
          <span>{strings.ratingPreviewIncomplete}</span>
        )}
      </p>
    );
  };

  const footer = (): React.ReactElement => (
    <div className={classes.footer}>
      <PrimaryButton text={strings.save} onClick={() => void save(draft)} disabled={saving} />
      <DefaultButton
        text={strings.cancel}
        onClick={() => {
          // Cancelling is a decision: the kept draft goes with it.
          discardDraft(storageKey);
          props.onDismiss();
        }}
        disabled={saving}
      />
      {saving && <Spinner size={SpinnerSize.small} label={strings.saving} labelPosition="right" />}
    </div>
  );

  const specOf = (field: string): FieldSpec => fields.filter((f) => f.name === field)[0] || { name: field, input: 'text', label: field };

  return (
    <Panel
      isOpen={true}
      type={PanelType.medium}
      headerText={headingOf(target, strings)}
      // Level 2 under the page's h1, so the form's own h3 sections follow in order (axe heading-order).
      headerTextProps={PANEL_HEADING}
      closeButtonAriaLabel={strings.close}
      // Closing without Avbryt (Esc, the close button) keeps the draft for later.
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
        {restoredNotice && (
          <MessageBar
            messageBarType={MessageBarType.warning}
            isMultiline={true}
            onDismiss={() => setRestoredNotice(false)}
            dismissButtonAriaLabel={strings.close}
            actions={
              <div>
                <DefaultButton text={strings.discardDraft} onClick={discard} />
              </div>
            }
          >
            {strings.draftRestored}
          </MessageBar>
        )}

        {locked && (
          <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
            {strings.lockedPlanNotice}
          </MessageBar>
        )}

        <ErrorSummary
          headingId="ik-struktur-felsammanfattning"
          heading={formatText(strings.errorSummaryHeading, { count: issues.length })}
          items={issues.map((issue) => ({
            text: issueText(issue, strings),
            fieldId:
              issue.field && fields.some((f) => f.name === issue.field)
                ? structureFieldId(target.kind, issue.field, specOf(issue.field).input === 'dates' ? issue.index : undefined)
                : undefined
          }))}
          focusRequest={focusSummary}
        />

        {saveError && (
          <MessageBar
            messageBarType={saveError.kind === 'permission' ? MessageBarType.blocked : MessageBarType.error}
            isMultiline={true}
            actions={
              saveError.kind === 'concurrency' ? (
                <div>
                  <DefaultButton text={strings.conflictCompare} iconProps={{ iconName: 'Refresh' }} onClick={() => void compare()} />
                </div>
              ) : undefined
            }
          >
            {strings.language === 'en' ? saveError.messageEn : saveError.message}
          </MessageBar>
        )}

        <ConflictPanel
          idPrefix="ik-konflikt"
          rows={conflict ? conflict.rows.map((row) => conflictPanelRow(specOf(row.field), row, strings)) : undefined}
          choices={conflict ? conflict.choices : {}}
          onChoose={(field, choice) => setConflict((current) => (current ? { ...current, choices: { ...current.choices, [field]: choice } } : current))}
          onSaveChoices={() => saveWithChoices(false)}
          onOverwrite={() => saveWithChoices(true)}
          saving={saving}
          focusRequest={conflict ? conflict.shown : 0}
        />

        {fields.map((spec) => (
          <React.Fragment key={spec.name}>
            {renderField(spec)}
            {spec.name === 'konsekvens' && ratingPreview()}
          </React.Fragment>
        ))}
        <button type="submit" hidden={true} tabIndex={-1} />
      </form>
    </Panel>
  );
}

/** A differing field as the comparison shows it: rich text formatted, other values as text. */
function conflictPanelRow(spec: FieldSpec, row: ConflictRow, strings: IUiStrings): ConflictPanelRow {
  const shown = (value: DraftValue | undefined): ConflictValue =>
    spec.input === 'rich' ? { richText: typeof value === 'string' ? value : '' } : { text: valueText(spec, value, strings) };
  return { field: row.field, label: spec.label, theirs: shown(row.theirs), yours: shown(row.yours) };
}
