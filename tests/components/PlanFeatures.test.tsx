/** @jest-environment ./tests/support/jsdomWithFetch.cjs */
/*
 * The plan view's history, copy to next year and own matrix, and a page's scope, in the App
 * against the local SharePoint with seeds 000 and 004.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';

import { App } from '../../src/components/App/App';
import type { PlanView } from '../../src/data/InternkontrollService';
import type { DemoUser, LocalSite } from './support/localSite';
import { siteWith } from './support/featureSite';
import { chooseOption } from './support/ui';

let site: LocalSite;
let plans: Record<string, PlanView>;
const AFN = 'Arbets- och företagsnämnden';
const SN = 'Socialnämnden';

jest.setTimeout(120_000);

beforeAll(async () => {
  ({ site, plans } = await siteWith(['seed000-afn-2022', 'seed004-sn-2022']));
});

/** Opens a plan in the App as a user. */
async function open(user: DemoUser, namnd: string, ar: number, props: Partial<React.ComponentProps<typeof App>> = {}): Promise<{ unmount: () => void }> {
  const { unmount } = render(<App service={site.serviceFor(user)} locale="sv-SE" today="2022-10-15" {...props} />);
  fireEvent.click(await screen.findByRole('button', { name: `Öppna internkontrollplanen för ${namnd} ${ar}` }));
  await screen.findByRole('heading', { name: `Internkontrollplan ${ar}: ${namnd}` });
  return { unmount };
}

describe('history', () => {
  it('shows who changed a follow-up and what, in Swedish, to a reader too', async () => {
    const view = plans['seed000-afn-2022'];
    const followUp = view.uppfoljningar.filter((f) => f.targetType === 'kontrollmoment' && f.periodKey === 'T2')[0];
    const handlaggare = site.serviceFor('handlaggare');
    await handlaggare.loadPlanView(view.plan.id);
    await handlaggare.saveFollowUp(view.plan.id, { ...followUp, status: 'Genomförd' }, view.avvikelser.filter((a) => a.followUpKey === followUp.key));
    const km = view.kontrollmoment.filter((k) => k.key === followUp.targetKey)[0];

    await open('lasare', AFN, 2022);
    fireEvent.click(screen.getByRole('button', { name: 'Historik' }));
    const panel = await screen.findByRole('dialog', { name: 'Ändringshistorik' }, { timeout: 30_000 });
    // The plan first: created once by the samordnare.
    expect(await within(panel).findByText('1 versioner av Planen Arbets- och företagsnämnden 2022')).toBeInTheDocument();
    await chooseOption('Visa historiken för', `Kontrollmoment ${km.nr} – Tertial 2`);
    const list = await within(panel).findByRole('list', { name: `Versioner av Kontrollmoment ${km.nr} – Tertial 2, senaste först` });
    const entries = within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
    expect(entries).toHaveLength(2);
    expect(within(entries[0]).getByRole('heading')).toHaveTextContent(/· Handläggare \(version 2\.0\)$/);
    expect(entries[0]).toHaveTextContent(`Status: ${followUp.status ?? '–'} → Genomförd`);
    expect(within(entries[1]).getByText('Skapad')).toBeInTheDocument();
    expect(within(entries[1]).getByRole('heading')).toHaveTextContent(/· Samordnare intern kontroll \(version 1\.0\)$/);
  });
});

describe('copy to next year', () => {
  it('shows the summary, stops a bad year at its field, then copies with progress and opens the copy', async () => {
    await open('samordnare', SN, 2022);
    fireEvent.click(screen.getByRole('button', { name: 'Kopiera till nästa år' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Kopiera planen till ett nytt år' }, { timeout: 30_000 });
    // Seed 004: 8 risks, 3 kontrollmoment, 4 of 7 åtgärder open, 12 follow-ups.
    const carried = within(dialog).getByRole('heading', { name: 'Följer med' }).nextElementSibling as HTMLElement;
    expect(within(carried).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['0 områden', '8 risker', '3 kontrollmoment', '4 öppna åtgärder']);
    const left = within(dialog).getByRole('heading', { name: 'Stannar kvar' }).nextElementSibling as HTMLElement;
    expect(within(left).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['12 uppföljningar', '3 genomförda eller inaktuella åtgärder']);
    expect(within(dialog).getByText('Alla datum flyttas 1 år framåt.')).toBeInTheDocument();

    const year = within(dialog).getByLabelText(/^År för den nya planen/);
    fireEvent.change(year, { target: { value: '2021' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Kopiera' }));
    expect(await within(dialog).findByText('År för den nya planen (2021) måste vara senare än planens år (2022).')).toBeInTheDocument();
    expect(year).toHaveAttribute('aria-invalid', 'true');
    expect((await site.serviceFor('lasare').listPlans()).map((p) => p.ar)).toEqual([2022, 2022]);

    fireEvent.change(year, { target: { value: '2023' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Kopiera' }));
    expect(await screen.findByRole('heading', { name: 'Internkontrollplan 2023: Socialnämnden' }, { timeout: 30_000 })).toBeInTheDocument();
    expect(screen.getByText('Planen för Socialnämnden 2023 är skapad som utkast.')).toBeInTheDocument();
    const copy = (await site.serviceFor('lasare').listPlans()).filter((p) => p.ar === 2023)[0];
    expect(copy).toMatchObject({ namnd: SN, status: 'Utkast' });
  });

  it('is not offered to a reader or a rapportör (they may not add plans), but to a samordnare who is not site owner', async () => {
    for (const user of ['lasare', 'handlaggare'] as const) {
      const { unmount } = await open(user, SN, 2022);
      expect(screen.getByRole('button', { name: 'Historik' })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Kopiera till nästa år' })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Planens riskmatris' })).not.toBeInTheDocument();
      unmount();
    }
    await open('planerare', SN, 2022);
    expect(screen.getByRole('button', { name: 'Kopiera till nästa år' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Planens riskmatris' })).toBeInTheDocument();
  });
});

describe('the plan’s own matrix', () => {
  it('shows which risks move level, then gives the plan a matrix of its own', async () => {
    await open('samordnare', AFN, 2022);
    fireEvent.click(screen.getByRole('button', { name: 'Planens riskmatris' }));
    const panel = await screen.findByRole('dialog', { name: 'Planens riskmatris' }, { timeout: 30_000 });
    // The AFN plan follows the organisation's matrix (Nacka's 5 × 5).
    expect(await within(panel).findByRole('radio', { name: 'Följ organisationens matris (5 × 5 (Nacka))' })).toBeChecked();
    fireEvent.click(within(panel).getByRole('radio', { name: 'Egen matris för planen' }));
    fireEvent.click(within(panel).getByRole('radio', { name: '3. Hög' }));
    fireEvent.click(within(panel).getByRole('button', { name: /^Sannolikhet 3 \(Möjlig\), konsekvens 3 \(Kännbar\)/ }));
    expect(within(panel).getByText('Risk 10 Bostäder för sociala ändamål slits …: Medium (9) → Hög (9)')).toBeInTheDocument();
    fireEvent.click(within(panel).getByRole('button', { name: 'Spara planens matris' }));
    expect(await screen.findByText('Planens riskmatris är sparad.')).toBeInTheDocument();
    const stored = await site.serviceFor('lasare').loadPlanView(plans['seed000-afn-2022'].plan.id);
    expect(stored.plan.riskMatrix.key).toBe(`plan-${stored.plan.key}`);
    expect(stored.plan.riskMatrix.grid[2][2]).toBe('hog');
    // The organisation's matrix no longer reaches it.
    expect((await site.serviceFor('samordnare').previewMatrixChange(stored.plan.riskMatrix)).plans.map((p) => p.label)).toEqual([]);
  });
});

describe('a page’s scope', () => {
  it('lists one nämnd’s plans under the page’s heading, and opens a plan on the page’s period', async () => {
    render(<App service={site.serviceFor('lasare')} locale="sv-SE" today="2022-10-15" scope={{ kind: 'namnd', namnd: 'socialnämnden' }} heading="Socialnämndens internkontroll" initialPeriodKey="DELAR" />);
    expect(await screen.findByRole('heading', { name: 'Socialnämndens internkontroll' })).toBeInTheDocument();
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(expect.arrayContaining([expect.stringContaining(SN)]));
    expect(table).not.toHaveTextContent(AFN);
    fireEvent.click(within(table).getAllByRole('button', { name: /^Öppna internkontrollplanen för Socialnämnden 2022/ })[0]);
    await screen.findByRole('heading', { name: 'Internkontrollplan 2022: Socialnämnden' });
    await waitFor(() => expect(screen.getByRole('combobox', { name: /^Uppföljningsperiod/ })).toHaveTextContent('Delår'));
  });

  it('opens one plan directly', async () => {
    render(<App service={site.serviceFor('lasare')} locale="sv-SE" today="2022-10-15" scope={{ kind: 'plan', planId: plans['seed000-afn-2022'].plan.id }} />);
    expect(await screen.findByRole('heading', { name: `Internkontrollplan 2022: ${AFN}` })).toBeInTheDocument();
  });
});
