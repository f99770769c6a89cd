import * as React from 'react';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

import { isHexColour, riskLevelFor, RiskMatrix, setCellLevel, ValidationIssue } from '../../model';
import { levelLabel } from '../common/labels';
import { COLOURS, sharedClasses } from '../common/styles';
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

const classes = mergeStyleSets({
  table: { borderCollapse: 'separate', borderSpacing: 3 },
  corner: { fontSize: 12, color: COLOURS.secondaryText, textAlign: 'left', verticalAlign: 'bottom', fontWeight: 600, width: 110 },
  rowHeader: { fontSize: 12, fontWeight: 400, textAlign: 'right', paddingRight: 6, width: 110, lineHeight: '1.2' },
  colHeader: { fontSize: 12, fontWeight: 400, textAlign: 'center', verticalAlign: 'bottom', lineHeight: '1.2', paddingBottom: 4, minWidth: 60 },
  stepNumber: { display: 'block', fontWeight: 600, fontSize: 13 },
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
  const [active, setActive] = React.useState<{ row: number; col: number }>({ row: 0, col: 0 });
  const [announcement, setAnnouncement] = React.useState('');
  const buttons = React.useRef<Record<string, HTMLButtonElement | undefined>>({});
  const brushKey = matrix.levels.some((level) => level.key === brush) ? brush : matrix.levels.length > 0 ? matrix.levels[0].key : '';

  const focusCell = (row: number, col: number): void => {
    const r = Math.max(0, Math.min(rows - 1, row));
    const c = Math.max(0, Math.min(columns - 1, col));
    setActive({ row: r, col: c });
    const button = buttons.current[`${r}:${c}`];
    if (button) {
      button.focus();
    }
  };

  const paint = (sannolikhet: number, konsekvens: number, levelKey: string): void => {
    const level = matrix.levels.filter((l) => l.key === levelKey)[0];
    if (!level) {
      return;
    }
    props.onChange(setCellLevel(matrix, sannolikhet, konsekvens, levelKey));
    setAnnouncement(formatText(strings.matrixCellChanged, { s: sannolikhet, k: konsekvens, level: levelLabel(level, strings) }));
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLButtonElement>, row: number, col: number, sannolikhet: number, konsekvens: number): void => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [row - 1, col],
      ArrowDown: [row + 1, col],
      ArrowLeft: [row, col - 1],
      ArrowRight: [row, col + 1],
      Home: [row, 0],
      End: [row, columns - 1]
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      focusCell(move[0], move[1]);
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
      <table role="grid" className={classes.table} id={fieldId(`${basePath}.grid`)} aria-label={strings.matrixGridLabel} aria-describedby="ik-matrix-grid-hint">
        <thead>
          <tr>
            <th scope="col" className={classes.corner}>
              {strings.heatMapKonsekvensAxis} →
              <br />
              {strings.heatMapSannolikhetAxis} ↑
            </th>
            {matrix.konsekvens.map((_step, k) => (
              <th scope="col" key={k} className={classes.colHeader}>
                <span className={classes.stepNumber}>{k + 1}</span>
                {stepLabel(matrix, 'konsekvens', k, strings)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_x, r) => {
            // Highest sannolikhet at the top, as the heat map shows it.
            const sannolikhet = rows - r;
            return (
              <tr key={sannolikhet}>
                <th scope="row" className={classes.rowHeader}>
                  <span className={classes.stepNumber}>{sannolikhet}</span>
                  {stepLabel(matrix, 'sannolikhet', sannolikhet - 1, strings)}
                </th>
                {Array.from({ length: columns }, (_y, c) => {
                  const konsekvens = c + 1;
                  const level = riskLevelFor(matrix, { sannolikhet, konsekvens });
                  const style: React.CSSProperties =
                    level && isHexColour(level.colour) && isHexColour(level.textColour)
                      ? { backgroundColor: level.colour, color: level.textColour }
                      : { backgroundColor: '#ffffff', color: COLOURS.text, borderColor: '#a4262c' };
                  return (
                    <td key={konsekvens} role="gridcell" style={{ padding: 0 }}>
                      <button
                        type="button"
                        className={classes.cell}
                        style={style}
                        ref={(element) => {
                          buttons.current[`${r}:${c}`] = element || undefined;
                        }}
                        tabIndex={active.row === r && active.col === c ? 0 : -1}
                        aria-label={editorCellName(matrix, sannolikhet, konsekvens, strings)}
                        data-sannolikhet={sannolikhet}
                        data-konsekvens={konsekvens}
                        onFocus={() => setActive({ row: r, col: c })}
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
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
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
