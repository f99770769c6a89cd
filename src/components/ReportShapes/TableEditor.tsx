/**
 * One table of a shape in the visual editor: what a row is, grouping, periods side by side,
 * status display, and its columns — each with field, heading, relative width, spans, per-period
 * repetition and level display — ordered with buttons a keyboard reaches (move up / move down).
 */
import * as React from 'react';
import { DefaultButton, IconButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

import { REPORT_FIELDS, isReportFieldName, type ReportFieldName } from '../../reports/shape/fields';
import type { ReportShapeIssue } from '../../reports/shape/issues';
import type { LevelDisplay, ReportShape, ReportShapeColumn, ReportShapeTable, RowSource, StatusDisplay } from '../../reports/shape/types';
import { issueText } from '../common/labels';
import { formatText, useStrings } from '../i18n';
import { addColumn, columnField, fieldsForRows, issuesAt, moveColumn, removeColumn, removeTable, updateColumn, updateTable } from './shapeDraft';

const classes = mergeStyleSets({
  table: { border: '1px solid #c8c6c4', borderRadius: 4, padding: 12, margin: '0 0 16px' },
  legend: { fontSize: 16, fontWeight: 600, padding: '0 4px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px 16px', alignItems: 'flex-end' },
  column: { border: '1px solid #e1dfdd', borderRadius: 4, padding: 8, margin: '8px 0', listStyle: 'none' },
  columnList: { margin: 0, padding: 0 },
  narrow: { width: 110 },
  wide: { minWidth: 240 },
  moves: { display: 'flex', gap: 4, alignItems: 'flex-end' }
});

/** Props of one table's editor. */
export interface ITableEditorProps {
  shape: ReportShape;
  /** Index of the table. */
  t: number;
  issues: readonly ReportShapeIssue[];
  onChange: (shape: ReportShape) => void;
  /** Tells screen readers what a move did. */
  onAnnounce: (text: string) => void;
}

/** The issues at a path as one error text, in the UI's language. */
function useErrorAt(issues: readonly ReportShapeIssue[]): (path: string) => string | undefined {
  const strings = useStrings();
  return (path: string) => {
    const found = issuesAt(issues, path, true);
    return found.length > 0 ? found.map((issue) => issueText(issue, strings)).join(' ') : undefined;
  };
}

/** A table of the shape. */
export function TableEditor(props: ITableEditorProps): React.ReactElement {
  const strings = useStrings();
  const { shape, t, issues, onChange } = props;
  const table: ReportShapeTable = shape.tabeller[t];
  const base = `tabeller[${t}]`;
  const errorAt = useErrorAt(issues);
  const pendingFocus = React.useRef<string | undefined>(undefined);
  const buttons = React.useRef(new Map<string, HTMLElement>());
  const nr = t + 1;

  React.useEffect(() => {
    if (pendingFocus.current !== undefined) {
      buttons.current.get(pendingFocus.current)?.focus();
      pendingFocus.current = undefined;
    }
  });

  const fieldOptions: IDropdownOption[] = fieldsForRows(table.rader).map((name) => ({
    key: name,
    text: strings.language === 'en' ? REPORT_FIELDS[name].labelEn : REPORT_FIELDS[name].label
  }));
  const dflt = { key: '', text: strings.shapesDefault };
  const statusOptions: IDropdownOption[] = [
    dflt,
    { key: 'ord', text: strings.shapesStatusWord },
    { key: 'symbol-och-ord', text: strings.shapesStatusSymbolWord },
    { key: 'symbol', text: strings.shapesStatusSymbol }
  ];

  const move = (c: number, to: number, direction: 'up' | 'down'): void => {
    const next = moveColumn(shape, t, c, to);
    const moved = next.tabeller[t].kolumner[to];
    onChange(next);
    // Keep the focus on the same button of the moved column, or the other one at an end.
    const last = next.tabeller[t].kolumner.length - 1;
    const keep = (direction === 'up' && to === 0) || (direction === 'down' && to === last) ? (direction === 'up' ? 'down' : 'up') : direction;
    pendingFocus.current = `${to}-${keep}`;
    props.onAnnounce(formatText(strings.shapesColumnMoved, { heading: moved.rubrik, nr: to + 1, total: last + 1 }));
  };

  const columnEditor = (column: ReportShapeColumn, c: number): React.ReactElement => {
    const path = `${base}.kolumner[${c}]`;
    const field = columnField(column);
    const info = isReportFieldName(field) ? REPORT_FIELDS[field] : undefined;
    const count = table.kolumner.length;
    const set = (patch: Partial<ReportShapeColumn>): void => onChange(updateColumn(shape, t, c, patch));
    const ref = (key: string) => (element: HTMLElement | null): void => {
      if (element) {
        buttons.current.set(`${c}-${key}`, element);
      }
    };
    return (
      <li key={c} className={classes.column}>
        <div className={classes.row} role="group" aria-label={formatText(strings.shapesColumnName, { nr: c + 1, heading: column.rubrik })}>
          <Dropdown
            className={classes.wide}
            label={strings.shapesFieldLabel}
            options={info ? fieldOptions : [{ key: field, text: field }, ...fieldOptions]}
            selectedKey={field}
            errorMessage={errorAt(`${path}.falt`)}
            onChange={(_event, option) => option && set({ falt: String(option.key) as ReportFieldName, perPeriod: REPORT_FIELDS[String(option.key) as ReportFieldName]?.perPeriod ? column.perPeriod : undefined })}
          />
          <TextField className={classes.wide} label={strings.shapesHeadingLabel} value={column.rubrik} errorMessage={errorAt(`${path}.rubrik`)} onChange={(_event, value) => set({ rubrik: value ?? '' })} />
          <TextField
            className={classes.narrow}
            label={strings.shapesWidthLabel}
            type="number"
            min={0.1}
            max={100}
            step={0.1}
            value={String(column.bredd)}
            errorMessage={errorAt(`${path}.bredd`)}
            onChange={(_event, value) => set({ bredd: value === undefined || value.trim() === '' ? Number.NaN : Number(value) })}
          />
          <Dropdown
            label={strings.shapesSpanLabel}
            options={[
              { key: '', text: strings.shapesSpanNone },
              { key: 'risk', text: strings.shapesSpanRisk },
              { key: 'lika', text: strings.shapesSpanEqual }
            ]}
            selectedKey={column.sammanfoga ?? ''}
            errorMessage={errorAt(`${path}.sammanfoga`)}
            onChange={(_event, option) => option && set({ sammanfoga: option.key === '' ? undefined : (String(option.key) as 'risk' | 'lika') })}
          />
          {info?.kind === 'status' && (
            <Dropdown
              label={strings.shapesStatusDisplayLabel}
              options={statusOptions}
              selectedKey={column.statusvisning ?? ''}
              onChange={(_event, option) => option && set({ statusvisning: option.key === '' ? undefined : (String(option.key) as StatusDisplay) })}
            />
          )}
          {info?.kind === 'level' && (
            <Dropdown
              label={strings.shapesLevelDisplayLabel}
              options={[
                dflt,
                { key: 'ord-och-varde', text: strings.shapesLevelWordValue },
                { key: 'ord', text: strings.shapesLevelWord },
                { key: 'varde', text: strings.shapesLevelValue }
              ]}
              selectedKey={column.nivavisning ?? ''}
              onChange={(_event, option) => option && set({ nivavisning: option.key === '' ? undefined : (String(option.key) as LevelDisplay) })}
            />
          )}
          {info?.perPeriod && (
            <Checkbox label={strings.shapesPerPeriodLabel} checked={column.perPeriod === true} onChange={(_event, checked) => set({ perPeriod: checked ? true : undefined })} />
          )}
          <div className={classes.moves}>
            <IconButton
              elementRef={ref('up')}
              iconProps={{ iconName: 'ChevronUp' }}
              title={formatText(strings.shapesMoveUp, { nr: c + 1 })}
              ariaLabel={formatText(strings.shapesMoveUp, { nr: c + 1 })}
              disabled={c === 0}
              onClick={() => move(c, c - 1, 'up')}
            />
            <IconButton
              elementRef={ref('down')}
              iconProps={{ iconName: 'ChevronDown' }}
              title={formatText(strings.shapesMoveDown, { nr: c + 1 })}
              ariaLabel={formatText(strings.shapesMoveDown, { nr: c + 1 })}
              disabled={c === count - 1}
              onClick={() => move(c, c + 1, 'down')}
            />
            <IconButton
              iconProps={{ iconName: 'Delete' }}
              title={formatText(strings.shapesRemoveColumn, { nr: c + 1 })}
              ariaLabel={formatText(strings.shapesRemoveColumn, { nr: c + 1 })}
              onClick={() => onChange(removeColumn(shape, t, c))}
            />
          </div>
        </div>
      </li>
    );
  };

  const grouping = table.gruppering?.typ ?? 'ingen';
  return (
    <fieldset className={classes.table}>
      <legend className={classes.legend}>{formatText(strings.shapesTableHeading, { nr })}</legend>
      <div className={classes.row}>
        <TextField className={classes.wide} label={strings.shapesTableTitleLabel} value={table.rubrik ?? ''} errorMessage={errorAt(`${base}.rubrik`)} onChange={(_event, value) => onChange(updateTable(shape, t, { rubrik: value === '' ? undefined : value }))} />
        <Dropdown
          label={strings.shapesRowsLabel}
          options={[
            { key: 'kontrollmoment', text: strings.shapesRowsKontrollmoment },
            { key: 'atgard', text: strings.shapesRowsAtgard },
            { key: 'risk', text: strings.shapesRowsRisk },
            { key: 'avvikelse', text: strings.shapesRowsAvvikelse }
          ]}
          selectedKey={table.rader}
          errorMessage={issuesAt(issues, `${base}.rader`).map((issue) => issueText(issue, strings)).join(' ') || undefined}
          onChange={(_event, option) => option && onChange(updateTable(shape, t, { rader: String(option.key) as RowSource }))}
        />
        <Dropdown
          label={strings.shapesGroupingLabel}
          options={[
            { key: 'ingen', text: strings.shapesGroupingNone },
            { key: 'riskvarde', text: strings.shapesGroupingRisk },
            { key: 'omrade', text: strings.shapesGroupingArea }
          ]}
          selectedKey={grouping}
          errorMessage={errorAt(`${base}.gruppering`)}
          onChange={(_event, option) =>
            option && onChange(updateTable(shape, t, { gruppering: option.key === 'ingen' ? undefined : { typ: String(option.key) as 'riskvarde' | 'omrade' } }))
          }
        />
        {grouping !== 'ingen' && (
          <TextField
            className={classes.wide}
            label={strings.shapesGroupHeadingLabel}
            value={table.gruppering?.rubrik ?? ''}
            onChange={(_event, value) => onChange(updateTable(shape, t, { gruppering: { ...table.gruppering!, rubrik: value === '' ? undefined : value } }))}
          />
        )}
        <Dropdown
          label={strings.shapesPeriodsLabel}
          options={[
            { key: 'vald', text: strings.shapesPeriodsChosen },
            { key: 'till-och-med-vald', text: strings.shapesPeriodsUpTo },
            { key: 'alla', text: strings.shapesPeriodsAll }
          ]}
          selectedKey={table.perioder ?? 'vald'}
          onChange={(_event, option) => option && onChange(updateTable(shape, t, { perioder: option.key === 'vald' ? undefined : (String(option.key) as 'alla' | 'till-och-med-vald') }))}
        />
        <Dropdown
          label={strings.shapesStatusDisplayLabel}
          options={statusOptions}
          selectedKey={table.statusvisning ?? ''}
          onChange={(_event, option) => option && onChange(updateTable(shape, t, { statusvisning: option.key === '' ? undefined : (String(option.key) as StatusDisplay) }))}
        />
      </div>
      <h4 style={{ margin: '12px 0 0', fontSize: 14 }}>{formatText(strings.shapesColumnsHeading, { nr })}</h4>
      {errorAt(`${base}.kolumner`) !== undefined && issuesAt(issues, `${base}.kolumner`).length > 0 && (
        <p role="alert" style={{ color: '#a4262c', margin: '4px 0' }}>
          {issuesAt(issues, `${base}.kolumner`).map((issue) => issueText(issue, strings)).join(' ')}
        </p>
      )}
      <ul className={classes.columnList}>{table.kolumner.map(columnEditor)}</ul>
      <div className={classes.row}>
        <DefaultButton iconProps={{ iconName: 'Add' }} text={strings.shapesAddColumn} onClick={() => onChange(addColumn(shape, t, fieldsForRows(table.rader)[0]))} />
        {shape.tabeller.length > 1 && (
          <DefaultButton iconProps={{ iconName: 'Delete' }} text={formatText(strings.shapesRemoveTable, { nr })} onClick={() => onChange(removeTable(shape, t))} />
        )}
      </div>
    </fieldset>
  );
}
