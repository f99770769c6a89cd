/**
 * The plan's life cycle and the lock of a decided plan, through the real service on the local
 * SharePoint: a decided plan's risk changes only with a reason, and the reason lands in the
 * item's version history with the change; the status moves one step forward with beslutsdatum.
 */
import { spfi, SPBrowser } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { createDefaultMatrix4x4, buildStandardPeriods } from '../../src/model';
import type { Plan } from '../../src/model';
import { newKey } from '../../src/data/InternkontrollService';
import type { Editable } from '../../src/data/InternkontrollService';
import { DataError, ValidationFailedError } from '../../src/data/errors';
import { DEFAULT_SITE_URL, LocalSharePoint } from '../../local';
import { emptySite } from '../components/support/localSite';

function draftPlan(): Editable<Plan> {
  return {
    key: newKey(),
    namnd: 'Kulturnämnden',
    forvaltning: 'Kulturförvaltningen',
    ar: 2026,
    status: 'Utkast',
    riskMatrix: createDefaultMatrix4x4(),
    perioder: buildStandardPeriods(2026),
    omraden: []
  };
}

async function issuesOf(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationFailedError);
    return (error as ValidationFailedError).issues.map((issue) => `${issue.field}: ${issue.message}`);
  }
  throw new Error('saved although it should not');
}

describe('plan life cycle and the lock of a decided plan', () => {
  it('decides a plan only with beslutsdatum, one step at a time', async () => {
    const site = emptySite();
    const service = site.serviceFor('samordnare');
    await service.ensureLists();
    const plan = await service.savePlan(draftPlan());

    expect(await issuesOf(service.savePlan({ ...plan, status: 'Beslutad' }))).toEqual([
      'plan.beslutsdatum: Beslutsdatum måste fyllas i när planen beslutas.'
    ]);
    expect(await issuesOf(service.savePlan({ ...plan, status: 'Avslutad', beslutsdatum: '2025-12-10' }))).toEqual([
      'plan.status: Status kan inte ändras från utkast till avslutad för planen. Nästa steg är beslutad.'
    ]);
    const decided = await service.savePlan({ ...plan, status: 'Beslutad', beslutsdatum: '2025-12-10' });
    expect((await service.listPlans())[0]).toMatchObject({ status: 'Beslutad' });
    expect(await issuesOf(service.savePlan({ ...decided, status: 'Utkast' }))).toEqual([
      'plan.status: Status kan inte ändras från beslutad till utkast för planen. Nästa steg är avslutad.'
    ]);
    const closed = await service.savePlan({ ...decided, status: 'Avslutad' });
    expect(closed.status).toBe('Avslutad');
  });

  it('refuses a change of a decided plan’s risk without a reason and records the reason in the version history', async () => {
    const site = emptySite();
    const service = site.serviceFor('samordnare');
    await service.ensureLists();
    const plan = await service.savePlan(draftPlan());
    const risk = await service.saveRisk(plan.id, { key: newKey(), nr: 1, titel: 'Bristande attestrutiner', obligatorisk: false, sannolikhet: 2, konsekvens: 3 });
    const km = await service.saveKontrollmoment(plan.id, { key: newKey(), riskKey: risk.key, nr: 1, beskrivning: '<p>Stickprov på attester</p>', obligatorisk: false });
    await service.savePlan({ ...plan, status: 'Beslutad', beslutsdatum: '2025-12-10' });

    // A re-rating of the risk itself, and a changed kontrollmoment, without a reason: refused, nothing written.
    expect(await issuesOf(service.saveRisk(plan.id, { ...risk, sannolikhet: 4 }))).toEqual([
      'risker[0].andringsorsak: Ändringsorsak måste fyllas i: planen är beslutad och risken ”Bristande attestrutiner” ändras.'
    ]);
    expect(await issuesOf(service.saveKontrollmoment(plan.id, { ...km, beskrivning: '<p>Genomgång av alla attester</p>' }))).toEqual([
      'kontrollmoment[0].andringsorsak: Ändringsorsak måste fyllas i: planen är beslutad och kontrollmoment 1 ändras.'
    ]);
    expect(await issuesOf(service.saveRisk(plan.id, { key: newKey(), nr: 2, titel: 'Ny risk', obligatorisk: false }))).toEqual([
      'risker[1].andringsorsak: Ändringsorsak måste fyllas i: planen är beslutad och risken ”Ny risk” läggs till.'
    ]);
    // Moving a risk is no change of it, and the same rich text spelled otherwise is none either.
    const moved = await service.saveRisk(plan.id, { ...risk, ordning: 2 });
    await service.saveKontrollmoment(plan.id, { ...km, beskrivning: '<P>Stickprov på attester</P>' });

    const changed = await service.saveRisk(plan.id, { ...moved, sannolikhet: 4, andringsorsak: 'Ny granskning från revisionen visar högre sannolikhet' });
    expect(changed).toMatchObject({ sannolikhet: 4, andringsorsak: 'Ny granskning från revisionen visar högre sannolikhet' });

    // Read back through REST as another user: the version history holds who, when and why.
    const sp = spfi(DEFAULT_SITE_URL).using(SPBrowser({ baseUrl: DEFAULT_SITE_URL }), LocalSharePoint(site.core, { user: 'lasare' }));
    const versions = (await sp.web.lists.getByTitle('IKRisker').items.getById(risk.id).versions()) as Array<Record<string, unknown>>;
    const latest = versions.filter((v) => v.Sannolikhet === 4)[0];
    expect(latest).toBeDefined();
    expect(latest.Andringsorsak).toBe('Ny granskning från revisionen visar högre sannolikhet');
    expect(versions.filter((v) => v.Sannolikhet === 2).every((v) => !v.Andringsorsak)).toBe(true);
    expect(latest.Editor ?? latest.EditorId ?? latest.Editor_x0020_Id).toBeDefined();
  });

  it('rejects with a DataError only', async () => {
    const site = emptySite();
    const service = site.serviceFor('samordnare');
    await service.ensureLists();
    const plan = await service.savePlan(draftPlan());
    await expect(service.savePlan({ ...plan, status: 'Beslutad' })).rejects.toBeInstanceOf(DataError);
  });
});
