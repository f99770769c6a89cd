import * as React from 'react';

/** A cell of a grid by its place on screen: row from the top, column from the left, both from 0. */
export interface GridPlace {
  row: number;
  col: number;
}

/** The roving tab stop of an ARIA grid of buttons, as `useGridFocus` keeps it. */
export interface GridFocus {
  /** 0 for the cell that holds the grid's one tab stop, -1 for the others. */
  tabIndexOf(row: number, col: number): 0 | -1;
  /** The ref of a cell's button, so the focus can be moved to it. */
  cellRef(row: number, col: number): (element: HTMLButtonElement | null) => void;
  /** Makes a cell the tab stop (a cell focused by mouse or Tab). */
  setActive(place: GridPlace): void;
  /**
   * Moves the focus for the arrow keys, Home and End (within the row); returns true, with the
   * browser's default prevented, when the key was one of them.
   */
  moveFocus(event: React.KeyboardEvent, row: number, col: number): boolean;
}

/**
 * One tab stop for a grid of `rowCount` × `columnCount` buttons (the ARIA grid pattern): the
 * arrow keys move between cells, stopping at the edges, Home and End go to the ends of the row.
 */
export function useGridFocus(rowCount: number, columnCount: number, initial: () => GridPlace): GridFocus {
  const [active, setActive] = React.useState<GridPlace>(initial);
  const buttons = React.useRef<Record<string, HTMLButtonElement | undefined>>({});

  const focusCell = (row: number, col: number): void => {
    const r = Math.max(0, Math.min(rowCount - 1, row));
    const c = Math.max(0, Math.min(columnCount - 1, col));
    setActive({ row: r, col: c });
    const button = buttons.current[`${r}:${c}`];
    if (button) {
      button.focus();
    }
  };

  return {
    tabIndexOf: (row, col) => (active.row === row && active.col === col ? 0 : -1),
    cellRef: (row, col) => (element) => {
      buttons.current[`${row}:${col}`] = element || undefined;
    },
    setActive,
    moveFocus: (event, row, col) => {
      const moves: Record<string, [number, number]> = {
        ArrowUp: [row - 1, col],
        ArrowDown: [row + 1, col],
        ArrowLeft: [row, col - 1],
        ArrowRight: [row, col + 1],
        Home: [row, 0],
        End: [row, columnCount - 1]
      };
      const move = moves[event.key];
      if (!move) {
        return false;
      }
      event.preventDefault();
      focusCell(move[0], move[1]);
      return true;
    }
  };
}
