// ensureSchema against the local SharePoint, in-process through the same PnPjs calls a real
// site gets: lists, columns, lookups, indexes, WriteSecurity, idempotency and permissions.
import { spfi, SPBrowser, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import { createLocalSharePointCore, DEFAULT_SITE_URL, LocalSharePoint, type LocalSharePointCore } from '../../local';
import {
  ensureSchema,
  SchemaEnsureError,
  type EnsureSchemaProgress
} from '../../src/data/schema/ensure';
import { getListDefinition, LIST_DEFINITIONS, LIST_TITLES } from '../../src/data/schema/lists';
import type { FieldDefinition, ListDefinition } from '../../src/data/schema/types';

/** What the tests read back of a column. */
interface FieldInfo {
  InternalName: string;
  Title: string;
  TypeAsString: string;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  Required: boolean;
  LookupList?: string;
  MaxLength?: number;
  Choices?: string[];
  FillInChoice?: boolean;
}

/** SharePoint's TypeAsString of each column type of the schema. */
const TYPE_AS_STRING: Record<FieldDefinition['type'], string> = {
  Text: 'Text',
  Note: 'Note',
  Number: 'Number',
  Boolean: 'Boolean',
  DateTime: 'DateTime',
  Choice: 'Choice',
  MultiChoice: 'MultiChoice',
  Lookup: 'Lookup',
  User: 'User'
};

function siteFor(core: LocalSharePointCore, user: string): SPFI {
  return spfi(DEFAULT_SITE_URL).using(SPBrowser({ baseUrl: DEFAULT_SITE_URL }), LocalSharePoint(core, { user }));
}

async function fieldsOf(sp: SPFI, title: string): Promise<Map<string, FieldInfo>> {
  const fields = await sp.web.lists.getByTitle(title).fields<FieldInfo[]>();
  return new Map(fields.map((field) => [field.InternalName, field]));
}

function bare(id: string | undefined): string {
  return (id ?? '').replace(/[{}]/g, '').toLowerCase();
}

const totalColumns = LIST_DEFINITIONS.reduce((sum, list) => sum + list.fields.length, 0);

describe('ensureSchema on an empty site', () => {
  let core: LocalSharePointCore;
  let sp: SPFI;
  const progress: EnsureSchemaProgress[] = [];
  let firstReport: Awaited<ReturnType<typeof ensureSchema>>;

  beforeAll(async () => {
    core = createLocalSharePointCore();
    sp = siteFor(core, 'samordnare');
    firstReport = await ensureSchema(sp, (step) => progress.push(step));
  });

  afterAll(() => core.close());

  it('creates every list in dependency order and every column', () => {
    expect(firstReport.listsCreated).toEqual(LIST_DEFINITIONS.map((list) => list.title));
    expect(firstReport.fieldsCreated).toHaveLength(totalColumns);
    expect(firstReport.changed).toBe(true);
  });

  it('reports progress list by list, ending complete', () => {
    const total = LIST_DEFINITIONS.length;
    expect(progress.map((step) => step.completed)).toEqual(Array.from({ length: total + 1 }, (_, i) => i));
    expect(progress.every((step) => step.total === total)).toBe(true);
    expect(progress.slice(0, total).map((step) => step.currentList)).toEqual(LIST_DEFINITIONS.map((list) => list.title));
    expect(progress[total].currentList).toBeUndefined();
    expect(progress[0].currentListDisplayName).toBe('Internkontrollplaner');
  });

  it.each(LIST_DEFINITIONS.map((list) => [list.title, list] as const))('gives %s its columns as defined', async (title, list) => {
    const fields = await fieldsOf(sp, title);
    const listIds = new Map(
      (await sp.web.lists.select('Id', 'Title')<Array<{ Id: string; Title: string }>>()).map((l) => [l.Title, bare(l.Id)])
    );
    for (const field of list.fields) {
      const info = fields.get(field.internalName);
      // SharePoint names a people column that takes several people "UserMulti".
      const type = field.type === 'User' && field.multi === true ? 'UserMulti' : TYPE_AS_STRING[field.type];
      expect([field.internalName, info?.TypeAsString]).toEqual([field.internalName, type]);
      expect([field.internalName, 'Indexed', info?.Indexed]).toEqual([field.internalName, 'Indexed', field.indexed === true]);
      expect([field.internalName, 'Required', info?.Required]).toEqual([field.internalName, 'Required', field.required === true]);
      expect(info?.Title).toBe(field.displayName);
      if (field.type === 'Text') {
        expect(info?.MaxLength).toBe(field.maxLength);
      }
      if (field.type === 'Choice') {
        expect(info?.Choices).toEqual(field.choices);
        expect(info?.FillInChoice).toBe(field.fillIn);
      }
      if (field.type === 'Lookup') {
        // The lookup points at the target list's real Id on this site.
        expect(bare(info?.LookupList)).toBe(listIds.get(field.targetList));
      }
    }
    const titleField = fields.get('Title');
    expect(titleField?.Title).toBe(list.titleField.displayName);
    expect(titleField?.Indexed).toBe(list.titleField.indexed === true);
    expect(titleField?.EnforceUniqueValues).toBe(list.titleField.enforceUnique === true);
  });

  it('creates lists whose lookups the app can filter and expand', async () => {
    const plan = await sp.web.lists.getByTitle(LIST_TITLES.planer).items.add({
      Title: 'Internkontrollplan 2024 Arbetsmarknadsnämnden',
      Namnd: 'Arbetsmarknadsnämnden',
      Ar: 2024,
      PlanStatus: 'Beslutad',
      IdempotencyKey: 'plan-amn-2024'
    });
    const planId = (plan as { Id?: number; ID?: number }).Id ?? (plan as { ID?: number }).ID;
    const risker = sp.web.lists.getByTitle(LIST_TITLES.risker);
    await risker.items.add({ Title: 'Bristande informationssäkerhet', PlanId: planId, Nr: 1, IdempotencyKey: 'risk-1' });
    const rows = await risker.items.filter(`PlanId eq ${planId}`).select('Title', 'Nr', 'Plan/Title').expand('Plan')<
      Array<{ Title: string; Nr: number; Plan: { Title: string } }>
    >();
    expect(rows).toHaveLength(1);
    expect(rows[0].Plan.Title).toBe('Internkontrollplan 2024 Arbetsmarknadsnämnden');
  });

  it('enforces the unique settings key it asked for', async () => {
    const settings = sp.web.lists.getByTitle(LIST_TITLES.installningar);
    await settings.items.add({ Title: 'organisation', Varde: '{}' });
    await expect(settings.items.add({ Title: 'organisation', Varde: '{}' })).rejects.toBeDefined();
  });

  it('changes nothing on a second run', async () => {
    const calls: EnsureSchemaProgress[] = [];
    const again = await ensureSchema(sp, (step) => calls.push(step));
    expect(again.changed).toBe(false);
    expect(again.listsCreated).toEqual([]);
    expect(again.fieldsCreated).toEqual([]);
    expect(again.fieldsIndexed).toEqual([]);
    expect(again.lists.map((list) => list.listId)).toEqual(firstReport.lists.map((list) => list.listId));
    expect(calls).toHaveLength(LIST_DEFINITIONS.length + 1);
  });
});

describe('ensureSchema on a site that is partly there', () => {
  let core: LocalSharePointCore;
  let sp: SPFI;

  beforeAll(async () => {
    core = createLocalSharePointCore();
    sp = siteFor(core, 'samordnare');
    await ensureSchema(sp);
  });

  afterAll(() => core.close());

  it('adds back a missing column and a lost index, and nothing else', async () => {
    const risker = sp.web.lists.getByTitle(LIST_TITLES.risker);
    await risker.fields.getByInternalNameOrTitle('Sannolikhet').delete();
    const uppfoljningar = sp.web.lists.getByTitle(LIST_TITLES.uppfoljningar);
    await uppfoljningar.fields.getByInternalNameOrTitle('Period').update({ Indexed: false }, 'SP.FieldText');
    expect((await fieldsOf(sp, LIST_TITLES.uppfoljningar)).get('Period')?.Indexed).toBe(false);

    const report = await ensureSchema(sp);

    expect(report.listsCreated).toEqual([]);
    expect(report.fieldsCreated).toEqual(['IKRisker.Sannolikhet']);
    expect(report.fieldsIndexed).toEqual(['IKUppfoljningar.Period']);
    expect((await fieldsOf(sp, LIST_TITLES.risker)).get('Sannolikhet')?.TypeAsString).toBe('Number');
    expect((await fieldsOf(sp, LIST_TITLES.uppfoljningar)).get('Period')?.Indexed).toBe(true);
  });

  it('adds a missing list whose lookup targets already exist, pointing at their ids', async () => {
    await sp.web.lists.getByTitle(LIST_TITLES.avvikelser).delete();
    const report = await ensureSchema(sp);
    expect(report.listsCreated).toEqual([LIST_TITLES.avvikelser]);
    const uppfoljningarId = report.lists.find((list) => list.title === LIST_TITLES.uppfoljningar)?.listId;
    const lookup = (await fieldsOf(sp, LIST_TITLES.avvikelser)).get('Uppfoljning');
    expect(bare(lookup?.LookupList)).toBe(bare(uppfoljningarId));
  });

  it('turns version history back on for a list where it was switched off', async () => {
    const risker = sp.web.lists.getByTitle(LIST_TITLES.risker);
    await risker.update({ EnableVersioning: false });
    const report = await ensureSchema(sp);
    expect(report.changed).toBe(true);
    expect(report.lists.filter((list) => list.versioningSet).map((list) => list.title)).toEqual([LIST_TITLES.risker]);
    expect((await risker.select('EnableVersioning')<{ EnableVersioning: boolean }>()).EnableVersioning).toBe(true);
    expect((await ensureSchema(sp)).changed).toBe(false);
  });
});

describe('ensureSchema with WriteSecurity', () => {
  const ownItemsOnly: ListDefinition = {
    ...(getListDefinition(LIST_TITLES.installningar) as ListDefinition),
    id: '5b1f8f55-3f57-4a4f-9e39-0c2f8c8f7f01',
    title: 'IKEgnaRader',
    url: 'Lists/IKEgnaRader',
    writeSecurity: 2,
    titleField: { displayName: 'Rad', description: 'En rad.' }
  };
  let core: LocalSharePointCore;

  beforeAll(() => {
    core = createLocalSharePointCore();
  });

  afterAll(() => core.close());

  it('sets it where the schema defines it, so members edit only their own items', async () => {
    const owner = siteFor(core, 'samordnare');
    const report = await ensureSchema(owner, undefined, [ownItemsOnly]);
    expect(report.lists[0]).toMatchObject({ created: true, writeSecuritySet: true });
    const info = await owner.web.lists.getByTitle('IKEgnaRader').select('WriteSecurity')<{ WriteSecurity: number }>();
    expect(info.WriteSecurity).toBe(2);

    const ownersRow = await owner.web.lists.getByTitle('IKEgnaRader').items.add({ Title: 'samordnarens' });
    const ownersId = (ownersRow as { Id?: number; ID?: number }).Id ?? (ownersRow as { ID?: number }).ID;
    const member = siteFor(core, 'handlaggare');
    await member.web.lists.getByTitle('IKEgnaRader').items.add({ Title: 'handläggarens' });
    await expect(
      member.web.lists.getByTitle('IKEgnaRader').items.getById(ownersId as number).update({ Title: 'ändrad' })
    ).rejects.toMatchObject({ status: 403 });

    const again = await ensureSchema(owner, undefined, [ownItemsOnly]);
    expect(again.lists[0].writeSecuritySet).toBe(false);
    expect(again.changed).toBe(false);
  });
});

describe('ensureSchema failures', () => {
  let core: LocalSharePointCore;

  beforeEach(() => {
    core = createLocalSharePointCore();
  });

  afterEach(() => core.close());

  it('tells a reader in Swedish that a site owner must do it', async () => {
    const error = await ensureSchema(siteFor(core, 'lasare')).then(
      () => undefined,
      (reason: unknown) => reason
    );
    expect(error).toBeInstanceOf(SchemaEnsureError);
    const ensureError = error as SchemaEnsureError;
    expect(ensureError.status).toBe(403);
    expect(ensureError.listTitle).toBe(LIST_TITLES.planer);
    expect(ensureError.message).toMatch(/behörighet.*IKPlaner/);
    expect(ensureError.messageEn).toMatch(/site owner/);
  });

  it('names the missing lookup list when a list is ensured before its target', async () => {
    const risker = getListDefinition(LIST_TITLES.risker) as ListDefinition;
    await expect(ensureSchema(siteFor(core, 'samordnare'), undefined, [risker])).rejects.toMatchObject({
      listTitle: LIST_TITLES.risker,
      fieldName: 'Plan',
      message: expect.stringContaining('IKPlaner')
    });
  });
});
