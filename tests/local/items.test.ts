/**
 * Contract tests: item create, read, update, delete, recycle and versions through PnPjs,
 * with SharePoint's JSON shapes and errors.
 */
import { createTestSite, provisionTestLists, spErrorOf, type TestSite } from './support';
import { DEFAULT_SITE_URL } from '../../local';

describe('local SharePoint: items', () => {
  let site: TestSite;

  beforeEach(async () => {
    site = createTestSite();
    await provisionTestLists(site.sp());
  });

  afterEach(() => {
    site.core.close();
  });

  const controls = (user?: string) => site.sp(user).web.lists.getByTitle('IKKontrollmoment');

  it('creates an item with typed values and returns it in minimal metadata', async () => {
    const plan = await site.sp().web.lists.getByTitle('IKPlaner').items.add({ Title: 'Internkontrollplan 2024', Ar: 2024, SamordnareId: 6 });
    const created = await controls().items.add({
      Title: 'Kontroll av attesträtter',
      PlanId: plan.Id,
      Kontrollmetod: 'Stickprov i ekonomisystemet',
      Frekvens: 'Tertial',
      Perioder: ['T1', 'T2'],
      Riskvarde: 12,
      Slutdatum: '2024-12-31T00:00:00Z',
      AnsvarigId: 7,
      IdempotencyKey: 'k-1'
    });
    expect(created).toMatchObject({
      'odata.type': 'SP.Data.IKKontrollmomentListItem',
      Id: 1,
      ID: 1,
      Title: 'Kontroll av attesträtter',
      PlanId: plan.Id,
      Frekvens: 'Tertial',
      Perioder: ['T1', 'T2'],
      Riskvarde: 12,
      Obligatorisk: false,
      // A date-only value is the site's local midnight (W. Europe, winter: UTC+1) in UTC.
      Slutdatum: '2024-12-30T23:00:00Z',
      AnsvarigId: 7,
      AnsvarigStringId: '7',
      AuthorId: 6,
      EditorId: 6,
      OData__UIVersionString: '1.0'
    });
    expect(created['odata.etag']).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(created['odata.editLink']).toMatch(/^Web\/Lists\(guid'[0-9a-f-]{36}'\)\/Items\(1\)$/);
    expect(created.Created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const read = await controls().items.getById(1)();
    expect(read).toMatchObject({ Title: 'Kontroll av attesträtter', 'odata.etag': created['odata.etag'] });
    const list = await controls().select('ItemCount')();
    expect(list.ItemCount).toBe(1);
  });

  it('rejects wrong value types, unknown columns and bad JSON with SharePoint’s 400', async () => {
    expect(await spErrorOf(controls().items.add({ Title: 'X', Riskvarde: 'hög' }))).toEqual({
      status: 400,
      code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      message: "Cannot convert a primitive value to the expected type 'Edm.Double'. See the inner exception for more details."
    });
    expect((await spErrorOf(controls().items.add({ Title: 'X', Obligatorisk: 'ja' }))).status).toBe(400);
    expect((await spErrorOf(controls().items.add({ Title: 'X', Slutdatum: 'imorgon' }))).status).toBe(400);
    expect((await spErrorOf(controls().items.add({ Title: 'X', PlanId: 'ett' }))).status).toBe(400);
    expect((await spErrorOf(controls().items.add({ Title: 'X', AnsvarigId: 4711 }))).status).toBe(400);
    expect((await spErrorOf(controls().items.add({ Title: 'x'.repeat(256) }))).status).toBe(400);
    expect(await spErrorOf(controls().items.add({ Title: 'X', Finns: 1 }))).toMatchObject({
      status: 400,
      message: "The property 'Finns' does not exist on type 'SP.Data.IKKontrollmomentListItem'. Make sure to only use property names that are defined by the type."
    });
    const digest = (await site.core.handle({ method: 'POST', url: `${DEFAULT_SITE_URL}/_api/contextinfo`, headers: { 'X-Local-User': 'samordnare' } })).body;
    const bad = await site.core.handle({
      method: 'POST',
      url: `${DEFAULT_SITE_URL}/_api/web/lists/getByTitle('IKKontrollmoment')/items`,
      headers: { 'X-Local-User': 'samordnare', 'X-RequestDigest': (JSON.parse(digest) as { FormDigestValue: string }).FormDigestValue, Accept: 'application/json' },
      body: '{"Title": "trasig'
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({
      'odata.error': {
        code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        message: { lang: 'en-US', value: 'Invalid JSON. A token was not recognized in the JSON content.' }
      }
    });
    expect((await controls().select('ItemCount')()).ItemCount).toBe(0);
  });

  it('updates with the item’s ETag, answers 204 with the new ETag and keeps versions', async () => {
    const created = await controls().items.add({ Title: 'Version ett', Riskvarde: 4 });
    const first = await controls().items.getById(created.Id).update({ Title: 'Version två' }, created['odata.etag']);
    expect(first.etag).toMatch(/,2"$/);
    const second = await controls().items.getById(created.Id).update({ Riskvarde: 9 }, first.etag);
    expect(second.etag).toMatch(/,3"$/);
    const item = await controls().items.getById(created.Id)();
    expect(item).toMatchObject({ Title: 'Version två', Riskvarde: 9, OData__UIVersionString: '3.0', 'odata.etag': second.etag });
    const versions = await controls().items.getById(created.Id).versions();
    expect(versions.map((v: { VersionLabel: string }) => v.VersionLabel)).toEqual(['3.0', '2.0', '1.0']);
    expect(versions.map((v: { Title: string; Riskvarde: number }) => [v.Title, v.Riskvarde])).toEqual([
      ['Version två', 9],
      ['Version två', 4],
      ['Version ett', 4]
    ]);
    expect(versions[0]).toMatchObject({ IsCurrentVersion: true, VersionId: 1536, Editor: { LookupId: 6, LookupValue: 'Samordnare intern kontroll' } });
    const one = await controls().items.getById(created.Id).versions.getById(512)();
    expect(one).toMatchObject({ VersionLabel: '1.0', Title: 'Version ett' });
  });

  it('answers versions in SharePoint Online’s shape: who saved each, when, and lookups as values', async () => {
    const plan = await site.sp().web.lists.getByTitle('IKPlaner').items.add({ Title: 'Internkontrollplan 2024', Ar: 2024 });
    const created = await controls().items.add({ Title: 'Attest', PlanId: plan.Id, AnsvarigId: 7, Riskvarde: 4 });
    await controls('handlaggare').items.getById(created.Id).update({ Riskvarde: 9, AnsvarigId: null });
    const [second, first] = await controls().items.getById(created.Id).versions();
    // Created is UTC without "Z" (as SharePoint Online writes it); Modified keeps the "Z".
    expect(second.Created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    expect(second.Modified).toBe(`${second.Created}Z`);
    expect(second).toMatchObject({
      VersionLabel: '2.0',
      OData__x005f_UIVersionString: '2.0',
      Author: { LookupId: 6, LookupValue: 'Samordnare intern kontroll', Email: 'samordnare@kommun.example' },
      Editor: { LookupId: 7, LookupValue: 'Handläggare', Email: 'handlaggare@kommun.example' },
      Plan: { LookupId: plan.Id, LookupValue: 'Internkontrollplan 2024' },
      Ansvarig: null,
      Riskvarde: 9
    });
    expect(first).toMatchObject({
      VersionLabel: '1.0',
      IsCurrentVersion: false,
      Editor: { LookupId: 6 },
      Ansvarig: { LookupId: 7, LookupValue: 'Handläggare', Email: 'handlaggare@kommun.example' },
      Riskvarde: 4
    });
  });

  it('answers a stale ETag with 412 and SharePoint’s message, and If-Match * always matches', async () => {
    const created = await controls().items.add({ Title: 'A' });
    await controls().items.getById(created.Id).update({ Title: 'B' }, created['odata.etag']);
    const current = (await controls().items.getById(created.Id)())['odata.etag'] as string;
    expect(await spErrorOf(controls().items.getById(created.Id).update({ Title: 'C' }, created['odata.etag']))).toEqual({
      status: 412,
      code: '-2130575305, Microsoft.SharePoint.SPException',
      message: `The request ETag value '${created['odata.etag']}' does not match the object's ETag value '${current}'.`
    });
    await controls().items.getById(created.Id).update({ Title: 'D' });
    expect((await controls().items.getById(created.Id)()).Title).toBe('D');
    expect((await spErrorOf(controls().items.getById(created.Id).delete(created['odata.etag']))).status).toBe(412);
  });

  it('deletes and recycles items; a missing item is a 404', async () => {
    const a = await controls().items.add({ Title: 'Ta bort' });
    const b = await controls().items.add({ Title: 'Papperskorg' });
    await controls().items.getById(a.Id).delete();
    const recycleId = await controls().items.getById(b.Id).recycle();
    expect(recycleId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await controls().items()).toEqual([]);
    expect(await spErrorOf(controls().items.getById(a.Id)())).toEqual({
      status: 404,
      code: '-2147024809, System.ArgumentException',
      message: 'Item does not exist. It may have been deleted by another user.'
    });
    // SharePoint never reuses an item id.
    expect((await controls().items.add({ Title: 'Ny' })).Id).toBe(3);
  });

  it('fills in column defaults and enforces unique values', async () => {
    const first = await controls().items.add({ Title: 'Unik', IdempotencyKey: 'nyckel-1' });
    expect(first.Obligatorisk).toBe(false);
    const duplicate = await spErrorOf(controls().items.add({ Title: 'Dubblett', IdempotencyKey: 'NYCKEL-1' }));
    expect(duplicate.status).toBe(500);
    expect(duplicate.message).toContain('duplicate values were found in the following field(s) in the list: [IdempotencyKey].');
    expect((await controls().items()).length).toBe(1);
  });

  it('returns no metadata for odata=nometadata and the d wrapper for odata=verbose', async () => {
    await controls().items.add({ Title: 'Format' });
    const url = `${DEFAULT_SITE_URL}/_api/web/lists/getByTitle('IKKontrollmoment')/items?$select=Title,Id`;
    const none = await site.core.handle({ method: 'GET', url, headers: { 'X-Local-User': 'samordnare', Accept: 'application/json;odata=nometadata' } });
    expect(JSON.parse(none.body)).toEqual({ value: [{ Title: 'Format', Id: 1 }] });
    const verbose = await site.core.handle({ method: 'GET', url, headers: { 'X-Local-User': 'samordnare', Accept: 'application/json;odata=verbose' } });
    const body = JSON.parse(verbose.body) as { d: { results: { __metadata: { type: string; etag: string }; Title: string }[] } };
    expect(body.d.results[0]).toMatchObject({ Title: 'Format', __metadata: { type: 'SP.Data.IKKontrollmomentListItem' } });
    const minimal = await site.core.handle({ method: 'GET', url, headers: { 'X-Local-User': 'samordnare', Accept: 'application/json' } });
    expect(minimal.headers['Content-Type']).toBe('application/json;odata=minimalmetadata;streaming=true;charset=utf-8');
    expect(JSON.parse(minimal.body)['odata.metadata']).toBe(`${DEFAULT_SITE_URL}/_api/$metadata#SP.ListData.IKKontrollmomentListItems`);
  });

  it('reads items through the editLink path and lists(guid) that PnPjs builds from odata.editLink', async () => {
    const created = await controls().items.add({ Title: 'Länk' });
    const answer = await site.core.handle({
      method: 'GET',
      url: `${DEFAULT_SITE_URL}/_api/${created['odata.editLink'] as string}`,
      headers: { 'X-Local-User': 'samordnare', Accept: 'application/json;odata=nometadata' }
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ Title: 'Länk', Id: created.Id });
  });
});
