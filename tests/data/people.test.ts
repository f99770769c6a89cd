/**
 * People: the search over the site's users, `ensureuser` for a person of the directory, and
 * the Person columns of kontrollmoment and åtgärder read back with names (local SharePoint).
 */
import { newKey } from '../../src/data/InternkontrollService';
import type { IInternkontrollService } from '../../src/data/InternkontrollService';
import { createInternkontrollService } from '../../src/data/PnpInternkontrollService';
import { buildTertialPeriods, createDefaultMatrix4x4 } from '../../src/model';
import { createTarget, isRealTarget, TestTarget } from '../support/target';

/** The demo directory exists only locally. */
const localTest = isRealTarget() ? test.skip : test;

let target: TestTarget;
let service: IInternkontrollService;

beforeEach(async () => {
  target = createTarget();
  service = createInternkontrollService(target.sp('samordnare'));
  await service.ensureLists();
});

afterEach(() => target.close());

describe('people', () => {
  localTest('finds site users by part of the name or e-mail, at least two characters', async () => {
    expect(await service.searchPeople('handl')).toEqual([{ id: 7, title: 'Handläggare', email: 'handlaggare@kommun.example' }]);
    expect((await service.searchPeople('kommun.example')).map((p) => p.title)).toEqual(['Förvaltningsdirektör', 'Handläggare', 'Läsare', 'Samordnare intern kontroll']);
    expect(await service.searchPeople('h')).toEqual([]);
    expect(await service.searchPeople("o'brien")).toEqual([]);
  });

  localTest('makes a person of the directory a site user by e-mail, then finds them', async () => {
    target.core!.store.users.addToDirectory({ login: 'enhetschef', title: 'Enhetschef IFO', email: 'enhetschef@kommun.example' });
    expect(await service.searchPeople('Enhetschef')).toEqual([]);
    const person = await service.ensurePerson('enhetschef@kommun.example');
    expect(person).toMatchObject({ title: 'Enhetschef IFO', email: 'enhetschef@kommun.example' });
    expect(await service.searchPeople('enhets')).toEqual([person]);
    await expect(service.ensurePerson('finns.inte@kommun.example')).rejects.toMatchObject({
      kind: 'not-found',
      message: 'Det finns ingen person med e-postadressen eller inloggningen ”finns.inte@kommun.example” i organisationens katalog. Kontrollera stavningen.'
    });
  });

  localTest('stores the persons of a kontrollmoment and an åtgärd and reads them back with their names', async () => {
    const plan = await service.savePlan({ key: newKey(), namnd: 'Socialnämnden', ar: 2025, status: 'Utkast', riskMatrix: createDefaultMatrix4x4(), perioder: buildTertialPeriods(2025), omraden: [] });
    const risk = await service.saveRisk(plan.id, { key: newKey(), nr: 1, titel: 'Jäv', obligatorisk: false });
    const km = await service.saveKontrollmoment(plan.id, {
      key: newKey(),
      riskKey: risk.key,
      nr: 1,
      beskrivning: 'Jävsdeklarationer',
      obligatorisk: false,
      ansvarig: 'Enhetschef',
      ansvarigPerson: { id: 8, title: '' },
      rapporteringsansvarigPerson: { id: 7, title: '' }
    });
    await service.saveAtgard(plan.id, { key: newKey(), riskKey: risk.key, beskrivning: 'Rutin', avstamningsdatum: [], status: 'Ej påbörjad', ansvarigPerson: { id: 7, title: '' } });
    const view = await createInternkontrollService(target.sp('lasare')).loadPlanView(plan.id);
    expect(view.kontrollmoment[0].ansvarig).toBe('Enhetschef');
    expect(view.kontrollmoment[0].ansvarigPerson).toEqual({ id: 8, title: 'Förvaltningsdirektör', email: 'chef@kommun.example' });
    expect(view.kontrollmoment[0].rapporteringsansvarigPerson).toEqual({ id: 7, title: 'Handläggare', email: 'handlaggare@kommun.example' });
    expect(view.atgarder[0].ansvarigPerson).toEqual({ id: 7, title: 'Handläggare', email: 'handlaggare@kommun.example' });
    expect(view.atgarder[0].rapporteringsansvarigPerson).toBeUndefined();
    // Clearing the person empties the column.
    await service.saveKontrollmoment(plan.id, { ...km, ansvarigPerson: undefined });
    const again = await createInternkontrollService(target.sp('lasare')).loadPlanView(plan.id);
    expect(again.kontrollmoment[0].ansvarigPerson).toBeUndefined();
    expect(again.kontrollmoment[0].rapporteringsansvarigPerson?.id).toBe(7);
  });
});
