/**
 * The visual shape editor with its JSON beside it: the shape's own settings and its tables
 * (TableEditor), or the whole shape as JSON for advanced users — both checked by the one
 * validator (`validateReportShape`), each issue shown at its path — and a live preview on a real
 * plan. Saving goes through the service, which validates again and lets SharePoint refuse
 * anyone outside the samordnare group. A built-in shape is shown read-only, with its copy offered.
 */
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { TextField } from '@fluentui/react/lib/TextField';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

import type { IInternkontrollService, StoredReportShape } from '../../data/InternkontrollService';
import { newKey } from '../../data/InternkontrollService';
import type { ReportShapeIssue } from '../../reports/shape/issues';
import type { PageOrientation, ReportShape, StatusDisplay, SummaryKind } from '../../reports/shape/types';
import { parseReportShape, validateReportShape } from '../../reports/shape/validate';
import { validationIssuesOf } from '../common/dataErrors';
import { issueText } from '../common/labels';
import { reportErrorText } from '../common/reportErrorText';
import { formatText, useStrings } from '../i18n';
import { ShapePreview } from './ShapePreview';
import { addTable, issuesAt, withoutUndefined } from './shapeDraft';
import { TableEditor } from './TableEditor';

const classes = mergeStyleSets({
  root: { display: 'flex', flexDirection: 'column', gap: 16 },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px 16px', alignItems: 'flex-end' },
  wide: { minWidth: 280 },
  json: { fontFamily: 'Consolas, "Courier New", monospace', fontSize: 13 },
  actions: { display: 'flex', gap: 8 },
  visuallyHidden: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }
});

/** Props of the editor. */
export interface IShapeEditorProps {
  service: IInternkontrollService;
  /** The shape to start from (a copy is edited). */
  shape: ReportShape;
  /** The stored item when editing one of the organisation's shapes; undefined for a new one. */
  stored?: StoredReportShape;
  /** A built-in shape: read-only. */
  builtIn?: boolean;
  /** Ids other shapes hold (built-in and the other own ones). */
  takenIds: readonly string[];
  /** Called with the saved shape. */
  onSaved: (saved: StoredReportShape) => void;
  /** Back to the list without saving. */
  onCancel: () => void;
  /** Copy this (built-in) shape into an own one. */
  onCopy?: (shape: ReportShape) => void;
  /** The preview's report date; today by default. */
  datum?: string;
}

/** The editor. */
export function ShapeEditor(props: IShapeEditorProps): React.ReactElement {
  const strings = useStrings();
  const { service, takenIds } = props;
  const readOnly = props.builtIn === true;
  const [draft, setDraft] = React.useState<ReportShape>(() => JSON.parse(JSON.stringify(props.shape)) as ReportShape);
  const [tab, setTab] = React.useState<'visual' | 'json'>(readOnly ? 'json' : 'visual');
  const [jsonText, setJsonText] = React.useState<string>(() => JSON.stringify(props.shape, null, 2));
  const [jsonIssues, setJsonIssues] = React.useState<ReportShapeIssue[]>([]);
  const [saveIssues, setSaveIssues] = React.useState<ReportShapeIssue[] | undefined>(undefined);
  const [saveError, setSaveError] = React.useState<string | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  const [announcement, setAnnouncement] = React.useState('');

  const draftIssues = React.useMemo(() => (readOnly ? [] : validateReportShape(draft, { takenIds })), [draft, takenIds, readOnly]);
  const issues: ReportShapeIssue[] = saveIssues ?? (tab === 'json' && jsonIssues.length > 0 ? jsonIssues : draftIssues);
  const previewShape = issues.length === 0 ? draft : undefined;

  const change = (next: ReportShape): void => {
    setDraft(next);
    setSaveIssues(undefined);
    setJsonText(JSON.stringify(next, null, 2));
    setJsonIssues([]);
  };

  const changeJson = (text: string): void => {
    setJsonText(text);
    setSaveIssues(undefined);
    const parsed = parseReportShape(text, { takenIds });
    setJsonIssues(parsed.issues);
    if (parsed.shape) {
      setDraft(parsed.shape);
    }
  };

  const save = async (): Promise<void> => {
    setSaving(true);
    setSaveError(undefined);
    try {
      const saved = await service.saveReportShape(props.stored ? { ...props.stored, shape: draft } : { key: newKey(), shape: draft });
      props.onSaved(saved);
    } catch (error) {
      const refused = validationIssuesOf(error);
      if (refused) {
        // The service's issues carry the path inside the shape as their field.
        setSaveIssues(refused.map((issue) => ({ path: issue.field, code: 'unknown-value', message: issue.message, messageEn: issue.messageEn }) as ReportShapeIssue));
      }
      setSaveError(reportErrorText(error, strings));
    } finally {
      setSaving(false);
    }
  };

  const errorAt = (path: string): string | undefined => {
    const found = issuesAt(issues, path);
    return found.length > 0 ? found.map((issue) => issueText(issue, strings)).join(' ') : undefined;
  };
  const set = (patch: Partial<ReportShape>): void => change(withoutUndefined({ ...draft, ...patch }));
  const dflt = { key: '', text: strings.shapesDefault };

  const visual = (
    <div className={classes.root}>
      <div className={classes.row}>
        <TextField className={classes.wide} label={strings.shapesNameLabel} required={true} value={draft.namn} errorMessage={errorAt('namn')} onChange={(_e, value) => set({ namn: value ?? '' })} />
        <TextField
          className={classes.wide}
          label={strings.shapesIdLabel}
          required={true}
          description={strings.shapesIdHelp}
          value={draft.id}
          errorMessage={errorAt('id')}
          disabled={props.stored !== undefined}
          onChange={(_e, value) => set({ id: value ?? '' })}
        />
      </div>
      <TextField label={strings.shapesDescriptionLabel} multiline={true} rows={2} value={draft.beskrivning ?? ''} onChange={(_e, value) => set({ beskrivning: value === '' ? undefined : value })} />
      <div className={classes.row}>
        <TextField className={classes.wide} label={strings.shapesTitleLabel} value={draft.titel ?? ''} errorMessage={errorAt('titel')} onChange={(_e, value) => set({ titel: value === '' ? undefined : value })} />
        <Dropdown
          label={strings.shapesSummaryLabel}
          options={[
            { key: 'granskning', text: strings.shapesSummaryGranskning },
            { key: 'status', text: strings.shapesSummaryStatus },
            { key: 'ingen', text: strings.shapesSummaryIngen }
          ]}
          selectedKey={draft.sammanfattning ?? 'granskning'}
          onChange={(_e, option) => option && set({ sammanfattning: String(option.key) as SummaryKind })}
        />
        <Dropdown
          label={strings.shapesOrientationLabel}
          options={[
            { key: 'auto', text: strings.shapesOrientationAuto },
            { key: 'staende', text: strings.shapesOrientationPortrait },
            { key: 'liggande', text: strings.shapesOrientationLandscape }
          ]}
          selectedKey={draft.sidorientering ?? 'auto'}
          onChange={(_e, option) => option && set({ sidorientering: option.key === 'auto' ? undefined : (String(option.key) as PageOrientation) })}
        />
        <Dropdown
          label={strings.shapesStatusDisplayLabel}
          options={[dflt, { key: 'ord', text: strings.shapesStatusWord }, { key: 'symbol-och-ord', text: strings.shapesStatusSymbolWord }, { key: 'symbol', text: strings.shapesStatusSymbol }]}
          selectedKey={draft.statusvisning ?? ''}
          onChange={(_e, option) => option && set({ statusvisning: option.key === '' ? undefined : (String(option.key) as StatusDisplay) })}
        />
      </div>
      {draft.tabeller.map((_table, t) => (
        <TableEditor key={t} shape={draft} t={t} issues={issues} onChange={change} onAnnounce={setAnnouncement} />
      ))}
      <div>
        <DefaultButton iconProps={{ iconName: 'Add' }} text={strings.shapesAddTable} onClick={() => change(addTable(draft))} />
      </div>
    </div>
  );

  const json = (
    <TextField
      label={strings.shapesJsonLabel}
      description={strings.shapesJsonHelp}
      multiline={true}
      rows={24}
      readOnly={readOnly}
      spellCheck={false}
      inputClassName={classes.json}
      value={jsonText}
      errorMessage={issues.length > 0 && !readOnly ? formatText(strings.shapesIssuesCount, { count: issues.length }) : undefined}
      onChange={(_e, value) => changeJson(value ?? '')}
    />
  );

  return (
    <div className={classes.root}>
      <h2 style={{ fontSize: 22, fontWeight: 600, margin: 0 }}>{formatText(strings.shapesEditorHeading, { name: draft.namn || draft.id })}</h2>
      {readOnly && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
          {strings.shapesBuiltInNotice}
        </MessageBar>
      )}
      {issues.length > 0 && (
        <div role="alert" aria-labelledby="ik-formfel-rubrik">
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
            <strong id="ik-formfel-rubrik">{strings.shapesIssuesHeading}</strong>
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }} data-testid="ik-formfel">
              {issues.map((issue, index) => (
                <li key={index}>{issueText(issue, strings)}</li>
              ))}
            </ul>
          </MessageBar>
        </div>
      )}
      {saveError !== undefined && (saveIssues === undefined || saveIssues.length === 0) && <MessageBar messageBarType={MessageBarType.error}>{saveError}</MessageBar>}
      <div className={classes.visuallyHidden} aria-live="polite">
        {announcement}
      </div>
      {readOnly ? (
        json
      ) : (
        <Pivot selectedKey={tab} onLinkClick={(item) => item && setTab(item.props.itemKey === 'json' ? 'json' : 'visual')}>
          <PivotItem headerText={strings.shapesTabVisual} itemKey="visual">
            <div style={{ paddingTop: 12 }}>{visual}</div>
          </PivotItem>
          <PivotItem headerText={strings.shapesTabJson} itemKey="json">
            <div style={{ paddingTop: 12 }}>{json}</div>
          </PivotItem>
        </Pivot>
      )}
      <div className={classes.actions}>
        {readOnly ? (
          props.onCopy && <PrimaryButton iconProps={{ iconName: 'Copy' }} text={strings.shapesCopyToOwn} onClick={() => props.onCopy!(props.shape)} />
        ) : (
          <PrimaryButton text={saving ? strings.saving : strings.save} disabled={saving || issues.length > 0} onClick={() => void save()} />
        )}
        <DefaultButton text={readOnly ? strings.shapesBack : strings.cancel} disabled={saving} onClick={props.onCancel} />
      </div>
      <ShapePreview service={service} shape={readOnly ? props.shape : previewShape} datum={props.datum} />
    </div>
  );
}
