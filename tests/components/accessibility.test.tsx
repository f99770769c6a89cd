/** @jest-environment ./tests/support/jsdomWithFetch.cjs */
/*
 * WCAG 2.1 A/AA checks with axe-core on the main views, as far as jsdom can evaluate them.
 * Colour contrast needs a real layout engine and is checked in the browser test
 * (tests/e2e/workbench.test.ts).
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import axe from 'axe-core';

import { App } from '../../src/components/App/App';
import { emptySite, LocalSite, seededSite } from './support/localSite';
import { chooseOption } from './support/ui';

let site: LocalSite;

// One axe run over a whole plan view takes about 10 s in jsdom, and on a loaded 2-core machine
// twice that; the cap only stops a hung test, it measures nothing.
jest.setTimeout(120_000);

// jsdom has no canvas; axe then skips its icon-ligature heuristic instead of logging errors.
HTMLCanvasElement.prototype.getContext = (() => null) as unknown as typeof HTMLCanvasElement.prototype.getContext;

beforeAll(async () => {
  site = await seededSite();
});

/** Runs axe on the whole document (the follow-up panel is a layer outside the App's root). */
async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } }
  });
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
  it('finds a violation where there is one (the check itself works in jsdom)', async () => {
    render(
      <main>
        <button type="button" />
        <input type="text" />
      </main>
    );
    const found = await violations();
    expect(found.map((v) => v.split(':')[0])).toEqual(expect.arrayContaining(['button-name', 'label']));
  });

  it('plan list', async () => {
    render(<App service={site.serviceFor('handlaggare')} locale="sv-SE" />);
    await screen.findByRole('table');
    expect(await violations()).toEqual([]);
  });

  it('plan view with heat map, progress and risks, and a chosen cell', async () => {
    render(<App service={site.serviceFor('handlaggare')} locale="sv-SE" today="2022-06-15" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Öppna internkontrollplanen för Arbets- och företagsnämnden 2022' }));
    await screen.findByRole('grid');
    expect(await violations()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: /^Sannolikhet 4 \(sannolik\), konsekvens 4/ }));
    expect(await violations()).toEqual([]);
  });

  it('plan view of a reader, with re-ratings per period', async () => {
    render(<App service={site.serviceFor('lasare')} locale="sv-SE" today="2024-03-15" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Öppna internkontrollplanen för Nämnden för arbete och försörjning 2024' }));
    await screen.findByRole('grid');
    fireEvent.click(screen.getByRole('radio', { name: 'Per Tertial 1' }));
    expect(await violations()).toEqual([]);
  });

  it('follow-up form with avvikelser and validation messages', async () => {
    render(<App service={site.serviceFor('handlaggare')} locale="sv-SE" today="2022-10-15" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Öppna internkontrollplanen för Arbets- och företagsnämnden 2022' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Följ upp kontrollmoment 5 för Tertial 3' }));
    const dialog = await screen.findByRole('dialog');
    await chooseOption('Resultat av granskning', 'Med mindre anmärkning');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    await within(dialog).findByRole('region', { name: /^Rätta/ });
    expect(await violations()).toEqual([]);
  });

  it('risk re-rating panel with its preview and validation messages', async () => {
    render(<App service={site.serviceFor('handlaggare')} locale="sv-SE" today="2022-06-15" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Öppna internkontrollplanen för Arbets- och företagsnämnden 2022' }));
    await screen.findByRole('grid');
    fireEvent.click(screen.getAllByRole('button', { name: /^Värdera risken för Tertial 2: / })[0]);
    const dialog = await screen.findByRole('dialog');
    await chooseOption('Konsekvens', '4 – Allvarlig');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    await within(dialog).findByRole('region', { name: /^Rätta/ });
    expect(await violations()).toEqual([]);
    await chooseOption('Sannolikhet', '3 – Möjlig');
    expect(await violations()).toEqual([]);
  });

  it('first-use screen with its progress', async () => {
    render(<App service={emptySite().serviceFor('samordnare')} locale="sv-SE" />);
    await screen.findByRole('button', { name: 'Skapa listor' });
    expect(await violations()).toEqual([]);
  });
});
