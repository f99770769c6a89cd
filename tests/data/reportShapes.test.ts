/**
 * The organisation's own report shapes (list IKRapportformer) through the data service, against
 * the local SharePoint in-process (or a real site, see tests/support/target.ts): saved, listed,
 * updated with the ETag read, deleted; a bad shape refused with the Swedish message at its path
 * and nothing written; a rapportör's write refused by SharePoint itself.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { ConcurrencyError, DataError, PermissionError, ValidationFailedError } from '../../src/data/errors';
import type { Editable, IInternkontrollService, OwnReportShape } from '../../src/data/InternkontrollService';
import { newKey } from '../../src/data/InternkontrollService';
import { createInternkontrollService } from '../../src/data/PnpInternkontrollService';
import { LIST_TITLES } from '../../src/data/schema/lists';
import { allReportShapes } from '../../src/reports';
import type { ReportShape } from '../../src/reports';
import { createTarget, localTest, userTest, type TargetUser, type TestTarget } from '../support/target';
import { FAST, provisionedService } from '../support/service';


let target: TestTarget;
let service: IInternkontrollService;
let counter = 0;

beforeEach(async () => {
  target = createTarget();
  service = await provisionedService(target, FAST);
});

afterEach(async () => {
  if (target.kind === 'real') {
    for (const stored of await service.listReportShapes()) {
      if (stored.shape.id.startsWith('test-')) {
        await service.deleteReportShape(stored);
      }
    }
  }
  target.close();
});

function serviceFor(user: TargetUser): IInternkontrollService {
  return createInternkontrollService(target.sp(user), FAST);
}

/** A small valid shape with an id no other test uses. */
function shape(namn: string = 'Status per avdelning'): ReportShape {
  counter++;
  return {
    id: `test-${Date.now().toString(36)}-${counter}`,
    namn,
    tabeller: [
      {
        rader: 'kontrollmoment',
        kolumner: [
          { falt: 'risk.titel', rubrik: 'Risk', bredd: 2 },
          { falt: 'kontrollmoment.beskrivning', rubrik: 'Kontrollmoment', bredd: 3 },
          { falt: 'uppfoljning.status', rubrik: 'Status {periodkod}', bredd: 1, perPeriod: true }
        ]
      }
    ]
  } as ReportShape;
}

function own(value: ReportShape): Editable<OwnReportShape> {
  return { key: newKey(), shape: value };
}

/** The rows of IKRapportformer as the samordnare's SPFI reads them. */
async function rowCount(): Promise<number> {
  const rows = (await target.sp('samordnare').web.lists.getByTitle(LIST_TITLES.rapportformer).items.select('Id')()) as unknown[];
  return rows.length;
}

describe('own report shapes', () => {
  test('a saved shape is listed as saved, with no issues, by name', async () => {
    const b = await service.saveReportShape(own(shape('Översikt per nämnd')));
    const a = await service.saveReportShape(own(shape('Avvikelser i korthet')));
    expect(a.id).toBeGreaterThan(0);
    expect(a.etag).toBeTruthy();
    const listed = (await service.listReportShapes()).filter((s) => s.shape.id.startsWith('test-'));
    expect(listed.map((s) => s.shape.namn)).toEqual(['Avvikelser i korthet', 'Översikt per nämnd']);
    expect(listed[1].shape).toEqual(b.shape);
    expect(listed[1].key).toBe(b.key);
    expect(listed.every((s) => s.issues.length === 0)).toBe(true);
  });

  test('allReportShapes lists the four built-in shapes first, then the own ones', async () => {
    const saved = await service.saveReportShape(own(shape()));
    const entries = allReportShapes(await service.listReportShapes());
    expect(entries.slice(0, 4).map((e) => e.shape.id)).toEqual(['status-per-tertial', 'granskningssammanfattning', 'periodens-riskanalys', 'atgarder-och-kontroller']);
    expect(entries.slice(0, 4).every((e) => e.builtIn)).toBe(true);
    const mine = entries.filter((e) => e.shape.id === saved.shape.id);
    expect(mine).toHaveLength(1);
    expect(mine[0].builtIn).toBe(false);
    expect(mine[0].stored?.id).toBe(saved.id);
  });

  test('an update goes in with the ETag read; a stale ETag is a concurrency error and changes nothing', async () => {
    const saved = await service.saveReportShape(own(shape('Första namnet')));
    const renamed = await service.saveReportShape({ ...saved, shape: { ...saved.shape, namn: 'Andra namnet' } });
    expect(renamed.etag).not.toBe(saved.etag);
    const stale = service.saveReportShape({ ...saved, shape: { ...saved.shape, namn: 'Tredje namnet' } });
    await expect(stale).rejects.toBeInstanceOf(ConcurrencyError);
    const listed = (await service.listReportShapes()).filter((s) => s.id === saved.id);
    expect(listed[0].shape.namn).toBe('Andra namnet');
  });

  test('a bad shape is refused with the Swedish message at its path, and nothing is written', async () => {
    const before = await rowCount();
    const bad = shape();
    (bad.tabeller[0].kolumner[2] as { falt: string }).falt = 'Statsu';
    const error = await service.saveReportShape(own(bad)).then(
      () => undefined,
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(ValidationFailedError);
    const issues = (error as ValidationFailedError).issues;
    expect(issues[0].field).toBe('tabeller[0].kolumner[2].falt');
    expect(issues[0].message).toMatch(/^tabeller\[0\]\.kolumner\[2\]\.falt: okänt fält "Statsu"/);
    expect((error as DataError).message).toMatch(/^Kan inte spara: tabeller\[0\]\.kolumner\[2\]\.falt/);
    expect(await rowCount()).toBe(before);
  });

  test('an id a built-in shape or another own shape holds is refused before anything is written', async () => {
    const first = await service.saveReportShape(own(shape()));
    const before = await rowCount();
    const builtInId = { ...shape(), id: 'status-per-tertial' };
    await expect(service.saveReportShape(own(builtInId))).rejects.toMatchObject({ kind: 'validation', issues: [expect.objectContaining({ field: 'id' })] });
    const twin = { ...shape(), id: first.shape.id };
    await expect(service.saveReportShape(own(twin))).rejects.toMatchObject({ kind: 'validation', issues: [expect.objectContaining({ field: 'id' })] });
    expect(await rowCount()).toBe(before);
    // Saving the shape itself again (same item) is no clash with itself.
    await expect(service.saveReportShape({ ...first, shape: { ...first.shape, namn: 'Nytt namn' } })).resolves.toMatchObject({ id: first.id });
  });

  test('a shape deleted is gone from the list', async () => {
    const saved = await service.saveReportShape(own(shape()));
    await service.deleteReportShape(saved);
    expect((await service.listReportShapes()).filter((s) => s.id === saved.id)).toEqual([]);
  });

  localTest('a shape edited outside the app into invalid JSON or an invalid shape is listed with its issues, and left out of allReportShapes', async () => {
    const saved = await service.saveReportShape(own(shape('Trasig form')));
    const list = target.sp('samordnare').web.lists.getByTitle(LIST_TITLES.rapportformer);
    await list.items.getById(saved.id).update({ Rapportform: '{"id": "x", ' });
    const broken = (await service.listReportShapes()).filter((s) => s.id === saved.id)[0];
    expect(broken.issues.map((i) => i.code)).toEqual(['not-json']);
    expect(broken.issues[0].message).toMatch(/inte giltig JSON/);
    expect(broken.shape.id).toBe(saved.shape.id);
    expect(allReportShapes([broken]).map((e) => e.shape.id)).not.toContain(saved.shape.id);
    expect(allReportShapes([broken], { includeInvalid: true }).map((e) => e.shape.id)).toContain(saved.shape.id);
  });

  userTest('handlaggare')('a rapportör may read the shapes, but SharePoint itself refuses the rapportör\'s save and delete', async () => {
    const saved = await service.saveReportShape(own(shape()));
    const reporter = serviceFor('handlaggare');
    expect((await reporter.listReportShapes()).map((s) => s.id)).toContain(saved.id);
    const before = await rowCount();
    await expect(reporter.saveReportShape(own(shape()))).rejects.toBeInstanceOf(PermissionError);
    await expect(reporter.saveReportShape({ ...saved, shape: { ...saved.shape, namn: 'Ändrad' } })).rejects.toBeInstanceOf(PermissionError);
    await expect(reporter.deleteReportShape(saved)).rejects.toBeInstanceOf(PermissionError);
    expect(await rowCount()).toBe(before);
  });

  userTest('handlaggare')('SharePoint refuses a rapportör who writes the list directly, past the service', async () => {
    const list = target.sp('handlaggare').web.lists.getByTitle(LIST_TITLES.rapportformer);
    await expect(list.items.add({ Title: 'forbi-tjansten', Rapportform: '{}' })).rejects.toMatchObject({ status: 403 });
  });
});
