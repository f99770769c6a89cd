/** @jest-environment ./tests/support/jsdomWithFetch.cjs */
/*
 * Two users on one follow-up, through the whole UI, against the real data service on an
 * in-process local SharePoint (two services over one core): the second save is refused, their
 * version is laid beside what was typed, nothing is written until the choice, and the save of
 * the choices goes out with the fresh ETag. Read back through the other user's service.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';

import { App } from '../../src/components/App/App';
import { followUpFieldId } from '../../src/components/FollowUpEditor/followUpForm';
import type { IInternkontrollService } from '../../src/data/InternkontrollService';
import { buildStandardPeriods, createDefaultMatrix4x4 } from '../../src/model';
import type { PlanData } from '../../src/model';
import { LocalSite, seededSite } from './support/localSite';
import { chooseOption, richEditor, writeRich } from './support/ui';

jest.setTimeout(120_000);

let site: LocalSite;

beforeAll(async () => {
  site = await seededSite();
});

afterEach(() => {
  window.sessionStorage.clear();
});

/** A plan with one follow-up (kontrollmoment 1, Tertial 1) and its avvikelse; kontrollmoment 2 has none yet. */
function planWithFollowUp(namnd: string): PlanData {
  const p = namnd.replace(/\W/g, '');
  return {
    plan: {
      key: `${p}-plan`,
      namnd,
      ar: 2026,
      status: 'Beslutad',
      beslutsdatum: '2025-12-10',
      riskMatrix: createDefaultMatrix4x4(),
      perioder: buildStandardPeriods(2026),
      omraden: [{ key: `${p}-o1`, namn: 'Ekonomi', ordning: 1 }]
    },
    risker: [{ key: `${p}-r1`, nr: 1, omradeKey: `${p}-o1`, titel: 'Felaktiga utbetalningar', obligatorisk: false, sannolikhet: 2, konsekvens: 3 }],
    kontrollmoment: [
      { key: `${p}-k1`, riskKey: `${p}-r1`, nr: 1, beskrivning: '<p>Stickprov på utbetalningar</p>', obligatorisk: false },
      { key: `${p}-k2`, riskKey: `${p}-r1`, nr: 2, beskrivning: '<p>Avstämning mot huvudbok</p>', obligatorisk: false }
    ],
    atgarder: [],
    uppfoljningar: [
      { key: `${p}-f1`, targetType: 'kontrollmoment', targetKey: `${p}-k1`, periodKey: 'T1', status: 'Pågående', resultat: 'Med anmärkning', kommentar: '<p>Stickprov på tio utbetalningar.</p>' }
    ],
    avvikelser: [{ key: `${p}-v1`, followUpKey: `${p}-f1`, beskrivning: 'Två utbetalningar utan attest', atgard: 'Påminnelse till attestanter', slutdatum: '2026-06-30', status: 'Ej påbörjad' }]
  };
}

/** The user's real service, with the ETag of every follow-up save noted on its way through. */
function noting(service: IInternkontrollService, etags: Array<string | undefined>): IInternkontrollService {
  return new Proxy(service, {
    get(target, name, receiver) {
      if (name === 'saveFollowUp') {
        return (...args: Parameters<IInternkontrollService['saveFollowUp']>) => {
          etags.push((args[1] as { etag?: string }).etag);
          return target.saveFollowUp(...args);
        };
      }
      const value = Reflect.get(target, name, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    }
  });
}

/** Renders the App as the user and opens the plan and a follow-up form. */
async function openFollowUp(service: IInternkontrollService, namnd: string, button: string): Promise<HTMLElement> {
  render(<App service={service} locale="sv-SE" today="2026-03-15" />);
  fireEvent.click(await screen.findByRole('button', { name: `Öppna internkontrollplanen för ${namnd} 2026` }));
  await screen.findByRole('heading', { name: `Internkontrollplan 2026: ${namnd}` });
  fireEvent.click(screen.getByRole('button', { name: button }));
  const dialog = await screen.findByRole('dialog');
  await richEditor(followUpFieldId('kommentar'));
  return dialog;
}

describe('two users on one follow-up', () => {
  it('shows their version beside what was typed, writes nothing before the choice, and saves the choices with the fresh ETag', async () => {
    const namnd = 'Miljönämnden';
    const imported = await site.serviceFor('samordnare').importPlan(planWithFollowUp(namnd));
    const etags: Array<string | undefined> = [];
    // A is the handläggare; B is the samordnare, on their own service over the same site.
    const dialog = await openFollowUp(noting(site.serviceFor('handlaggare'), etags), namnd, 'Följ upp kontrollmoment 1 för Tertial 1');

    const b = site.serviceFor('samordnare');
    const bView = await b.loadPlanView(imported.plan.id);
    const bFollowUp = bView.uppfoljningar.filter((f) => f.periodKey === 'T1')[0];
    const bSaved = await b.saveFollowUp(
      imported.plan.id,
      { ...bFollowUp, status: 'Genomförd' },
      bView.avvikelser.filter((a) => a.followUpKey === bFollowUp.key)
    );
    const opened = bFollowUp.etag;
    expect(bSaved.followUp.etag).not.toBe(opened);

    // A changes the status and writes a kommentar with bold text, then saves.
    await chooseOption(/^Status/, 'Ej påbörjad');
    await writeRich(followUpFieldId('kommentar'), '<p>Två av tio saknade <strong>attest</strong>.</p>');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));

    const table = await within(dialog).findByRole('table', { name: 'Fält som skiljer sig' });
    const heading = within(dialog).getByRole('heading', { name: 'Deras version och din' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const region = within(dialog).getByRole('region', { name: 'Deras version och din' });
    expect(region).toContainElement(table);
    expect(within(region).getByText('Någon annan har sparat en ny version medan du hade formuläret öppet. Ingenting av ditt är sparat än.')).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByText('Deras version och din visas sida vid sida: 2 fält skiljer sig.')).toHaveAttribute('aria-live', 'polite'));

    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Status', 'Kommentar']);
    const cells = (row: HTMLElement): HTMLElement[] => within(row).getAllByRole('cell');
    expect(cells(rows[0])[0]).toHaveTextContent('Genomförd');
    expect(cells(rows[0])[1]).toHaveTextContent('Ej påbörjad');
    // Rich text is formatted, not markup: their paragraph, and your bold word as a strong element.
    expect(cells(rows[1])[0]).toHaveTextContent('Stickprov på tio utbetalningar.');
    expect(cells(rows[1])[1].querySelector('strong')).toHaveTextContent('attest');
    expect(cells(rows[1])[1].textContent).not.toContain('<');
    // The defaults: yours in both rows (you changed both).
    const statusChoice = within(rows[0]).getByRole('radiogroup', { name: 'Version som ska gälla för Status' });
    expect(within(statusChoice).getByRole('radio', { name: 'Din' })).toBeChecked();
    expect(within(rows[1]).getByRole('radio', { name: 'Din' })).toBeChecked();
    // What A typed is still in the form.
    expect((await richEditor(followUpFieldId('kommentar'))).getHTML()).toContain('<strong>attest</strong>');

    // Nothing is written while A chooses: B's version is what is stored.
    const meanwhile = await b.loadPlanView(imported.plan.id);
    const stored = meanwhile.uppfoljningar.filter((f) => f.key === bFollowUp.key)[0];
    expect(stored).toMatchObject({ etag: bSaved.followUp.etag, status: 'Genomförd', kommentar: '<p>Stickprov på tio utbetalningar.</p>' });
    expect(etags).toEqual([opened]);

    // A takes B's status and keeps the own kommentar.
    fireEvent.click(within(statusChoice).getByRole('radio', { name: 'Deras' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Spara med mina val' }));
    await screen.findByText('Uppföljningen av kontrollmoment 1 för Tertial 1 är sparad.');

    expect(etags).toEqual([opened, bSaved.followUp.etag]);
    const after = await site.serviceFor('samordnare').loadPlanView(imported.plan.id);
    const saved = after.uppfoljningar.filter((f) => f.key === bFollowUp.key);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ status: 'Genomförd', resultat: 'Med anmärkning', kommentar: '<p>Två av tio saknade <strong>attest</strong>.</p>' });
    expect(after.avvikelser.filter((a) => a.followUpKey === bFollowUp.key).map((a) => [a.beskrivning, a.status])).toEqual([['Två utbetalningar utan attest', 'Ej påbörjad']]);
  });

  it('lays their new follow-up beside yours when they recorded the period first, and overwrites it with yours on request', async () => {
    const namnd = 'Byggnadsnämnden';
    const imported = await site.serviceFor('samordnare').importPlan(planWithFollowUp(namnd));
    const dialog = await openFollowUp(site.serviceFor('handlaggare'), namnd, 'Följ upp kontrollmoment 2 för Tertial 1');

    const b = site.serviceFor('samordnare');
    const k2 = (await b.loadPlanView(imported.plan.id)).kontrollmoment.filter((k) => k.nr === 2)[0];
    await b.saveFollowUp(imported.plan.id, { key: 'b-uppfoljning', targetType: 'kontrollmoment', targetKey: k2.key, periodKey: 'T1', status: 'Pågående' }, []);

    await chooseOption(/^Status/, 'Genomförd');
    await chooseOption(/^Resultat av granskning/, 'Utan anmärkning');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    const table = await within(dialog).findByRole('table', { name: 'Fält som skiljer sig' });
    expect(within(dialog).getByText('Någon annan har sparat en ny version medan du hade formuläret öppet. Ingenting av ditt är sparat än.')).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Status', 'Resultat av granskning']);
    expect(within(rows[1]).getAllByRole('cell')[0]).toHaveTextContent('Inte bedömt');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Skriv över med min version' }));
    await screen.findByText('Uppföljningen av kontrollmoment 2 för Tertial 1 är sparad.');
    const after = await b.loadPlanView(imported.plan.id);
    const k2FollowUps = after.uppfoljningar.filter((f) => f.targetKey === k2.key);
    // One follow-up of the target and period: theirs, with your values.
    expect(k2FollowUps).toHaveLength(1);
    expect(k2FollowUps[0]).toMatchObject({ key: 'b-uppfoljning', status: 'Genomförd', resultat: 'Utan anmärkning' });
  });
});
