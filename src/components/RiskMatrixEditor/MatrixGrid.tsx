import * as React from 'react';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

import { isHexColour, riskLevelFor, RiskMatrix, setCellLevel, ValidationIssue } from '../../model';
import { levelLabel } from '../common/labels';
import { MATRIX_GRID_STYLES, MatrixGridLayout } from '../common/MatrixGridLayout';
import { COLOURS, sharedClasses } from '../common/styles';
import { useGridFocus } from '../common/useGridFocus';
import { formatText, useStrings } from '../i18n';
import { editorCellName, fieldId, issueAt, stepLabel } from './matrixEditorModel';

/** Props of the editable grid. */
export interface IMatrixGridProps {
  /** The matrix being edited. */
  matrix: RiskMatrix;
  /** Called with the changed matrix. */
  onChange: (matrix: RiskMatrix) => void;
  /** Issues with paths below `basePath`. */
  issues: ValidationIssue[];
  /** Path of the matrix in the issues. */
  basePath: string;
}

const classes = mergeStyleSets(MATRIX_GRID_STYLES, {
  table: { borderSpacing: 3 },
  corner: { color: COLOURS.secondaryText, width: 110 },
  rowHeader: { width: 110 },
  colHeader: { minWidth: 60 },
  cell: {
    width: '100%',
    minWidth: 60,
    height: 52,
    border: '2px solid transparent',
    borderRadius: 4,
    cursor: 'pointer',
    fontFamily: 'inherit',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    selectors: { ':focus': { outline: 'none' }, ':focus-visible': { outline: `3px solid ${COLOURS.text}`, outlineOffset: 2 } }
  },
  value: { fontSize: 11, lineHeight: '1.1', order: 2 },
  level: { fontSize: 12, fontWeight: 600, lineHeight: '1.2', order: 1 },
  brush: { marginBottom: 8 },
  hint: { margin: '6px 0 0', fontSize: 13, color: COLOURS.secondaryText },
  error: { color: '#a4262c', fontSize: 12, margin: '4px 0 0' }
});

/**
 * The matrix itself, edited on the grid: choose a level, then click a cell (or move with the
 * arrow keys and press Enter or Space) to give it that level; the digit keys 1–9 give the
 * focused cell that level directly. One tab stop (ARIA grid), each change announced.
 */
export function MatrixGrid(props: IMatrixGridProps): React.ReactElement {
  const strings = useStrings();
  const { matrix, basePath, issues } = props;
  const rows = matrix.sannolikhet.length;
  const columns = matrix.konsekvens.length;
  const [brush, setBrush] = React.useState<string>(matrix.levels.length > 0 ? matrix.levels[matrix.levels.length - 1].key : '');
  const focus = useGridFocus(rows, columns, () => ({ row: 0, col: 0 }));
  const [announcement, setAnnouncement] = React.useState('');
  const brushKey = matrix.levels.some((level) => level.key === brush) ? brush : matrix.levels.length > 0 ? matrix.levels[0].key : '';

  const paint = (sannolikhet: number, konsekvens: number, levelKey: string): void => {
    const level = matrix.levels.filter((l) => l.key === levelKey)[0];
    if (!level) {
      return;
    }
    props.onChange(setCellLevel(matrix, sannolikhet, konsekvens, levelKey));
    setAnnouncement(formatText(strings.matrixCellChanged, { s: sannolikhet, k: konsekvens, level: levelLabel(level, strings) }));
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLButtonElement>, row: number, col: number, sannolikhet: number, konsekvens: number): void => {
    if (focus.moveFocus(event, row, col)) {
      return;
    }
    if (/^[1-9]$/.test(event.key)) {
      const level = matrix.levels[Number(event.key) - 1];
      if (level) {
        event.preventDefault();
        paint(sannolikhet, konsekvens, level.key);
      }
    }
  };

  const gridError = issueAt(issues, `${basePath}.grid`, strings, true);

  return (
    <div>
      <ChoiceGroup
        className={classes.brush}
        label={strings.matrixBrushLabel}
        selectedKey={brushKey}
        styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', gap: '4px 16px' } }}
        options={matrix.levels.map((level, i) => ({
          key: level.key,
          text: `${i + 1}. ${levelLabel(level, strings) || formatText(strings.matrixLevelUnnamed, { n: i + 1 })}`
        }))}
        onChange={(_event, option) => option && setBrush(String(option.key))}
      />
      <MatrixGridLayout
        matrix={matrix}
        classNames={classes}
        stepLabel={(axis, index) => stepLabel(matrix, axis, index, strings)}
        tableProps={{ role: 'grid', id: fieldId(`${basePath}.grid`), 'aria-label': strings.matrixGridLabel, 'aria-describedby': 'ik-matrix-grid-hint' }}
        renderCell={({ row: r, col: c, sannolikhet, konsekvens }) => {
          const level = riskLevelFor(matrix, { sannolikhet, konsekvens });
          const style: React.CSSProperties =
            level && isHexColour(level.colour) && isHexColour(level.textColour)
              ? { backgroundColor: level.colour, color: level.textColour }
              : { backgroundColor: '#ffffff', color: COLOURS.text, borderColor: '#a4262c' };
          return (
            <td role="gridcell" style={{ padding: 0 }}>
              <button
                type="button"
                className={classes.cell}
                style={style}
                ref={focus.cellRef(r, c)}
                tabIndex={focus.tabIndexOf(r, c)}
                aria-label={editorCellName(matrix, sannolikhet, konsekvens, strings)}
                data-sannolikhet={sannolikhet}
                data-konsekvens={konsekvens}
                onFocus={() => focus.setActive({ row: r, col: c })}
                onKeyDown={(event) => onKeyDown(event, r, c, sannolikhet, konsekvens)}
                onClick={() => paint(sannolikhet, konsekvens, brushKey)}
              >
                {/* Text "9 Hög" in the order of the name (WCAG 2.5.3 Label in Name), the space keeping the words apart; the level is drawn first. */}
                <span className={classes.value} aria-hidden="true">
                  {sannolikhet * konsekvens}
                </span>{' '}
                <span className={classes.level} aria-hidden="true">
                  {level ? levelLabel(level, strings) : '?'}
                </span>
              </button>
            </td>
          );
        }}
      />
      <p id="ik-matrix-grid-hint" className={classes.hint}>
        {strings.matrixGridHint}
      </p>
      {gridError !== undefined && (
        <p className={classes.error} role="alert">
          {gridError}
        </p>
      )}
      <div className={sharedClasses.visuallyHidden} aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
