import * as React from 'react';
import { ActionButton, DefaultButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { TextField } from '@fluentui/react/lib/TextField';

import { addLevel, cellsPerLevel, isHexColour, removeLevel, RiskMatrix, updateLevel, ValidationIssue } from '../../model';
import { formatText, useStrings } from '../i18n';
import { COLOURS, sharedClasses } from '../common/styles';
import { contrastText, fieldId, issueAt } from './matrixEditorModel';

/** Props of the levels table. */
export interface IMatrixLevelsProps {
  /** The matrix being edited. */
  matrix: RiskMatrix;
  /** Called with the changed matrix. */
  onChange: (matrix: RiskMatrix) => void;
  /** Issues with paths below `basePath`. */
  issues: ValidationIssue[];
  /** Path of the matrix in the issues. */
  basePath: string;
}

const classes = mergeStyleSets({
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    selectors: { 'th, td': { padding: '4px 6px', verticalAlign: 'top', textAlign: 'left' }, th: { fontSize: 13, color: COLOURS.secondaryText, fontWeight: 600 } }
  },
  colour: { display: 'flex', alignItems: 'flex-start', gap: 6 },
  picker: { width: 36, height: 32, padding: 0, border: `1px solid ${COLOURS.border}`, borderRadius: 2, background: 'transparent', cursor: 'pointer' },
  hex: { width: 110 },
  sample: { display: 'inline-block', minWidth: 88, padding: '6px 8px', borderRadius: 4, fontWeight: 600, textAlign: 'center', border: '1px solid #8a8886' },
  contrast: { display: 'block', fontSize: 12, marginTop: 4 },
  fails: { color: '#a4262c', fontWeight: 600 },
  passes: { color: '#0b5a08' }
});

/** A colour: the hex field and the browser's colour chooser side by side, one value. */
function ColourField(props: { id: string; label: string; value: string; error?: string; onChange: (value: string) => void }): React.ReactElement {
  const strings = useStrings();
  return (
    <div className={classes.colour}>
      <TextField className={classes.hex} id={props.id} ariaLabel={props.label} value={props.value} errorMessage={props.error} onChange={(_e, value) => props.onChange(value || '')} />
      <input
        type="color"
        className={classes.picker}
        aria-label={formatText(strings.matrixColourPickerName, { label: props.label })}
        value={isHexColour(props.value) && props.value.length === 7 ? props.value.toLowerCase() : '#ffffff'}
        onChange={(event) => props.onChange(event.target.value.toUpperCase())}
      />
    </div>
  );
}

/**
 * The levels: Swedish and English names, colour and text colour, with the text's contrast on
 * its colour checked live against WCAG AA (4.5:1); levels can be added and removed (a removed
 * level's cells go to the level below it).
 */
export function MatrixLevels(props: IMatrixLevelsProps): React.ReactElement {
  const strings = useStrings();
  const { matrix, basePath, issues } = props;
  const counts = cellsPerLevel(matrix);
  return (
    <div>
      <table className={classes.table}>
        <thead>
          <tr>
            <th scope="col">{strings.matrixLevelNameSv}</th>
            <th scope="col">{strings.matrixLevelNameEn}</th>
            <th scope="col">{strings.matrixLevelColour}</th>
            <th scope="col">{strings.matrixLevelTextColour}</th>
            <th scope="col">{strings.matrixLevelSample}</th>
            <th scope="col">
              <span className={sharedClasses.visuallyHidden}>{strings.matrixLevelActions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.levels.map((level, i) => {
            const path = `${basePath}.levels[${i}]`;
            const name = level.label || formatText(strings.matrixLevelUnnamed, { n: i + 1 });
            const contrast = contrastText(level, strings);
            return (
              <tr key={level.key}>
                <td>
                  <TextField
                    id={fieldId(`${path}.label`)}
                    ariaLabel={formatText(strings.matrixLevelNameSvName, { n: i + 1 })}
                    value={level.label}
                    required={true}
                    errorMessage={issueAt(issues, `${path}.label`, strings) ?? issueAt(issues, `${path}.key`, strings)}
                    onChange={(_e, value) => props.onChange(updateLevel(matrix, level.key, { label: value || '' }))}
                  />
                </td>
                <td>
                  <TextField
                    id={fieldId(`${path}.labelEn`)}
                    ariaLabel={formatText(strings.matrixLevelNameEnName, { n: i + 1 })}
                    value={level.labelEn ?? ''}
                    onChange={(_e, value) => props.onChange(updateLevel(matrix, level.key, { labelEn: value === '' ? undefined : value }))}
                  />
                </td>
                <td>
                  <ColourField
                    id={fieldId(`${path}.colour`)}
                    label={formatText(strings.matrixLevelColourName, { name })}
                    value={level.colour}
                    error={issueAt(issues, `${path}.colour`, strings)}
                    onChange={(colour) => props.onChange(updateLevel(matrix, level.key, { colour }))}
                  />
                </td>
                <td>
                  <ColourField
                    id={fieldId(`${path}.textColour`)}
                    label={formatText(strings.matrixLevelTextColourName, { name })}
                    value={level.textColour}
                    error={issueAt(issues, `${path}.textColour`, strings)}
                    onChange={(textColour) => props.onChange(updateLevel(matrix, level.key, { textColour }))}
                  />
                </td>
                <td>
                  <span
                    className={classes.sample}
                    style={isHexColour(level.colour) && isHexColour(level.textColour) ? { backgroundColor: level.colour, color: level.textColour } : undefined}
                    aria-hidden="true"
                  >
                    {name}
                  </span>
                  {/* Announced as it changes, so a screen-reader user hears the new ratio while choosing colours. */}
                  <span className={`${classes.contrast} ${contrast.passes ? classes.passes : classes.fails}`} aria-live="polite">
                    {contrast.text}
                  </span>
                </td>
                <td>
                  <ActionButton
                    iconProps={{ iconName: 'Delete' }}
                    text={strings.matrixRemoveLevel}
                    ariaLabel={formatText(strings.matrixRemoveLevelName, { name, cells: counts[level.key] || 0 })}
                    disabled={matrix.levels.length <= 1}
                    onClick={() => props.onChange(removeLevel(matrix, level.key))}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <DefaultButton
        iconProps={{ iconName: 'Add' }}
        text={strings.matrixAddLevel}
        disabled={matrix.levels.length >= 10}
        onClick={() => props.onChange(addLevel(matrix, '', '#5C2E91'))}
      />
    </div>
  );
}
