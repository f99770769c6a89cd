/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import '@testing-library/jest-dom';

import { RiskMatrixHeatMap } from '../../src/components/RiskMatrixHeatMap/RiskMatrixHeatMap';
import { CellFilter, tintColour } from '../../src/components/RiskMatrixHeatMap/heatMapModel';
import { StringsContext } from '../../src/components/i18n';
import { EN_STRINGS } from '../../src/components/i18n/en';
import { createDefaultMatrix4x4, createDefaultMatrix5x5, Risk, RiskMatrix } from '../../src/model';

function risk(key: string, sannolikhet?: number, konsekvens?: number): Risk {
  return { key, nr: 1, titel: key, obligatorisk: false, sannolikhet, konsekvens };
}

/** Renders the heat map and keeps the chosen cell in state, as the plan view does. */
function Harness(props: { matrix: RiskMatrix; risks: Risk[]; onSelect?: (cell: CellFilter | undefined) => void }): React.ReactElement {
  const [selected, setSelected] = React.useState<CellFilter | undefined>(undefined);
  return (
    <RiskMatrixHeatMap
      matrix={props.matrix}
      risks={props.risks}
      selected={selected}
      onSelect={(cell) => {
        setSelected(cell);
        if (props.onSelect) {
          props.onSelect(cell);
        }
      }}
    />
  );
}

describe('RiskMatrixHeatMap', () => {
  it('draws one cell per step pair of the plan’s matrix with the count and level written in it', () => {
    render(<Harness matrix={createDefaultMatrix5x5()} risks={[risk('a', 3, 5), risk('b', 3, 5), risk('c', 1, 1)]} />);
    const grid = screen.getByRole('grid');
    const cells = within(grid).getAllByRole('gridcell');
    expect(cells).toHaveLength(25);
    const hot = screen.getByRole('button', { name: 'Sannolikhet 3 (möjlig), konsekvens 5 (mycket allvarlig): 2 risker, nivå Hög' });
    expect(hot).toHaveTextContent('2');
    expect(hot).toHaveTextContent('Hög');
    // The level's colours come from the configuration.
    expect(hot).toHaveStyle({ backgroundColor: '#F28C28', color: '#000000' });
    // Empty cells carry a light tint of their level, so the cells with risks stand out.
    const empty = screen.getByRole('button', { name: /^Sannolikhet 5 .*konsekvens 5 .*: 0 risker, nivå Mycket hög$/ });
    expect(empty).toHaveStyle({ backgroundColor: tintColour('#C62828', 0.3) });
    expect(screen.getByRole('button', { name: /^Sannolikhet 1 \(osannolik\), konsekvens 1 \(försumbar\): 1 risk, nivå Låg$/ })).toBeInTheDocument();
    // Row and column headers carry the step labels.
    expect(within(grid).getByRole('rowheader', { name: /Mycket sannolik/ })).toBeInTheDocument();
    expect(within(grid).getByRole('columnheader', { name: /Mycket allvarlig/ })).toBeInTheDocument();
    // The legend writes every level with its values.
    expect(screen.getByText('Mycket hög (20–25)')).toBeInTheDocument();
  });

  it('follows a smaller matrix and says how many risks are unrated', () => {
    render(<Harness matrix={createDefaultMatrix4x4()} risks={[risk('a', 4, 4), risk('b'), risk('c', 5, 5)]} />);
    expect(screen.getAllByRole('gridcell')).toHaveLength(16);
    expect(screen.getByText('2 risker saknar riskvärdering.')).toBeInTheDocument();
  });

  it('chooses a cell with a click and un-chooses it with a second click', () => {
    const onSelect = jest.fn();
    render(<Harness matrix={createDefaultMatrix4x4()} risks={[risk('a', 4, 4)]} onSelect={onSelect} />);
    const cell = screen.getByRole('button', { name: /^Sannolikhet 4 .* konsekvens 4/ });
    expect(cell).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(cell);
    expect(onSelect).toHaveBeenLastCalledWith({ sannolikhet: 4, konsekvens: 4 });
    expect(cell).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(cell);
    expect(onSelect).toHaveBeenLastCalledWith(undefined);
    expect(cell).toHaveAttribute('aria-pressed', 'false');
  });

  it('does not choose an empty cell', () => {
    const onSelect = jest.fn();
    render(<Harness matrix={createDefaultMatrix4x4()} risks={[risk('a', 4, 4)]} onSelect={onSelect} />);
    const empty = screen.getByRole('button', { name: /^Sannolikhet 1 .* konsekvens 1 .*: 0 risker/ });
    expect(empty).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(empty);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('is one tab stop with arrow keys between cells', () => {
    render(<Harness matrix={createDefaultMatrix4x4()} risks={[risk('a', 3, 2)]} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    const first = buttons.filter((b) => b.tabIndex === 0)[0];
    expect(first).toHaveAttribute('data-sannolikhet', '4');
    expect(first).toHaveAttribute('data-konsekvens', '1');
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    const focused = document.activeElement as HTMLElement;
    expect(focused).toHaveAttribute('data-sannolikhet', '3');
    expect(focused).toHaveAttribute('data-konsekvens', '2');
    expect(focused.tabIndex).toBe(0);
    // Enter on a native button clicks it.
    fireEvent.click(focused);
    expect(focused).toHaveAttribute('aria-pressed', 'true');
    // Movement stops at the edges.
    fireEvent.keyDown(focused, { key: 'End' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toHaveAttribute('data-konsekvens', '4');
  });

  it('speaks English when the host’s locale is English', () => {
    render(
      <StringsContext.Provider value={EN_STRINGS}>
        <Harness matrix={createDefaultMatrix4x4()} risks={[risk('a', 2, 2)]} />
      </StringsContext.Provider>
    );
    expect(screen.getByRole('button', { name: 'Likelihood 2 (mindre sannolik), consequence 2 (lindrig): 1 risk, level Medium' })).toHaveTextContent(
      'Medium'
    );
  });
});
