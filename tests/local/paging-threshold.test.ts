/**
 * Contract tests: paging with odata.nextLink and the 5 000-item list view threshold.
 */
import { createTestSite, provisionTestLists, spErrorOf, type TestSite } from './support';

const ITEM_COUNT = 5203;

describe('local SharePoint: paging and the list view threshold', () => {
  let site: TestSite;

  beforeAll(async () => {
    site = createTestSite();
    await provisionTestLists(site.sp());
    await site.sp().web.lists.getByTitle('IKPlaner').items.add({ Title: 'Stor plan' });
    await site.sp().web.lists.getByTitle('IKPlaner').items.add({ Title: 'Liten plan' });
    // Setup goes through the store in one transaction, not 5 000 requests.
    const rows = Array.from({ length: ITEM_COUNT }, (_, i) => ({
      Title: `Kontrollmoment ${String(i + 1).padStart(5, '0')}`,
      PlanId: i < 5100 ? 1 : 2,
      Riskvarde: i % 25,
      Frekvens: i % 2 === 0 ? 'Tertial' : 'Årligen',
      Omrade: `Område ${i % 7}`
    }));
    site.core.store.addItems('IKKontrollmoment', rows);
  });

  afterAll(() => {
    site.core.close();
  });

  const list = () => site.sp().web.lists.getByTitle('IKKontrollmoment');

  it('counts the bulk-inserted items', async () => {
    expect((await list().select('ItemCount')()).ItemCount).toBe(ITEM_COUNT);
  });

  it('pages through every item with items.top(1000) async iteration', async () => {
    const pages: number[] = [];
    const ids: number[] = [];
    for await (const page of list().items.select('Id').top(1000)) {
      pages.push(page.length);
      ids.push(...page.map((item: { Id: number }) => item.Id));
    }
    expect(pages).toEqual([1000, 1000, 1000, 1000, 1000, 203]);
    expect(new Set(ids).size).toBe(ITEM_COUNT);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('gives 100 items and a nextLink with a Paged skiptoken when $top is absent', async () => {
    const answer = await site.core.handle({
      method: 'GET',
      url: "http://127.0.0.1:4322/sites/internkontroll/_api/web/lists/getByTitle('IKKontrollmoment')/items?$select=Id",
      headers: { 'X-Local-User': 'samordnare', Accept: 'application/json;odata=nometadata' }
    });
    const body = JSON.parse(answer.body) as { value: { Id: number }[]; 'odata.nextLink': string };
    expect(body.value).toHaveLength(100);
    expect(new URL(body['odata.nextLink']).searchParams.get('$skiptoken')).toBe('Paged=TRUE&p_ID=100');
  });

  it('pages a filtered, sorted query on indexed columns without repeats or gaps', async () => {
    const titles: string[] = [];
    const frequencies: string[] = [];
    for await (const page of list().items.select('Title', 'Frekvens').filter('PlanId eq 2').orderBy('Frekvens', false).top(30)) {
      titles.push(...page.map((item: { Title: string }) => item.Title));
      frequencies.push(...page.map((item: { Frekvens: string }) => item.Frekvens));
    }
    expect(titles).toHaveLength(ITEM_COUNT - 5100);
    expect(new Set(titles).size).toBe(titles.length);
    const firstTertial = frequencies.indexOf('Tertial');
    expect(frequencies.slice(0, firstTertial).every((f) => f === 'Årligen')).toBe(true);
    expect(frequencies.slice(firstTertial).every((f) => f === 'Tertial')).toBe(true);
  });

  it('throttles a filter or sort on a non-indexed column of a list over 5 000 items', async () => {
    const expected = {
      status: 500,
      code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      message: 'The attempted operation is prohibited because it exceeds the list view threshold.'
    };
    expect(await spErrorOf(list().items.filter("Omrade eq 'Område 3'")())).toEqual(expected);
    expect(await spErrorOf(list().items.orderBy('Riskvarde')())).toEqual(expected);
    // An indexed filter that still matches more than 5 000 items does not narrow the scan.
    expect(await spErrorOf(list().items.filter('PlanId eq 1')())).toEqual(expected);
    expect(await spErrorOf(list().items.top(5001)())).toEqual(expected);
  });

  it('allows an indexed filter that narrows the scan, even combined with non-indexed terms', async () => {
    const small = await list().items.select('Id').filter('PlanId eq 2').top(500)();
    expect(small).toHaveLength(ITEM_COUNT - 5100);
    const combined = await list().items.select('Title').filter("PlanId eq 2 and Omrade eq 'Område 3'").top(500)();
    expect(combined.length).toBeGreaterThan(0);
    expect(combined.length).toBeLessThan(small.length);
    const byTitle = await list().items.select('Id').filter("Frekvens eq 'Tertial' and Id le 20")();
    expect(byTitle).toHaveLength(10);
  });

  it('narrows with the first condition only: a selective condition later does not help', async () => {
    // PlanId 1 holds 5 100 rows; Id le 20 only 20.
    expect(await spErrorOf(list().items.select('Id').filter('PlanId eq 1 and Id le 20')())).toMatchObject({ status: 500 });
    expect(await list().items.select('Id').filter('Id le 20 and PlanId eq 1')()).toHaveLength(20);
    // An or narrows only when every branch uses an indexed column.
    expect(await list().items.select('Id').filter('(Id eq 3 or Id eq 5) and PlanId eq 1')()).toHaveLength(2);
    expect(await spErrorOf(list().items.filter("(Id eq 3 or Omrade eq 'Område 3') and PlanId eq 1")())).toMatchObject({ status: 500 });
  });

  it('still serves the list after throttled queries', async () => {
    const first = await list().items.select('Title').top(1)();
    expect(first).toEqual([expect.objectContaining({ Title: 'Kontrollmoment 00001' })]);
  });
});
