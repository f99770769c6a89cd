/** @jest-environment ./tests/support/jsdomWithFetch.cjs */
/*
 * Att rapportera in the App against the local SharePoint: what the handläggare must report on a
 * day in 2024 (seed 002's plan: its kontrollmoment reported for the delår, its åtgärder not),
 * overdue marks once the delår has ended, and the samordnare's overview per person.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import '@testing-library/jest-dom';

import { App } from '../../src/components/App/App';
import type { LocalSite } from './support/localSite';
import { siteWith } from './support/featureSite';

let site: LocalSite;

jest.setTimeout(120_000);

beforeAll(async () => {
  ({ site } = await siteWith(['seed002-amn-2024', 'seed004-sn-2022']));
});

async function openDuties(user: 'handlaggare' | 'samordnare' | 'chef', today: string): Promise<void> {
  render(<App service={site.serviceFor(user)} locale="sv-SE" today={today} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Att rapportera' }));
  await screen.findByRole('heading', { name: 'Att rapportera' });
}

describe('Att rapportera', () => {
  it('lists the handläggare’s duties in the delår: seed 002’s six åtgärder to report, its nine kontrollmoment reported', async () => {
    await openDuties('handlaggare', '2024-05-15');
    const table = await screen.findByRole('table', { name: 'Det du ska rapportera' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(15);
    expect(screen.getByText('6 att rapportera · 9 rapporterade')).toBeInTheDocument();
    // To report first; every row names the plan and the delår with its dates.
    expect(rows[0]).toHaveTextContent('Att rapportera');
    expect(rows[0]).toHaveTextContent(/^Att rapporteraÅtgärd: /);
    expect(rows[0]).toHaveTextContent('Arbetsmarknadsnämnden 2024');
    expect(rows[0]).toHaveTextContent('Delår (2024-01-01 – 2024-08-31)');
    expect(rows[0]).toHaveTextContent('Rapporteringsansvarig');
    expect(rows[14]).toHaveTextContent(/^RapporteradKontrollmoment 9: /);
    // Seed 004's plan is from 2022: not this year's or last.
    expect(table).not.toHaveTextContent('Socialnämnden');
  });

  it('marks what was not reported once the period has ended', async () => {
    await openDuties('handlaggare', '2024-09-10');
    const table = await screen.findByRole('table', { name: 'Det du ska rapportera' });
    const overdue = within(table).getAllByText('Försenad');
    expect(overdue).toHaveLength(6);
    expect(within(table).getAllByText('10 dagar efter periodens slut')).toHaveLength(6);
  });

  it('opens the plan from a duty', async () => {
    await openDuties('chef', '2024-05-15');
    const table = await screen.findByRole('table', { name: 'Det du ska rapportera' });
    // The chef is ansvarig for the nine kontrollmoment, all reported for the delår.
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(9);
    fireEvent.click(within(table).getAllByRole('button', { name: 'Öppna internkontrollplanen för Arbetsmarknadsnämnden 2024' })[0]);
    expect(await screen.findByRole('heading', { name: 'Internkontrollplan 2024: Arbetsmarknadsnämnden' })).toBeInTheDocument();
  });

  it('gives the samordnare everyone’s duties per person', async () => {
    await openDuties('samordnare', '2024-05-15');
    // The samordnare names nobody's items as their own.
    expect(await screen.findByText(/Du har inget att rapportera just nu/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'Alla, per person' }));
    const chef = await screen.findByRole('region', { name: 'Förvaltningsdirektör' });
    expect(within(chef).getByText('9 rapporterade')).toBeInTheDocument();
    const handlaggare = screen.getByRole('region', { name: 'Handläggare' });
    expect(within(handlaggare).getByText('6 att rapportera · 9 rapporterade')).toBeInTheDocument();
  });
});
