/** @jest-environment ./tests/support/jsdomWithFetch.cjs */
/*
 * axe-core (WCAG 2.1 A/AA) on the settings page with its error summary and impact dialog, Att
 * rapportera in both scopes, the history panel, the copy dialog and the plan's matrix panel, in
 * jsdom. Colour contrast needs a layout engine: it is checked in Chromium
 * (tests/e2e/features.test.ts).
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import axe from 'axe-core';

import { App } from '../../src/components/App/App';
import type { LocalSite } from './support/localSite';
import { siteWith } from './support/featureSite';

let site: LocalSite;

// A whole view takes 10–20 s per axe run in jsdom on a loaded machine; the cap only stops a hang.
jest.setTimeout(180_000);
HTMLCanvasElement.prototype.getContext = (() => null) as unknown as typeof HTMLCanvasElement.prototype.getContext;

beforeAll(async () => {
  ({ site } = await siteWith(['seed000-afn-2022', 'seed002-amn-2024']));
});

/** axe on one view or dialog (the rest of the page is checked where it is built). */
async function violations(context: Element): Promise<string[]> {
  const results = await axe.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } }
  });
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('accessibility of settings, Att rapportera, history and copy (axe-core)', () => {
  it('settings with the error summary, then the impact dialog', async () => {
    render(<App service={site.serviceFor('samordnare')} locale="sv-SE" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Inställningar' }));
    await screen.findByRole('grid', { name: 'Riskmatrisens rutor' }, { timeout: 30_000 });
    fireEvent.change(screen.getByLabelText('Sannolikhet, steg 2, benämning på svenska'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara inställningarna' }));
    await screen.findByRole('region', { name: /^Rätta 1 fel/ });
    const page = screen.getByRole('heading', { name: 'Inställningar för organisationen' }).parentElement as HTMLElement;
    expect(await violations(page)).toEqual([]);
    fireEvent.change(screen.getByLabelText('Sannolikhet, steg 2, benämning på svenska'), { target: { value: 'Mindre sannolik' } });
    fireEvent.click(screen.getByRole('radio', { name: '4. Mycket hög' }));
    fireEvent.click(screen.getByRole('button', { name: /^Sannolikhet 5 \(Mycket sannolik\), konsekvens 1/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Spara inställningarna' }));
    expect(await violations(await screen.findByRole('alertdialog', { name: 'Det här ändras i planerna' }))).toEqual([]);
  });

  it('who holds each role, with a search’s hits open', async () => {
    render(<App service={site.serviceFor('samordnare')} locale="sv-SE" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Inställningar' }));
    const section = await screen.findByRole('region', { name: 'Vem har vilken roll' }, { timeout: 30_000 });
    const rapportorer = await within(section).findByRole('region', { name: 'Rapportörer' });
    fireEvent.change(within(rapportorer).getByRole('textbox', { name: 'Lägg till i Internkontroll – rapportörer' }), { target: { value: 'kommun.example' } });
    await within(rapportorer).findByRole('list', { name: 'Sökträffar för Internkontroll – rapportörer' });
    expect(await violations(section)).toEqual([]);
  });

  it('Att rapportera, mine and per person', async () => {
    render(<App service={site.serviceFor('samordnare')} locale="sv-SE" today="2024-09-10" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Att rapportera' }));
    fireEvent.click(await screen.findByRole('radio', { name: 'Alla, per person' }, { timeout: 30_000 }));
    await screen.findByRole('region', { name: 'Handläggare' });
    expect(await violations(screen.getByRole('region', { name: 'Att rapportera' }))).toEqual([]);
  });

  it('the history panel and the copy dialog of a plan', async () => {
    render(<App service={site.serviceFor('samordnare')} locale="sv-SE" today="2024-09-10" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Öppna internkontrollplanen för Arbetsmarknadsnämnden 2024' }));
    await screen.findByRole('heading', { name: 'Internkontrollplan 2024: Arbetsmarknadsnämnden' });
    fireEvent.click(screen.getByRole('button', { name: 'Historik' }));
    const panel = await screen.findByRole('dialog', { name: 'Ändringshistorik' }, { timeout: 30_000 });
    await within(panel).findByRole('list', { name: /^Versioner av Planen/ });
    expect(await violations(panel)).toEqual([]);
    fireEvent.click(within(panel).getByRole('button', { name: 'Stäng' }));
    fireEvent.click(screen.getByRole('button', { name: 'Kopiera till nästa år' }));
    expect(await violations(await screen.findByRole('alertdialog', { name: 'Kopiera planen till ett nytt år' }, { timeout: 30_000 }))).toEqual([]);
  });

  it('the plan’s matrix panel', async () => {
    render(<App service={site.serviceFor('samordnare')} locale="sv-SE" today="2024-09-10" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Öppna internkontrollplanen för Arbetsmarknadsnämnden 2024' }));
    await screen.findByRole('heading', { name: 'Internkontrollplan 2024: Arbetsmarknadsnämnden' });
    fireEvent.click(screen.getByRole('button', { name: 'Planens riskmatris' }));
    const panel = await screen.findByRole('dialog', { name: 'Planens riskmatris' }, { timeout: 30_000 });
    await within(panel).findByRole('grid', { name: 'Riskmatrisens rutor' });
    expect(await violations(panel)).toEqual([]);
  });
});
