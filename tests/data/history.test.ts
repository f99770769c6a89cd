/**
 * History: SharePoint's version history as field-level changes. The pure diff is checked on
 * versions written as SharePoint Online answers them (the shape of pnp/pnpcore's recorded
 * answer: Created in UTC without "Z", Editor as {LookupId, LookupValue, Email}); the service
 * reads real versions from the local SharePoint after saves by two users.
 */
import { newKey } from '../../src/data/InternkontrollService';
import type { IInternkontrollService } from '../../src/data/InternkontrollService';
import { historyFromVersions, versionTime, comparedFields, reasonFieldOf } from '../../src/data/history/versionDiff';
import { createInternkontrollService } from '../../src/data/PnpInternkontrollService';
import { getListDefinition, LIST_TITLES } from '../../src/data/schema/lists';
import type { ListDefinition } from '../../src/data/schema/types';
import { buildStandardPeriods, createDefaultMatrix4x4 } from '../../src/model';
import { createTarget, TestTarget } from '../support/target';
import { provisionedService } from '../support/service';

const uppfoljningar = getListDefinition(LIST_TITLES.uppfoljningar) as ListDefinition;
const planer = getListDefinition(LIST_TITLES.planer) as ListDefinition;

/** A version as SharePoint Online returns it, with the given column values. */
function version(n: number, editor: [number, string], created: string, values: Record<string, unknown>): Record<string, unknown> {
  return {
    Created: created,
    IsCurrentVersion: false,
    VersionId: n * 512,
    VersionLabel: `${n}.0`,
    ID: 1,
    Title: 'Kontrollmoment 7 – Tertial 2',
    Modified: `${created}Z`,
    Author: { LookupId: 6, LookupValue: 'Samordnare intern kontroll', Email: 'samordnare@kommun.example' },
    Editor: { LookupId: editor[0], LookupValue: editor[1], Email: '' },
    OData__x005f_UIVersionString: `${n}.0`,
    owshiddenversion: n,
    Plan: { LookupId: 3, LookupValue: 'Internkontrollplan 2022 Socialnämnden' },
    IdempotencyKey: 'f-1',
    Uppfoljningsnyckel: 'kontrollmoment:k7:T2',
    ...values
  };
}

describe('version diff (pure)', () => {
  it('reads SharePoint Online’s zone-less Created as UTC', () => {
    expect(versionTime('2022-11-14T13:37:26')).toBe('2022-11-14T13:37:26Z');
    expect(versionTime('2022-11-14T13:37:26Z')).toBe('2022-11-14T13:37:26Z');
    expect(versionTime('2022-11-14T14:37:26+01:00')).toBe('2022-11-14T13:37:26Z');
  });

  it('turns versions into Swedish field changes, newest first, rich text compared as text', () => {
    const base = { Period: 'T2', Objekttyp: 'Kontrollmoment', Kontrollmoment: { LookupId: 7, LookupValue: '7. Attest' }, Resultat: null, Sannolikhet: null, Konsekvens: null };
    const versions = [
      version(3, [7, 'Handläggare'], '2022-09-02T08:00:00', { ...base, UppfoljningStatus: 'Genomförd', Resultat: 'Med mindre anmärkning', Kommentar: '<div class="ExternalClassA1"><p>Två av <b>tjugo</b> ärenden.</p></div>' }),
      version(2, [7, 'Handläggare'], '2022-08-30T15:10:00', { ...base, UppfoljningStatus: 'Pågående', Kommentar: '<p>Två av tjugo ärenden.</p>' }),
      version(1, [6, 'Samordnare intern kontroll'], '2022-08-29T09:00:00', { ...base, UppfoljningStatus: 'Ej påbörjad', Kommentar: null })
    ];
    const entries = historyFromVersions(uppfoljningar, versions);
    expect(entries.map((e) => [e.versionLabel, e.editor.title, e.modified, e.isCreation])).toEqual([
      ['3.0', 'Handläggare', '2022-09-02T08:00:00Z', false],
      ['2.0', 'Handläggare', '2022-08-30T15:10:00Z', false],
      ['1.0', 'Samordnare intern kontroll', '2022-08-29T09:00:00Z', true]
    ]);
    // Version 3 only added bold to the comment: as text it is the same, so no change.
    expect(entries[0].changes.map((c) => `${c.label}: ${c.before ?? '–'} → ${c.after ?? '–'}`)).toEqual([
      'Status: Pågående → Genomförd',
      'Resultat av granskning: – → Med mindre anmärkning'
    ]);
    expect(entries[1].changes.map((c) => `${c.label}: ${c.before ?? '–'} → ${c.after ?? '–'}`)).toEqual([
      'Status: Ej påbörjad → Pågående',
      'Kommentar: – → Två av tjugo ärenden.'
    ]);
    // The create lists what it was created with; keys, the plan and the app-made title are left out.
    expect(entries[2].changes.map((c) => c.label)).toEqual(['Period', 'Avser', 'Kontrollmoment', 'Status']);
    expect(entries[2].changes[2]).toEqual({ field: 'Kontrollmoment', label: 'Kontrollmoment', labelEn: 'Control', kind: 'lookup', after: '7. Attest' });
  });

  it('summarises the plan’s matrix and periods, and marks a change inside an unchanged summary', () => {
    const matrix = createDefaultMatrix4x4();
    const changed = { ...matrix, grid: matrix.grid.map((row) => row.slice()) };
    changed.grid[2][2] = 'mycket-hog';
    const periods = buildStandardPeriods(2024);
    const plan = (n: number, values: Record<string, unknown>): Record<string, unknown> =>
      version(n, [6, 'Samordnare intern kontroll'], `2024-0${n}-01T10:00:00`, {
        Namnd: 'Socialnämnden',
        Ar: 2024,
        PlanStatus: 'Utkast',
        Beslutsdatum: null,
        RiskMatrix: JSON.stringify(matrix),
        Perioder: JSON.stringify(periods),
        ...values
      });
    const entries = historyFromVersions(planer, [
      plan(1, {}),
      plan(2, { PlanStatus: 'Beslutad', Beslutsdatum: '2023-12-11T23:00:00Z' }),
      plan(3, { PlanStatus: 'Beslutad', Beslutsdatum: '2023-12-11T23:00:00Z', RiskMatrix: JSON.stringify(changed), Perioder: JSON.stringify(periods.slice(0, 3)) })
    ]);
    expect(entries[1].changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ['Status', 'Utkast', 'Beslutad'],
      // 23:00 UTC on 11 December is midnight on the 12th in Stockholm.
      ['Beslutsdatum', undefined, '2023-12-12']
    ]);
    expect(entries[0].changes).toEqual([
      // One cell (3 × 3) changed level: the summary reads the same, the count says what changed.
      { field: 'RiskMatrix', label: 'Riskmatris', labelEn: 'Risk matrix', kind: 'json', before: '4 × 4', after: '4 × 4', detailOnly: true, cellsChanged: 1 },
      {
        field: 'Perioder',
        label: 'Perioder',
        labelEn: 'Periods',
        kind: 'json',
        before: 'Tertial 1, Tertial 2, Tertial 3, Delår, Helår',
        after: 'Tertial 1, Tertial 2, Tertial 3'
      }
    ]);
  });

  it('shows the recorded reason of a change instead of listing its column', () => {
    const withReason: ListDefinition = {
      ...uppfoljningar,
      fields: [...uppfoljningar.fields, { type: 'Note', id: 'x', internalName: 'Andringsorsak', displayName: 'Ändringsorsak', description: '', richText: false, numLines: 2 }]
    };
    expect(reasonFieldOf(withReason)).toBe('Andringsorsak');
    expect(comparedFields(withReason).map((f) => f.name)).not.toContain('Andringsorsak');
    const entries = historyFromVersions(withReason, [
      version(1, [6, 'S'], '2024-01-01T10:00:00', { UppfoljningStatus: 'Pågående', Andringsorsak: null }),
      version(2, [6, 'S'], '2024-02-01T10:00:00', { UppfoljningStatus: 'Genomförd', Andringsorsak: 'Nämndens beslut 2024-01-30' }),
      version(3, [6, 'S'], '2024-03-01T10:00:00', { UppfoljningStatus: 'Pågående', Andringsorsak: 'Nämndens beslut 2024-01-30' })
    ]);
    expect(entries.map((e) => e.reason)).toEqual([undefined, 'Nämndens beslut 2024-01-30', undefined]);
    // A column marked in the schema wins over the name.
    const marked: ListDefinition = {
      ...withReason,
      fields: [...withReason.fields, { type: 'Note', id: 'y', internalName: 'Motivering', displayName: 'Motivering', description: '', richText: false, numLines: 2, historyRole: 'reason' }]
    };
    expect(reasonFieldOf(marked)).toBe('Motivering');
  });

  it('does not call the oldest kept version a create when SharePoint has dropped 1.0', () => {
    const entries = historyFromVersions(uppfoljningar, [version(51, [6, 'S'], '2024-01-01T10:00:00', { UppfoljningStatus: 'Pågående' })]);
    expect(entries[0].isCreation).toBe(false);
  });
});

describe('item history through the service', () => {
  let target: TestTarget;
  let owner: IInternkontrollService;

  beforeEach(async () => {
    target = createTarget();
    owner = await provisionedService(target);
  });

  afterEach(() => target.close());

  test('reads who changed what in a follow-up, and in a kontrollmoment', async () => {
    const plan = await owner.savePlan({
      key: newKey(),
      namnd: 'Socialnämnden',
      ar: 2025,
      status: 'Utkast',
      riskMatrix: createDefaultMatrix4x4(),
      perioder: buildStandardPeriods(2025),
      omraden: []
    });
    const risk = await owner.saveRisk(plan.id, { key: newKey(), nr: 1, titel: 'Felaktiga utbetalningar', obligatorisk: false, sannolikhet: 2, konsekvens: 3 });
    const km = await owner.saveKontrollmoment(plan.id, { key: newKey(), riskKey: risk.key, nr: 1, beskrivning: '<p>Attest</p>', ansvarig: 'Enhetschef', obligatorisk: false });
    await owner.saveKontrollmoment(plan.id, { ...km, ansvarig: 'Ekonomichef', startdatum: '2025-02-01' });
    const first = await owner.saveFollowUp(plan.id, { key: newKey(), targetType: 'kontrollmoment', targetKey: km.key, periodKey: 'T1', status: 'Pågående' }, []);
    // A second user, the handläggare, finishes it.
    const handlaggare = createInternkontrollService(target.sp('handlaggare'));
    await handlaggare.loadPlanView(plan.id);
    await handlaggare.saveFollowUp(plan.id, { ...first.followUp, status: 'Genomförd', resultat: 'Utan anmärkning', kommentar: '<p>Inga fel.</p>' }, []);

    const followUpHistory = await owner.loadItemHistory({ kind: 'followUp', id: first.followUp.id });
    expect(followUpHistory.entries.map((e) => [e.versionLabel, e.editor.title])).toEqual([
      ['2.0', 'Handläggare'],
      ['1.0', 'Samordnare intern kontroll']
    ]);
    expect(followUpHistory.entries[0].changes.map((c) => `${c.label}: ${c.before ?? '–'} → ${c.after ?? '–'}`)).toEqual([
      'Status: Pågående → Genomförd',
      'Resultat av granskning: – → Utan anmärkning',
      'Kommentar: – → Inga fel.'
    ]);
    expect(followUpHistory.entries[0].modified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

    const kmHistory = await handlaggare.loadItemHistory({ kind: 'kontrollmoment', id: km.id });
    expect(kmHistory.entries[0].changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ['Ansvarig', 'Enhetschef', 'Ekonomichef'],
      ['Startdatum', undefined, '2025-02-01']
    ]);
    expect(kmHistory.entries[1].changes.map((c) => c.label)).toEqual(['Risk', 'Nr', 'Beskrivning', 'Ansvarig', 'Obligatorisk']);
  });

  test('a deleted item’s history is a not-found error in Swedish', async () => {
    await expect(owner.loadItemHistory({ kind: 'risk', id: 999 })).rejects.toMatchObject({ kind: 'not-found', message: expect.stringMatching(/^Hittade inte risken/) });
  });
});
