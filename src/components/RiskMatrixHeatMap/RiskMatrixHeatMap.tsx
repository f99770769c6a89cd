import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

import type { Risk, RiskMatrix } from '../../model';
import { buildHeatMap, CellFilter, HeatMapCell, heatMapCellNameSegments, tintColour } from './heatMapModel';
import { levelRanges } from './levelRanges';
import { levelLabel } from '../common/labels';
import { MATRIX_GRID_STYLES, MatrixGridLayout } from '../common/MatrixGridLayout';
import { useGridFocus } from '../common/useGridFocus';

/** Share of the level colour in an empty cell. */
const EMPTY_TINT: number = 0.3;
import { formatText, useStrings } from '../i18n';
import { sharedClasses } from '../common/styles';

/** Props of the heat map. */
export interface IRiskMatrixHeatMapProps {
  /** The plan's own matrix: size, step labels, levels and colours. */
  matrix: RiskMatrix;
  /** The risks to count. */
  risks: Risk[];
  /** The chosen cell, when the risk list is filtered. */
  selected?: CellFilter;
  /** Called with the cell chosen, or undefined when the chosen cell is chosen again. */
  onSelect: (cell: CellFilter | undefined) => void;
  /** Id of the heading, for aria-labelledby of the region around it. */
  headingId?: string;
}

const classes = mergeStyleSets(MATRIX_GRID_STYLES, {
  root: { display: 'flex', flexDirection: 'column', gap: 12 },
  table: { borderSpacing: 4, tableLayout: 'fixed' },
  corner: { color: '#605e5c', width: 112 },
  rowHeader: { color: '#323130', width: 112 },
  colHeader: { color: '#323130' },
  cellTd: { padding: 0, width: 64, height: 56 },
  cellButton: {
    position: 'relative',
    width: '100%',
    height: 56,
    minWidth: 56,
    border: '2px solid transparent',
    borderRadius: 4,
    cursor: 'pointer',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    fontFamily: 'inherit',
    padding: 2,
    selectors: {
      ':focus': { outline: 'none' },
      ':focus-visible': { outline: '3px solid #201f1e', outlineOffset: 2 },
      ':hover': { filter: 'brightness(0.95)' },
      '&[aria-disabled="true"]': { cursor: 'default' }
    }
  },
  cellSelected: { border: '3px solid #201f1e', boxShadow: 'inset 0 0 0 2px #ffffff' },
  count: { fontSize: 20, fontWeight: 700, lineHeight: '1' },
  level: { fontSize: 11, lineHeight: '1.2', marginTop: 2 },
  axisTitle: { fontSize: 12, fontWeight: 600, color: '#323130', textAlign: 'center' },
  legend: { display: 'flex', flexWrap: 'wrap', gap: '6px 16px', listStyle: 'none', margin: 0, padding: 0, fontSize: 13 },
  legendItem: { display: 'flex', alignItems: 'center', gap: 6 },
  swatch: { display: 'inline-block', width: 16, height: 16, borderRadius: 3, border: '1px solid #605e5c' },
  note: { fontSize: 13, color: '#605e5c', margin: 0 }
});

/**
 * The plan's risks on its own risk matrix: one cell per sannolikhet × konsekvens, the count and
 * the level written in each cell, coloured as the organisation configured. The grid follows the
 * ARIA grid pattern: one tab stop, arrow keys between cells, Enter or Space chooses a cell.
 */
export function RiskMatrixHeatMap(props: IRiskMatrixHeatMapProps): React.ReactElement {
  const strings = useStrings();
  const { matrix, risks, selected, onSelect } = props;
  const model = React.useMemo(() => buildHeatMap(matrix, risks), [matrix, risks]);
  // The roving tab stop: the chosen cell, else the top-left cell.
  const focus = useGridFocus(model.rows.length, matrix.konsekvens.length, () =>
    selected ? { row: matrix.sannolikhet.length - selected.sannolikhet, col: selected.konsekvens - 1 } : { row: 0, col: 0 }
  );

  const choose = (cell: HeatMapCell): void => {
    if (cell.riskKeys.length === 0) {
      return;
    }
    const isSelected = selected !== undefined && selected.sannolikhet === cell.sannolikhet && selected.konsekvens === cell.konsekvens;
    onSelect(isSelected ? undefined : { sannolikhet: cell.sannolikhet, konsekvens: cell.konsekvens });
  };

  const ranges = levelRanges(matrix);

  return (
    <div className={classes.root}>
      <MatrixGridLayout
        matrix={matrix}
        classNames={classes}
        stepLabel={(axis, index) => matrix[axis][index].label}
        tableProps={{ role: 'grid', 'aria-labelledby': props.headingId }}
        renderCell={({ row: r, col: c }) => {
          const cell = model.rows[r][c];
          const isSelected = selected !== undefined && selected.sannolikhet === cell.sannolikhet && selected.konsekvens === cell.konsekvens;
          const count = cell.riskKeys.length;
          // Cells with risks carry the level's full colour; empty ones a light tint of it.
          const style: React.CSSProperties = !cell.level
            ? { backgroundColor: '#ffffff', color: '#323130', borderColor: '#8a8886' }
            : count > 0
              ? { backgroundColor: cell.level.colour, color: cell.level.textColour }
              : { backgroundColor: tintColour(cell.level.colour, EMPTY_TINT), color: '#201f1e' };
          return (
            <td role="gridcell" className={classes.cellTd}>
              <button
                type="button"
                ref={focus.cellRef(r, c)}
                className={`${classes.cellButton} ${isSelected ? classes.cellSelected : ''}`}
                style={style}
                tabIndex={focus.tabIndexOf(r, c)}
                aria-pressed={isSelected}
                aria-disabled={count === 0 ? true : undefined}
                data-sannolikhet={cell.sannolikhet}
                data-konsekvens={cell.konsekvens}
                onFocus={() => focus.setActive({ row: r, col: c })}
                onKeyDown={(event) => focus.moveFocus(event, r, c)}
                onClick={() => choose(cell)}
              >
                {/* The name is the button's content: the count and level are shown, the rest only read. */}
                {heatMapCellNameSegments(matrix, cell, strings).map((segment, i) =>
                  segment.shown === 'count' && count > 0 ? (
                    <span key={i} className={classes.count} data-part="count">
                      {segment.text}
                    </span>
                  ) : segment.shown === 'level' ? (
                    <span key={i} className={classes.level} data-part="level">
                      {segment.text}
                    </span>
                  ) : (
                    <span key={i} className={sharedClasses.visuallyHidden}>
                      {segment.text}
                    </span>
                  )
                )}
              </button>
            </td>
          );
        }}
      />
      <div>
        <h3 id={props.headingId ? `${props.headingId}-legend` : undefined} className={classes.axisTitle} style={{ textAlign: 'left', margin: '0 0 6px' }}>
          {strings.heatMapLegend}
        </h3>
        <ul className={classes.legend} aria-labelledby={props.headingId ? `${props.headingId}-legend` : undefined}>
          {ranges.map((range) => (
            <li key={range.level.key} className={classes.legendItem}>
              <span className={classes.swatch} style={{ backgroundColor: range.level.colour }} aria-hidden="true" />
              <span>
                {levelLabel(range.level, strings)} ({range.min === range.max ? range.min : `${range.min}–${range.max}`})
              </span>
            </li>
          ))}
        </ul>
      </div>
      {model.unratedCount > 0 && <p className={classes.note}>{formatText(strings.heatMapUnrated, { count: model.unratedCount })}</p>}
    </div>
  );
}
