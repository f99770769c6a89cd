import * as React from 'react';
import { ActionButton, DefaultButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { TextField } from '@fluentui/react/lib/TextField';

import { PeriodKind, PeriodPreset, PeriodTemplate, presetTemplates, ValidationIssue } from '../../model';
import { COLOURS, sharedClasses } from '../common/styles';
import { formatText, useStrings } from '../i18n';
import { fieldId, issueAt } from '../RiskMatrixEditor/matrixEditorModel';

/** Props of the default periods editor. */
export interface IPeriodTemplatesEditorProps {
  /** The periods, as month-day templates. */
  periods: PeriodTemplate[];
  /** Called with the changed periods. */
  onChange: (periods: PeriodTemplate[]) => void;
  /** Issues with paths below `basePath`. */
  issues: ValidationIssue[];
  /** Path of the periods in the issues, "installningar.defaultPeriods". */
  basePath: string;
}

const classes = mergeStyleSets({
  presets: { display: 'flex', flexWrap: 'wrap', gap: 8, margin: '0 0 12px' },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    selectors: { 'th, td': { padding: '4px 6px', verticalAlign: 'top', textAlign: 'left' }, th: { fontSize: 13, color: COLOURS.secondaryText, fontWeight: 600 } }
  },
  short: { width: 110 }
});

const KINDS: PeriodKind[] = ['tertial', 'delar', 'helar', 'halvar', 'kvartal', 'manad', 'annan'];

/** The organisation's default periods: start from a common set, or edit each period's key, label, first and last day (MM-DD) and kind. */
export function PeriodTemplatesEditor(props: IPeriodTemplatesEditorProps): React.ReactElement {
  const strings = useStrings();
  const { periods, basePath, issues } = props;
  const presets: Array<[PeriodPreset, string]> = [
    ['tertial-delar-helar', strings.periodPresetStandard],
    ['tertial', strings.periodPresetTertial],
    ['delar-helar', strings.periodPresetDelarHelar],
    ['halvar', strings.periodPresetHalvar],
    ['kvartal', strings.periodPresetKvartal]
  ];
  const kindText: Record<PeriodKind, string> = {
    tertial: strings.periodKindTertial,
    delar: strings.periodKindDelar,
    helar: strings.periodKindHelar,
    halvar: strings.periodKindHalvar,
    kvartal: strings.periodKindKvartal,
    manad: strings.periodKindManad,
    annan: strings.periodKindAnnan
  };
  const update = (index: number, changes: Partial<PeriodTemplate>): void =>
    props.onChange(periods.map((period, i) => (i === index ? { ...period, ...changes } : period)));
  return (
    <div>
      <div className={classes.presets} role="group" aria-label={strings.periodPresetsLabel}>
        {presets.map(([preset, label]) => (
          <DefaultButton key={preset} text={label} onClick={() => props.onChange(presetTemplates(preset))} />
        ))}
      </div>
      <table className={classes.table}>
        <caption className={sharedClasses.visuallyHidden}>{strings.periodsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.periodKey}</th>
            <th scope="col">{strings.periodLabelColumn}</th>
            <th scope="col">{strings.periodStart}</th>
            <th scope="col">{strings.periodEnd}</th>
            <th scope="col">{strings.periodKind}</th>
            <th scope="col">
              <span className={sharedClasses.visuallyHidden}>{strings.matrixLevelActions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {periods.map((period, i) => {
            const path = `${basePath}[${i}]`;
            const name = period.label || formatText(strings.periodUnnamed, { n: i + 1 });
            return (
              <tr key={i}>
                <td>
                  <TextField className={classes.short} id={fieldId(`${path}.key`)} ariaLabel={formatText(strings.periodKeyName, { name })} value={period.key} errorMessage={issueAt(issues, `${path}.key`, strings)} onChange={(_e, v) => update(i, { key: v || '' })} />
                </td>
                <td>
                  <TextField id={fieldId(`${path}.label`)} ariaLabel={formatText(strings.periodLabelName, { n: i + 1 })} value={period.label} errorMessage={issueAt(issues, `${path}.label`, strings)} onChange={(_e, v) => update(i, { label: v || '' })} />
                </td>
                <td>
                  <TextField className={classes.short} id={fieldId(`${path}.start`)} ariaLabel={formatText(strings.periodStartName, { name })} placeholder="MM-DD" value={period.start} errorMessage={issueAt(issues, `${path}.start`, strings)} onChange={(_e, v) => update(i, { start: v || '' })} />
                </td>
                <td>
                  <TextField className={classes.short} id={fieldId(`${path}.end`)} ariaLabel={formatText(strings.periodEndName, { name })} placeholder="MM-DD" value={period.end} errorMessage={issueAt(issues, `${path}.end`, strings)} onChange={(_e, v) => update(i, { end: v || '' })} />
                </td>
                <td>
                  <Dropdown
                    id={fieldId(`${path}.kind`)}
                    ariaLabel={formatText(strings.periodKindName, { name })}
                    options={KINDS.map((kind) => ({ key: kind, text: kindText[kind] }))}
                    selectedKey={period.kind}
                    errorMessage={issueAt(issues, `${path}.kind`, strings)}
                    onChange={(_e, option) => option && update(i, { kind: option.key as PeriodKind })}
                  />
                </td>
                <td>
                  <ActionButton iconProps={{ iconName: 'Delete' }} text={strings.periodRemove} ariaLabel={formatText(strings.periodRemoveName, { name })} onClick={() => props.onChange(periods.filter((_p, j) => j !== i))} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <DefaultButton iconProps={{ iconName: 'Add' }} text={strings.periodAdd} onClick={() => props.onChange([...periods, { key: '', label: '', start: '', end: '', kind: 'annan' }])} />
    </div>
  );
}
