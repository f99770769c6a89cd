/** @jest-environment ./tests/support/jsdomWithFetch.cjs */
/*
 * The organisation's settings in the App against the local SharePoint: the matrix edited on its
 * grid (mouse and keyboard), the impact shown before saving ("Risk 10 …: Medium (9) → Hög (9)"),
 * bad values stopped at their fields with nothing written, and no settings for non-owners.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';

import { createNackaMatrix } from '../../local/demo/nacka';
import { App } from '../../src/components/App/App';
import type { PlanView } from '../../src/data/InternkontrollService';
import type { LocalSite } from './support/localSite';
import { siteWith } from './support/featureSite';
import { chooseOption } from './support/ui';

let site: LocalSite;
let plans: Record<string, PlanView>;

jest.setTimeout(120_000);

beforeEach(async () => {
  ({ site, plans } = await siteWith(['seed000-afn-2022', 'seed003-naf-2024', 'seed004-sn-2022']));
});

async function openSettings(): Promise<void> {
  render(<App service={site.serviceFor('samordnare')} locale="sv-SE" />);
  fireEvent.click(await screen.findByRole('button', { name: 'Inställningar' }));
  // The settings are their own chunk: the first open compiles it here.
  await screen.findByRole('heading', { name: 'Inställningar för organisationen' }, { timeout: 30_000 });
  await screen.findByRole('grid', { name: 'Riskmatrisens rutor' });
}

/** The grid cell of a rating. */
function cell(s: number, k: number): HTMLElement {
  return within(screen.getByRole('grid', { name: 'Riskmatrisens rutor' })).getByRole('button', { name: new RegExp(`^Sannolikhet ${s} \\(.*\\), konsekvens ${k} \\(`) });
}

describe('settings', () => {
  it('changes a cell on the grid, shows which risks move level in the plans using the matrix, and saves', async () => {
    await openSettings();
    expect(cell(3, 3)).toHaveAccessibleName('Sannolikhet 3 (Möjlig), konsekvens 3 (Kännbar), riskvärde 9: Medium');
    fireEvent.click(screen.getByRole('radio', { name: '3. Hög' }));
    fireEvent.click(cell(3, 3));
    expect(cell(3, 3)).toHaveAccessibleName('Sannolikhet 3 (Möjlig), konsekvens 3 (Kännbar), riskvärde 9: Hög');
    expect(screen.getByText('Rutan sannolikhet 3, konsekvens 3 har nu nivån Hög.')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Spara inställningarna' }));
    // A blocking confirmation: Fluent gives it the alertdialog role.
    const dialog = await screen.findByRole('alertdialog', { name: 'Det här ändras i planerna' });
    expect(within(dialog).getByText('5 riskvärderingar byter nivå i 2 av 2 planer som följer organisationens matris:')).toBeInTheDocument();
    // Seed 000: "Skattning 9" is one risk; seed 003 prints Medium (9) twice, kept in Tertial 1.
    const afn = within(dialog).getByRole('region', { name: 'Arbets- och företagsnämnden 2022' });
    expect(within(afn).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Risk 10 Bostäder för sociala ändamål slits …: Medium (9) → Hög (9)']);
    const naf = within(dialog).getByRole('region', { name: 'Nämnden för arbete och försörjning 2024' });
    expect(within(naf).getAllByRole('listitem')).toHaveLength(4);
    expect(within(dialog).getByText('Påverkas inte: 0 avslutade planer (de behåller sin matris) och 1 planer med egen matris.')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Spara och ändra planerna' }));
    expect(await screen.findByText('Inställningarna är sparade. Den ändrade matrisen gäller nu även för 2 planer som följer organisationens matris.')).toBeInTheDocument();

    const owner = site.serviceFor('lasare');
    expect((await owner.loadSettings()).defaultRiskMatrix?.grid[2][2]).toBe('hog');
    expect((await owner.loadPlanView(plans['seed003-naf-2024'].plan.id)).plan.riskMatrix.grid[2][2]).toBe('hog');
    // Seed 004's plan has a 4 × 4 matrix of its own: untouched.
    expect((await owner.loadPlanView(plans['seed004-sn-2022'].plan.id)).plan.riskMatrix).toEqual(plans['seed004-sn-2022'].plan.riskMatrix);
  });

  it('sets a cell by keyboard: arrows move, a digit gives the level with that number', async () => {
    await openSettings();
    const first = cell(5, 1);
    act(() => first.focus());
    // Keys go to whatever has focus, as they would in a browser.
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowRight']) {
      fireEvent.keyDown(document.activeElement as Element, { key });
    }
    await waitFor(() => expect(document.activeElement).toBe(cell(3, 2)));
    fireEvent.keyDown(cell(3, 2), { key: '4' });
    expect(cell(3, 2)).toHaveAccessibleName('Sannolikhet 3 (Möjlig), konsekvens 2 (Lindrig), riskvärde 6: Mycket hög');
    // One tab stop: only the focused cell is in the tab order.
    expect(cell(3, 2)).toHaveAttribute('tabindex', '0');
    expect(cell(5, 1)).toHaveAttribute('tabindex', '-1');
  });

  it('stops bad values at their fields and in the summary, writing nothing', async () => {
    await openSettings();
    // A step without a label, a level whose text is unreadable on its colour, an example that does not match.
    await chooseOption('Steg för sannolikhet', '6');
    fireEvent.change(screen.getByLabelText('Textfärg för nivån Medium', { selector: 'input:not([type="color"])' }), { target: { value: '#FFFFFF' } });
    expect(screen.getByText('Kontrast 1,58:1 – för låg, minst 4,5:1 krävs')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Mönster för diarienummer'), { target: { value: '^SN \\d{4}/\\d{1,4}$' } });
    fireEvent.change(screen.getByLabelText('Exempel på diarienummer'), { target: { value: 'SN-2024-118' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara inställningarna' }));

    const summary = await screen.findByRole('region', { name: 'Rätta 3 fel innan du sparar:' });
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Benämning saknas för steg 6 i sannolikhetsskalan.',
      'Textfärgen (#FFFFFF) har för låg kontrast (1,58:1) mot färgen (#F2C94C) för nivån ”Medium”; minst 4,5:1 krävs (WCAG AA).',
      'Exemplet (SN-2024-118) följer inte mönstret för diarienummer (^SN \\d{4}/\\d{1,4}$).'
    ]);
    expect(document.activeElement).toBe(summary);
    expect(screen.getByLabelText('Sannolikhet, steg 6, benämning på svenska')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Exempel på diarienummer')).toHaveAttribute('aria-invalid', 'true');
    // The summary's link takes focus to the field.
    fireEvent.click(within(summary).getAllByRole('link')[0]);
    expect(document.activeElement).toBe(screen.getByLabelText('Sannolikhet, steg 6, benämning på svenska'));
    // Nothing was written.
    expect((await site.serviceFor('samordnare').loadSettings()).defaultRiskMatrix).toEqual(createNackaMatrix());
  });

  it('shows no settings to a rapportör or a reader: SharePoint would refuse their save', async () => {
    for (const user of ['handlaggare', 'lasare'] as const) {
      const { unmount } = render(<App service={site.serviceFor(user)} locale="sv-SE" />);
      await screen.findByRole('navigation', { name: 'Internkontroll' });
      expect(screen.getByRole('button', { name: 'Att rapportera' })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Inställningar' })).not.toBeInTheDocument();
      unmount();
    }
  });
});
