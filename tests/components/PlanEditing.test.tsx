/** @jest-environment ./tests/support/jsdomWithFetch.cjs */
/*
 * Editing the plan itself through the whole UI, against the real data service on an in-process
 * local SharePoint: creating a plan with the organisation's pattern checked at the field, the
 * delete confirmation's text, the lock of a decided plan with its recorded reason, the
 * two-user conflict with both versions side by side, drafts kept across a reload, moves, and
 * seed 002's rich text surviving an open and save in the editor.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { spfi, SPBrowser } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';

import { App } from '../../src/components/App/App';
import StructureEditor from '../../src/components/StructureEditor/StructureEditor';
import type { EditTarget } from '../../src/components/StructureEditor/structureDraft';
import { buildStandardPeriods, createDefaultMatrix4x4, sanitizeRichText } from '../../src/model';
import type { PlanData } from '../../src/model';
import { DEFAULT_SITE_URL, LocalSharePoint } from '../../local';
import { DemoUser, LocalSite, seededSite } from './support/localSite';
import { richEditor, typeInto, writeRich } from './support/ui';

jest.setTimeout(120_000);

let site: LocalSite;

beforeAll(async () => {
  site = await seededSite();
});

afterEach(() => {
  window.sessionStorage.clear();
});

/** Items of a list read back through REST as the läsare, never through the service under test. */
async function restItems(list: string, filter?: string): Promise<Array<Record<string, unknown>>> {
  const sp = spfi(DEFAULT_SITE_URL).using(SPBrowser({ baseUrl: DEFAULT_SITE_URL }), LocalSharePoint(site.core, { user: 'lasare' }));
  const items = sp.web.lists.getByTitle(list).items.top(5000);
  return (filter ? await items.filter(filter)() : await items()) as Array<Record<string, unknown>>;
}

/** A stored rich-text value without SharePoint Online's ExternalClass wrapper (as REST answers it). */
function unwrapped(value: unknown): string {
  const match = /^\s*<div class="?ExternalClass[0-9A-Fa-f]{32}"?>([\s\S]*)<\/div>\s*$/.exec(String(value));
  return match === null ? String(value) : match[1];
}

/** A small plan, made through the import path, whose content is counted by hand in the tests. */
function smallPlan(namnd: string, status: 'Utkast' | 'Beslutad' = 'Utkast'): PlanData {
  const p = namnd.replace(/\W/g, '');
  return {
    plan: {
      key: `${p}-plan`,
      namnd,
      forvaltning: 'Kulturförvaltningen',
      ar: 2026,
      status,
      beslutsdatum: status === 'Beslutad' ? '2025-12-10' : undefined,
      riskMatrix: createDefaultMatrix4x4(),
      perioder: buildStandardPeriods(2026),
      omraden: [
        { key: `${p}-o1`, namn: 'Ekonomi', ordning: 1 },
        { key: `${p}-o2`, namn: 'Personal', ordning: 2 }
      ]
    },
    risker: [
      { key: `${p}-r1`, nr: 1, omradeKey: `${p}-o1`, titel: 'Felaktiga utbetalningar', obligatorisk: false, sannolikhet: 2, konsekvens: 3 },
      { key: `${p}-r2`, nr: 2, omradeKey: `${p}-o1`, titel: 'Bristande attest', obligatorisk: true, sannolikhet: 3, konsekvens: 3 },
      { key: `${p}-r3`, nr: 3, omradeKey: `${p}-o2`, titel: 'Hög sjukfrånvaro', obligatorisk: false }
    ],
    kontrollmoment: [
      { key: `${p}-k1`, riskKey: `${p}-r1`, nr: 1, beskrivning: '<p>Stickprov på utbetalningar</p>', obligatorisk: false },
      { key: `${p}-k2`, riskKey: `${p}-r1`, nr: 2, beskrivning: '<p>Avstämning mot huvudbok</p>', obligatorisk: false },
      { key: `${p}-k3`, riskKey: `${p}-r2`, nr: 3, beskrivning: '<p>Attestlistor</p>', obligatorisk: true },
      { key: `${p}-k4`, riskKey: `${p}-r3`, nr: 4, beskrivning: '<p>Sjukfrånvarostatistik</p>', obligatorisk: false }
    ],
    atgarder: [{ key: `${p}-a1`, riskKey: `${p}-r3`, beskrivning: 'Hälsofrämjande insatser', avstamningsdatum: [], status: 'Pågående' }],
    uppfoljningar: [
      { key: `${p}-f1`, targetType: 'kontrollmoment', targetKey: `${p}-k1`, periodKey: 'T1', status: 'Genomförd', resultat: 'Med anmärkning' },
      { key: `${p}-f2`, targetType: 'kontrollmoment', targetKey: `${p}-k2`, periodKey: 'T1', status: 'Genomförd', resultat: 'Utan anmärkning' },
      { key: `${p}-f3`, targetType: 'kontrollmoment', targetKey: `${p}-k3`, periodKey: 'T1', status: 'Pågående' },
      { key: `${p}-f4`, targetType: 'atgard', targetKey: `${p}-a1`, periodKey: 'T1', status: 'Pågående' },
      { key: `${p}-f5`, targetType: 'kontrollmoment', targetKey: `${p}-k1`, periodKey: 'T2', status: 'Genomförd', resultat: 'Med mindre anmärkning' }
    ],
    avvikelser: [
      { key: `${p}-v1`, followUpKey: `${p}-f1`, beskrivning: 'Två dubbla utbetalningar', atgard: 'Återkrav', slutdatum: '2026-06-30' },
      { key: `${p}-v2`, followUpKey: `${p}-f5`, beskrivning: 'En utbetalning utan attest', atgard: 'Påminnelse', slutdatum: '2026-10-31' }
    ]
  };
}

/** Renders the App and opens a plan by its button in the plan list. */
async function open(user: DemoUser, namnd: string, ar: number): Promise<void> {
  render(<App service={site.serviceFor(user)} locale="sv-SE" today={`${ar}-03-15`} />);
  fireEvent.click(await screen.findByRole('button', { name: `Öppna internkontrollplanen för ${namnd} ${ar}` }));
  await screen.findByRole('heading', { name: `Internkontrollplan ${ar}: ${namnd}` });
}

/** The field is marked invalid and its description (what a screen reader reads with it) holds the message. */
function expectFieldError(label: RegExp, message: string): void {
  const field = screen.getByLabelText(label);
  expect(field).toHaveAttribute('aria-invalid', 'true');
  const described = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter((id) => id !== '');
  expect(described.map((id) => (document.getElementById(id) || { textContent: '' }).textContent).join(' ')).toContain(message);
}

/** Clicks "Spara" in the open panel. */
function save(): void {
  fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
}

describe('plans', () => {
  it('creates a plan from the plan list: the diarienummer is checked against the organisation’s pattern at the field, and nothing is written until it is right', async () => {
    const owner = site.serviceFor('samordnare');
    const settings = await owner.loadSettings();
    await owner.saveSettings({ ...settings, diarienummerPattern: '^KN-\\d{4}-\\d{3}$', diarienummerExample: 'KN-2025-014' });
    const before = (await restItems('IKPlaner')).length;

    render(<App service={site.serviceFor('planerare')} locale="sv-SE" today="2025-10-01" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Ny plan' }));
    await screen.findByRole('heading', { name: 'Ny internkontrollplan' });
    await screen.findByText('Organisationens format, till exempel KN-2025-014.');
    expect(screen.getByLabelText('År', { exact: false })).toHaveValue('2026');
    typeInto(/^År/, '20x6');
    typeInto('Diarienummer', 'KN 2025/14');
    save();

    const summary = await screen.findByRole('region', { name: /^Rätta 3 fel innan du sparar:/ });
    expect(within(summary).getByRole('link', { name: 'Nämnd måste fyllas i för planen.' })).toBeInTheDocument();
    expectFieldError(/^Diarienummer/, 'Diarienummer (KN 2025/14) följer inte organisationens format (till exempel KN-2025-014).');
    expectFieldError(/^År/, 'År (20x6) måste vara ett helt år mellan 2000 och 2100 för planen.');
    expectFieldError(/^Nämnd/, 'Nämnd måste fyllas i för planen.');
    // What was typed stays; nothing reached SharePoint.
    expect(screen.getByLabelText(/^Diarienummer/)).toHaveValue('KN 2025/14');
    expect(await restItems('IKPlaner')).toHaveLength(before);

    typeInto(/^Nämnd/, 'Kulturnämnden');
    typeInto(/^År/, '2026');
    typeInto(/^Diarienummer/, 'KN-2025-014');
    save();
    await screen.findByRole('heading', { name: 'Internkontrollplan 2026: Kulturnämnden' });
    const stored = (await restItems('IKPlaner')).filter((item) => item.Namnd === 'Kulturnämnden');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ Diarienummer: 'KN-2025-014', Ar: 2026, PlanStatus: 'Utkast' });
    await owner.saveSettings({ ...(await owner.loadSettings()), diarienummerPattern: undefined, diarienummerExample: undefined });
  });

  it('names what goes with a deleted plan and deletes it all', async () => {
    const imported = await site.serviceFor('samordnare').importPlan(smallPlan('Fritidsnämnden'));
    await open('samordnare', 'Fritidsnämnden', 2026);
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort planen' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Ta bort internkontrollplanen för Fritidsnämnden 2026?' });
    // Counted by hand from smallPlan: 2 områden, 3 risks, 4 kontrollmoment, 1 åtgärd, 5 follow-ups, 2 avvikelser.
    expect(within(dialog).getByText('2 områden, 3 risker, 4 kontrollmoment, 1 åtgärd, 5 uppföljningar och 2 avvikelser tas bort.')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    await screen.findByRole('heading', { name: 'Internkontrollplaner' });
    for (const list of ['IKRisker', 'IKKontrollmoment', 'IKAtgarder', 'IKUppfoljningar', 'IKAvvikelser', 'IKOmraden']) {
      expect(await restItems(list, `PlanId eq ${imported.plan.id}`)).toEqual([]);
    }
    expect((await restItems('IKPlaner')).filter((item) => item.Id === imported.plan.id)).toEqual([]);
  });

  it('decides a plan only with beslutsdatum', async () => {
    await site.serviceFor('samordnare').importPlan(smallPlan('Valnämnden'));
    await open('samordnare', 'Valnämnden', 2026);
    fireEvent.click(screen.getByRole('button', { name: 'Redigera planen' }));
    const status = await screen.findByRole('combobox', { name: /^Status/ });
    fireEvent.click(status);
    fireEvent.click(await screen.findByRole('option', { name: 'Beslutad' }));
    save();
    await screen.findByRole('region', { name: /^Rätta 1 fel innan du sparar:/ });
    expectFieldError(/^Beslutsdatum/, 'Beslutsdatum måste fyllas i när planen beslutas.');
    expect((await restItems('IKPlaner')).filter((item) => item.Namnd === 'Valnämnden')[0].PlanStatus).toBe('Utkast');
    fireEvent.change(screen.getByLabelText(/^Beslutsdatum/), { target: { value: '2025-12-10' } });
    save();
    await screen.findByText('Planen är sparad.');
    expect((await restItems('IKPlaner')).filter((item) => item.Namnd === 'Valnämnden')[0].PlanStatus).toBe('Beslutad');
  });
});

describe('structure', () => {
  it('asks a decided plan’s risk change for a reason and records it in the version history', async () => {
    const imported = await site.serviceFor('samordnare').importPlan(smallPlan('Byggnadsnämnden', 'Beslutad'));
    await open('planerare', 'Byggnadsnämnden', 2026);
    fireEvent.click(screen.getByRole('button', { name: 'Redigera risk 1' }));
    await screen.findByText(/^Planen är beslutad\. Risker, riskbedömningar och kontrollmoment ändras bara med en ändringsorsak/);
    // The steps carry the plan's own labels, and the level shows live as "Hög (9)".
    fireEvent.click(screen.getByRole('combobox', { name: /^Sannolikhet/ }));
    fireEvent.click(await screen.findByRole('option', { name: '3 – Möjlig' }));
    fireEvent.click(screen.getByRole('combobox', { name: /^Konsekvens/ }));
    fireEvent.click(await screen.findByRole('option', { name: '3 – Kännbar' }));
    // 3 × 3 = 9, which the default 4 × 4 matrix calls Hög (8–9).
    expect(within(screen.getByRole('dialog')).getByText('Hög (9)')).toBeInTheDocument();
    save();
    await screen.findByRole('region', { name: /^Rätta 1 fel innan du sparar:/ });
    expectFieldError(/^Ändringsorsak/, 'Ändringsorsak måste fyllas i: planen är beslutad och risken ”Felaktiga utbetalningar” ändras.');
    const risk = (await restItems('IKRisker', `PlanId eq ${imported.plan.id}`)).filter((item) => item.Nr === 1)[0];
    expect(risk.Sannolikhet).toBe(2);

    typeInto(/^Ändringsorsak/, 'Revisionens granskning visade fler fel');
    save();
    await screen.findByText('Risken är sparad.');
    const sp = spfi(DEFAULT_SITE_URL).using(SPBrowser({ baseUrl: DEFAULT_SITE_URL }), LocalSharePoint(site.core, { user: 'lasare' }));
    const versions = (await sp.web.lists.getByTitle('IKRisker').items.getById(risk.Id as number).versions()) as Array<Record<string, unknown>>;
    const changed = versions.filter((v) => v.Sannolikhet === 3)[0];
    expect(changed).toMatchObject({ Konsekvens: 3, Andringsorsak: 'Revisionens granskning visade fler fel' });
  });

  it('moves a risk down by keyboard-operable buttons without renumbering it', async () => {
    const imported = await site.serviceFor('samordnare').importPlan(smallPlan('Miljönämnden'));
    await open('samordnare', 'Miljönämnden', 2026);
    const titles = (): string[] => screen.getAllByRole('article').map((a) => within(a).getAllByRole('heading')[0].textContent || '');
    expect(titles().slice(0, 2)).toEqual(['Risk 1Felaktiga utbetalningar', 'Risk 2Bristande attest']);
    expect(screen.getByRole('button', { name: 'Flytta upp risk 1' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Flytta ned risk 1' }));
    await screen.findByText('risk 1 flyttades ned.');
    expect(titles().slice(0, 2)).toEqual(['Risk 2Bristande attest', 'Risk 1Felaktiga utbetalningar']);
    const stored = await restItems('IKRisker', `PlanId eq ${imported.plan.id}`);
    expect(stored.map((r) => [r.Nr, r.Ordning]).sort()).toEqual([
      [1, 2],
      [2, 1],
      [3, null]
    ]);
  });

  it('deletes a risk after naming what goes with it', async () => {
    const imported = await site.serviceFor('samordnare').importPlan(smallPlan('Kommunstyrelsen'));
    await open('samordnare', 'Kommunstyrelsen', 2026);
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort risk 1' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Ta bort risk 1?' });
    // Risk 1 has kontrollmoment 1 and 2; their follow-ups f1, f2, f5; f1 and f5 have one avvikelse each.
    expect(within(dialog).getByText('2 kontrollmoment, 3 uppföljningar och 2 avvikelser tas bort.')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(await restItems('IKRisker', `PlanId eq ${imported.plan.id}`)).toHaveLength(3);

    fireEvent.click(screen.getByRole('button', { name: 'Ta bort området ”Personal”' }));
    const omradeDialog = await screen.findByRole('alertdialog', { name: 'Ta bort området ”Personal”?' });
    expect(within(omradeDialog).getByText('Inget annat tas bort. 1 risk ligger kvar utan område.')).toBeInTheDocument();
  });
});

describe('two users, drafts and rich text', () => {
  it('shows the other user’s version beside yours after a conflict and saves the chosen fields', async () => {
    const imported = await site.serviceFor('samordnare').importPlan(smallPlan('Tekniska nämnden'));
    await open('samordnare', 'Tekniska nämnden', 2026);
    fireEvent.click(screen.getByRole('button', { name: 'Redigera risk 3' }));
    await screen.findByRole('heading', { name: 'Redigera risk 3' });
    typeInto(/^Titel/, 'Hög sjukfrånvaro i hemtjänsten');

    // Meanwhile the planerare (another samordnare) changes the same risk through their own service.
    const other = site.serviceFor('planerare');
    const theirView = await other.loadPlanView(imported.plan.id);
    const theirRisk = theirView.risker.filter((r) => r.nr === 3)[0];
    await other.saveRisk(imported.plan.id, { ...theirRisk, titel: 'Hög sjukfrånvaro', obligatorisk: true });

    save();
    expect(await screen.findByText(/har ändrats av någon annan|någon annan/i)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Jämför med den nya versionen' }));
    const table = await screen.findByRole('table', { name: 'Fält som skiljer sig' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Titel', 'Obligatorisk risk (beslutad centralt)']);
    expect(rows[0]).toHaveTextContent('Hög sjukfrånvaro');
    expect(rows[0]).toHaveTextContent('Hög sjukfrånvaro i hemtjänsten');
    expect(within(rows[1]).getByText('Ja')).toBeInTheDocument();
    // What you typed is still in the form.
    expect(screen.getByLabelText(/^Titel/)).toHaveValue('Hög sjukfrånvaro i hemtjänsten');
    fireEvent.click(screen.getByRole('button', { name: 'Spara med mina val' }));
    await screen.findByText('Risken är sparad.');
    const stored = (await restItems('IKRisker', `PlanId eq ${imported.plan.id}`)).filter((r) => r.Nr === 3)[0];
    // Yours where you changed it, theirs where only they did.
    expect(stored).toMatchObject({ Title: 'Hög sjukfrånvaro i hemtjänsten', Obligatorisk: true });
  });

  it('keeps unsaved edits across a reload and restores them with a notice, discardable', async () => {
    await site.serviceFor('samordnare').importPlan(smallPlan('Revisionen'));
    const first = render(<App service={site.serviceFor('samordnare')} locale="sv-SE" today="2026-03-15" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Öppna internkontrollplanen för Revisionen 2026' }));
    await screen.findByRole('heading', { name: 'Internkontrollplan 2026: Revisionen' });
    fireEvent.click(screen.getByRole('button', { name: 'Redigera kontrollmoment 4' }));
    await screen.findByRole('heading', { name: 'Redigera kontrollmoment 4' });
    typeInto(/^Ansvarig/, 'HR-chef');
    first.unmount();

    // "Reload": a new App on the same session storage.
    await open('samordnare', 'Revisionen', 2026);
    // A MessageBar renders its text just after its live region, so it is announced.
    expect(await screen.findByText('Du har osparade ändringar i kontrollmoment 4.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Fortsätt redigera' }));
    await screen.findByText('Osparade ändringar återställdes.');
    expect(screen.getByLabelText(/^Ansvarig/)).toHaveValue('HR-chef');
    fireEvent.click(screen.getByRole('button', { name: 'Släng ändringarna' }));
    await waitFor(() => expect(screen.getByLabelText(/^Ansvarig/)).toHaveValue(''));
    expect(window.sessionStorage.length).toBe(0);
  });

  it('opens and saves seed 002’s rich text without losing its lists or the italic "Obligatorisk risk:"', async () => {
    const service = site.serviceFor('samordnare');
    const amn = (await service.listPlans()).filter((p) => p.namnd === 'Arbetsmarknadsnämnden')[0];
    const risk1 = (await restItems('IKRisker', `PlanId eq ${amn.id}`)).filter((r) => r.Nr === 1)[0];
    const km1 = (await restItems('IKKontrollmoment', `PlanId eq ${amn.id}`)).filter((k) => k.Nr === 1)[0];
    expect(unwrapped(risk1.Beskrivning)).toContain('<em>Obligatorisk risk:</em>');
    expect(unwrapped(km1.Kontrollmetod)).toContain('<ul><li>');
    const view = await service.loadPlanView(amn.id);

    /** The editor alone on an item of the plan; resolves when it has saved. */
    const edit = (target: EditTarget): { saved: Promise<void>; unmount: () => void } => {
      let done: () => void = () => undefined;
      const saved = new Promise<void>((resolve) => {
        done = resolve;
      });
      const rendered = render(
        <StructureEditor service={service} view={view} target={target} today="2024-09-01" onSaved={() => done()} onReload={() => Promise.resolve(view)} onDismiss={() => undefined} />
      );
      return { saved, unmount: rendered.unmount };
    };

    // Open and save the risk unchanged: nothing to give a reason for, and the text is as it was.
    const risk = view.risker.filter((r) => r.nr === 1)[0];
    const first = edit({ kind: 'risk', item: risk, newKey: 'unused' });
    const editor = await richEditor('ik-risk-beskrivning');
    expect(editor.getHTML()).toContain('<em>Obligatorisk risk:</em>');
    save();
    await first.saved;
    first.unmount();
    const risk1After = (await restItems('IKRisker', `PlanId eq ${amn.id}`)).filter((r) => r.Nr === 1)[0];
    expect(unwrapped(risk1After.Beskrivning)).toBe(sanitizeRichText(unwrapped(risk1.Beskrivning)));

    // Edit the kontrollmetod's last paragraph in the editor: the lists stay lists.
    const km = view.kontrollmoment.filter((k) => k.nr === 1)[0];
    const second = edit({ kind: 'kontrollmoment', item: km, newKey: 'unused' });
    const metod = await richEditor('ik-kontrollmoment-kontrollmetod');
    const edited = metod.getHTML().replace('utförs under året.', 'utförs under året, senast i oktober.');
    await writeRich('ik-kontrollmoment-kontrollmetod', edited);
    typeInto(/^Ändringsorsak/, 'Tidpunkt för egenkontrollen förtydligad');
    save();
    await second.saved;
    const km1After = (await restItems('IKKontrollmoment', `PlanId eq ${amn.id}`)).filter((k) => k.Nr === 1)[0];
    expect(unwrapped(km1After.Kontrollmetod)).toBe(
      sanitizeRichText(unwrapped(km1.Kontrollmetod)).replace('utförs under året.', 'utförs under året, senast i oktober.')
    );
    expect(unwrapped(km1After.Kontrollmetod)).toContain('<ul><li>informationshanteringsplanen är beslutad, kommunicerad och hålls aktuell,</li>');
    expect(unwrapped(km1After.Beskrivning)).toBe(unwrapped(km1.Beskrivning));
    expect(km1After.Andringsorsak).toBe('Tidpunkt för egenkontrollen förtydligad');
  });
});

describe('who may edit, from SharePoint’s permissions per list', () => {
  it('offers a rapportör follow-ups and their deletes but none of the plan’s structure', async () => {
    await site.serviceFor('samordnare').importPlan(smallPlan('Överförmyndarnämnden'));
    await open('handlaggare', 'Överförmyndarnämnden', 2026);
    expect(screen.getAllByRole('button', { name: /^Följ upp kontrollmoment/ }).length).toBeGreaterThan(0);
    for (const name of ['Redigera planen', 'Ta bort planen', 'Lägg till område', 'Redigera risk 1', 'Ta bort risk 1', 'Flytta ned risk 1', 'Lägg till kontrollmoment för risk 1']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    // The rapportörer hold Bidra on IKUppfoljningar and IKAvvikelser (docs/roles.md).
    expect(screen.getByRole('button', { name: /^Ta bort uppföljningen av kontrollmoment 1/ })).toBeInTheDocument();
  });

  it('offers a läsare nothing to change', async () => {
    await site.serviceFor('samordnare').importPlan(smallPlan('Tillsynsnämnden'));
    render(<App service={site.serviceFor('lasare')} locale="sv-SE" today="2026-03-15" />);
    await screen.findByRole('button', { name: 'Öppna internkontrollplanen för Tillsynsnämnden 2026' });
    expect(screen.queryByRole('button', { name: 'Ny plan' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Öppna internkontrollplanen för Tillsynsnämnden 2026' }));
    await screen.findByRole('heading', { name: 'Internkontrollplan 2026: Tillsynsnämnden' });
    expect(screen.queryAllByRole('button', { name: /^(Redigera|Ta bort|Flytta|Lägg till|Följ upp)/ })).toEqual([]);
  });

  it('does not offer a samordnare a delete that would leave the follow-ups behind', async () => {
    const imported = await site.serviceFor('samordnare').importPlan(smallPlan('Krisledningsnämnden'));
    await open('planerare', 'Krisledningsnämnden', 2026);
    // The samordnare group reads IKUppfoljningar and IKAvvikelser only: no follow-up deletes.
    expect(screen.queryByRole('button', { name: /^Ta bort uppföljningen/ })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort risk 1' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Ta bort risk 1?' });
    expect(within(dialog).getByText('2 kontrollmoment, 3 uppföljningar och 2 avvikelser tas bort.')).toBeInTheDocument();
    expect(
      within(dialog).getByText('Du kan inte ta bort detta: du har inte behörighet att ta bort i listorna uppföljningar, avvikelser. Be en webbplatsägare om hjälp. Inget har tagits bort.')
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Ta bort' })).not.toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());

    // Risk 2's kontrollmoment 3 has a follow-up too (f3, no avvikelse).
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort risk 2' }));
    const second = await screen.findByRole('alertdialog', { name: 'Ta bort risk 2?' });
    expect(within(second).queryByRole('button', { name: 'Ta bort' })).not.toBeInTheDocument();
    fireEvent.click(within(second).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(await restItems('IKRisker', `PlanId eq ${imported.plan.id}`)).toHaveLength(3);
    expect(await restItems('IKUppfoljningar', `PlanId eq ${imported.plan.id}`)).toHaveLength(5);
  });
});

describe('an avvikelse’s own status', () => {
  it('is chosen in the follow-up form and written to the avvikelse', async () => {
    const imported = await site.serviceFor('samordnare').importPlan(smallPlan('Gymnasienämnden'));
    await open('handlaggare', 'Gymnasienämnden', 2026);
    fireEvent.click(screen.getByRole('button', { name: 'Följ upp kontrollmoment 1 för Tertial 1' }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('Avvikelse 1');
    const status = within(dialog).getByRole('combobox', { name: /^Avvikelsens status/ });
    fireEvent.click(status);
    fireEvent.click(await screen.findByRole('option', { name: 'Pågående' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    await screen.findByText('Uppföljningen av kontrollmoment 1 för Tertial 1 är sparad.');
    const stored = await restItems('IKAvvikelser', `PlanId eq ${imported.plan.id}`);
    const v1 = stored.filter((a) => unwrapped(a.Beskrivning) === 'Två dubbla utbetalningar')[0];
    expect(v1.AvvikelseStatus).toBe('Pågående');
    // The other avvikelse (of Tertial 2) is untouched.
    expect(stored.filter((a) => unwrapped(a.Beskrivning) === 'En utbetalning utan attest')[0].AvvikelseStatus).not.toBe('Pågående');
  });
});
