/**
 * Contract tests: OData query options on items through PnPjs — $select (with lookup and
 * person projections), $filter, $orderby, $top, $expand — and SharePoint's errors for bad
 * queries.
 */
import { DEFAULT_SITE_URL } from '../../local';
import { createTestSite, provisionTestLists, spErrorOf, type TestSite } from './support';

interface Row {
  Id: number;
  Title: string;
}

describe('local SharePoint: OData queries on items', () => {
  let site: TestSite;

  beforeAll(async () => {
    site = createTestSite();
    const sp = site.sp();
    await provisionTestLists(sp);
    const plans = sp.web.lists.getByTitle('IKPlaner');
    await plans.items.add({ Title: 'Plan 2023', Ar: 2023 });
    await plans.items.add({ Title: 'Plan 2024', Ar: 2024, SamordnareId: 6 });
    const controls = sp.web.lists.getByTitle('IKKontrollmoment');
    const rows = [
      { Title: 'Attesträtter', PlanId: 2, Frekvens: 'Tertial', Perioder: ['T1', 'T2'], Riskvarde: 16, Obligatorisk: true, Slutdatum: '2024-04-30T00:00:00Z', AnsvarigId: 7, Omrade: 'Ekonomi' },
      { Title: 'Avtalstrohet', PlanId: 2, Frekvens: 'Årligen', Perioder: ['T3'], Riskvarde: 9, Obligatorisk: false, Slutdatum: '2024-12-31T00:00:00Z', AnsvarigId: 8, Omrade: 'Inköp' },
      { Title: 'Bisysslor', PlanId: 2, Frekvens: 'Årligen', Perioder: [], Riskvarde: 12, Obligatorisk: true, Slutdatum: null, Omrade: 'Personal' },
      { Title: 'Delegationsbeslut', PlanId: 1, Frekvens: 'Månatligen', Perioder: ['T1'], Riskvarde: 6, Obligatorisk: false, Slutdatum: '2023-08-31T00:00:00Z', AnsvarigId: 7, Omrade: "Nämndens 'egna'" },
      { Title: 'Egen kontroll', PlanId: 1, Frekvens: 'Tertial', Riskvarde: 15, Obligatorisk: false, Omrade: 'Ekonomi' }
    ];
    for (const row of rows) {
      await controls.items.add(row);
    }
  });

  afterAll(() => {
    site.core.close();
  });

  const items = () => site.sp('lasare').web.lists.getByTitle('IKKontrollmoment').items;
  const titles = async (query: Promise<Row[]>): Promise<string[]> => (await query).map((r) => r.Title);

  it('selects only the named columns, with lookup and person projections through $expand', async () => {
    const [first] = await items()
      .select('Id', 'Title', 'Plan/Title', 'Plan/Id', 'Ansvarig/Title', 'Ansvarig/EMail', 'PlanId')
      .expand('Plan', 'Ansvarig')
      .filter('Id eq 1')<Record<string, unknown>[]>();
    expect(first['odata.type']).toBe('SP.Data.IKKontrollmomentListItem');
    const values = Object.fromEntries(Object.entries(first).filter(([key]) => !key.startsWith('odata.')));
    expect(values).toEqual({
      Id: 1,
      Title: 'Attesträtter',
      PlanId: 2,
      Plan: { 'odata.type': 'SP.Data.IKPlanerListItem', 'odata.id': expect.any(String), Title: 'Plan 2024', Id: 2 },
      Ansvarig: { 'odata.type': 'SP.Data.UserInfoItem', 'odata.id': expect.any(String), Title: 'Handläggare', EMail: 'handlaggare@kommun.example' }
    });
    const [noPerson] = await items().select('Ansvarig/Title').expand('Ansvarig').filter("Title eq 'Bisysslor'")<Record<string, unknown>[]>();
    expect(noPerson.Ansvarig).toBeNull();
  });

  it('expands and filters the built-in Author and Editor person columns', async () => {
    const rows = await items().select('Title', 'Author/Title', 'Editor/EMail').expand('Author', 'Editor').filter("Author/Title eq 'Samordnare intern kontroll'").top(1)<
      Record<string, { Title?: string; EMail?: string }>[]
    >();
    expect(rows[0].Author.Title).toBe('Samordnare intern kontroll');
    expect(rows[0].Editor.EMail).toBe('samordnare@kommun.example');
    expect(await titles(items().select('Title').filter('EditorId eq 7')())).toEqual([]);
  });

  it('requires $expand for a projected lookup, as SharePoint does', async () => {
    expect(await spErrorOf(items().select('Plan/Title')())).toEqual({
      status: 400,
      code: '-1, Microsoft.SharePoint.SPException',
      message: "The query to field 'Plan' is not valid. The $select query string must specify the target fields and the $expand query string must contains Plan."
    });
    expect((await spErrorOf(items().select('Finns')())).message).toBe("The field or property 'Finns' does not exist.");
    expect((await spErrorOf(items().expand('Title')())).status).toBe(400);
  });

  it('filters with comparisons, and/or/not, parentheses and functions', async () => {
    expect(await titles(items().select('Title').filter("Frekvens eq 'Årligen'")())).toEqual(['Avtalstrohet', 'Bisysslor']);
    expect(await titles(items().select('Title').filter('Riskvarde ge 12 and Riskvarde lt 16')())).toEqual(['Bisysslor', 'Egen kontroll']);
    expect(await titles(items().select('Title').filter("(Frekvens eq 'Tertial' or Frekvens eq 'Månatligen') and Riskvarde gt 10")())).toEqual([
      'Attesträtter',
      'Egen kontroll'
    ]);
    expect(await titles(items().select('Title').filter("not (Omrade eq 'Ekonomi')")())).toEqual(['Avtalstrohet', 'Bisysslor', 'Delegationsbeslut']);
    expect(await titles(items().select('Title').filter("startswith(Title,'A')")())).toEqual(['Attesträtter', 'Avtalstrohet']);
    expect(await titles(items().select('Title').filter("substringof('kontroll',Title)")())).toEqual(['Egen kontroll']);
    expect(await titles(items().select('Title').filter("Omrade eq 'Nämndens ''egna'''")())).toEqual(['Delegationsbeslut']);
    expect(await titles(items().select('Title').filter("Title eq 'attesträtter'")())).toEqual(['Attesträtter']);
  });

  it('filters lookups by id and projection, persons, booleans, dates, nulls and multi-choice', async () => {
    expect(await titles(items().select('Title').filter('PlanId eq 1')())).toEqual(['Delegationsbeslut', 'Egen kontroll']);
    expect(await titles(items().select('Title').filter("Plan/Title eq 'Plan 2023'")())).toEqual(['Delegationsbeslut', 'Egen kontroll']);
    expect(await titles(items().select('Title').filter('AnsvarigId eq 7')())).toEqual(['Attesträtter', 'Delegationsbeslut']);
    expect(await titles(items().select('Title').filter("Ansvarig/EMail eq 'chef@kommun.example'")())).toEqual(['Avtalstrohet']);
    expect(await titles(items().select('Title').filter('Obligatorisk eq 1')())).toEqual(['Attesträtter', 'Bisysslor']);
    expect(await titles(items().select('Title').filter('Obligatorisk eq true')())).toEqual(['Attesträtter', 'Bisysslor']);
    expect(await titles(items().select('Title').filter("Slutdatum ge datetime'2024-01-01T00:00:00Z'")())).toEqual(['Attesträtter', 'Avtalstrohet']);
    expect(await titles(items().select('Title').filter("Slutdatum lt '2024-01-01T00:00:00Z'")())).toEqual(['Delegationsbeslut']);
    expect(await titles(items().select('Title').filter('Slutdatum eq null')())).toEqual(['Bisysslor', 'Egen kontroll']);
    expect(await titles(items().select('Title').filter('AnsvarigId ne null')())).toEqual(['Attesträtter', 'Avtalstrohet', 'Delegationsbeslut']);
    expect(await titles(items().select('Title').filter("Perioder eq 'T1'")())).toEqual(['Attesträtter', 'Delegationsbeslut']);
    expect(await titles(items().select('Title').filter(`AuthorId eq 6 and Created le datetime'${new Date(Date.now() + 60_000).toISOString()}'`)())).toHaveLength(5);
  });

  it('orders by several columns and limits with $top', async () => {
    expect(await titles(items().select('Title').orderBy('Frekvens').orderBy('Riskvarde', false)())).toEqual([
      'Delegationsbeslut',
      'Attesträtter',
      'Egen kontroll',
      'Bisysslor',
      'Avtalstrohet'
    ]);
    expect(await titles(items().select('Title').orderBy('Riskvarde', false).top(2)())).toEqual(['Attesträtter', 'Egen kontroll']);
    expect(await titles(items().select('Title').orderBy('Slutdatum')())).toEqual(['Bisysslor', 'Egen kontroll', 'Delegationsbeslut', 'Attesträtter', 'Avtalstrohet']);
  });

  it('pages from an id with PnPjs items.skip (a $skiptoken) and ignores a raw $skip, as SharePoint does', async () => {
    expect(await titles(items().select('Title').skip(2).top(2)())).toEqual(['Bisysslor', 'Delegationsbeslut']);
    const raw = await site.core.handle({
      method: 'GET',
      url: `${DEFAULT_SITE_URL}/_api/web/lists/getByTitle('IKKontrollmoment')/items?$select=Title&$skip=2&$top=2`,
      headers: { 'X-Local-User': 'samordnare', Accept: 'application/json;odata=nometadata' }
    });
    expect((JSON.parse(raw.body) as { value: Row[] }).value.map((r) => r.Title)).toEqual(['Attesträtter', 'Avtalstrohet']);
  });

  it('answers a malformed filter and an unknown column with 400 and keeps serving', async () => {
    expect(await spErrorOf(items().filter("Title eq 'oavslutad")())).toEqual({
      status: 400,
      code: '-1, Microsoft.SharePoint.SPException',
      message: `The expression "Title eq 'oavslutad" is not valid.`
    });
    for (const bad of ['Title eq', 'and Title eq 1', "Title eq 'a' or", '(Riskvarde gt 1', "endswith(Title,'a')", 'Riskvarde gt true']) {
      expect((await spErrorOf(items().filter(bad)())).status).toBe(400);
    }
    expect(await spErrorOf(items().filter("Foo eq 'x'")())).toEqual({
      status: 400,
      code: '-1, Microsoft.SharePoint.SPException',
      message: "Column 'Foo' does not exist. It may have been deleted by another user."
    });
    expect((await spErrorOf(items().orderBy('Foo')())).status).toBe(400);
    expect((await spErrorOf(items().filter("Kontrollmetod eq 'x'")())).message).toBe(
      "The field 'Kontrollmetod' of type 'Note' cannot be used in the query filter expression."
    );
    expect(await titles(items().select('Title').filter('Id eq 1')())).toEqual(['Attesträtter']);
  });
});
