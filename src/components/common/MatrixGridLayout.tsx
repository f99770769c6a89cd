import * as React from 'react';
import type { IStyle } from '@fluentui/react/lib/Styling';

import type { RiskMatrix } from '../../model';
import { useStrings } from '../i18n';

/** The place of a cell in the grid and what it stands for. */
export interface MatrixCellPlace {
  /** Row from the top, from 0 (the highest sannolikhet is drawn first). */
  row: number;
  /** Column from the left, from 0. */
  col: number;
  /** Sannolikhet of the row, from 1. */
  sannolikhet: number;
  /** Konsekvens of the column, from 1. */
  konsekvens: number;
}

/** The class names the layout gives its parts; a view merges `MATRIX_GRID_STYLES` with its own. */
export interface IMatrixGridLayoutClassNames {
  table: string;
  corner: string;
  rowHeader: string;
  colHeader: string;
  stepNumber: string;
}

/** What every risk-matrix grid shares in its look; each view adds widths, colours and spacing. */
export const MATRIX_GRID_STYLES: Record<keyof IMatrixGridLayoutClassNames, IStyle> = {
  table: { borderCollapse: 'separate' },
  corner: { fontSize: 12, textAlign: 'left', verticalAlign: 'bottom', fontWeight: 600 },
  rowHeader: { fontSize: 12, fontWeight: 400, textAlign: 'right', paddingRight: 6, lineHeight: '1.2' },
  colHeader: { fontSize: 12, fontWeight: 400, textAlign: 'center', verticalAlign: 'bottom', lineHeight: '1.2', paddingBottom: 4 },
  stepNumber: { display: 'block', fontWeight: 600, fontSize: 13 }
};

/** Props of the layout. */
export interface IMatrixGridLayoutProps {
  /** The matrix drawn: its size and steps. */
  matrix: RiskMatrix;
  /** The view's class names of the table and its headers. */
  classNames: IMatrixGridLayoutClassNames;
  /** The label of a step (index from 0) on an axis, as the view words it. */
  stepLabel(axis: 'sannolikhet' | 'konsekvens', index: number): string;
  /** The table's own attributes: its role, id, name and description. */
  tableProps: React.TableHTMLAttributes<HTMLTableElement>;
  /** The cell (a `<td>`) at a place: the view decides what it is, a control or a count. */
  renderCell(place: MatrixCellPlace): React.ReactNode;
}

/**
 * The layout of a risk matrix as a table: konsekvens along the top (1 → n), sannolikhet down
 * the side with the highest first, each step with its number and label in a header cell (so a
 * screen reader names every cell by its row and column), and the axes named in the corner.
 */
export function MatrixGridLayout(props: IMatrixGridLayoutProps): React.ReactElement {
  const strings = useStrings();
  const { matrix, classNames, stepLabel } = props;
  const rows = matrix.sannolikhet.length;
  return (
    <table {...props.tableProps} className={classNames.table}>
      <thead>
        <tr>
          <th scope="col" className={classNames.corner}>
            {strings.heatMapKonsekvensAxis} →
            <br />
            {strings.heatMapSannolikhetAxis} ↑
          </th>
          {matrix.konsekvens.map((_step, k) => (
            <th scope="col" key={k} className={classNames.colHeader}>
              <span className={classNames.stepNumber}>{k + 1}</span>
              {stepLabel('konsekvens', k)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_x, row) => {
          const sannolikhet = rows - row;
          return (
            <tr key={sannolikhet}>
              <th scope="row" className={classNames.rowHeader}>
                <span className={classNames.stepNumber}>{sannolikhet}</span>
                {stepLabel('sannolikhet', sannolikhet - 1)}
              </th>
              {matrix.konsekvens.map((_step, col) => (
                <React.Fragment key={col + 1}>{props.renderCell({ row, col, sannolikhet, konsekvens: col + 1 })}</React.Fragment>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
