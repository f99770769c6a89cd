/**
 * Contract tests: atomic writes in-process. Of two simultaneous updates carrying the same
 * ETag exactly one succeeds; the other gets 412. (The same over real HTTP is in
 * http-server.test.ts.)
 */
import { createTestSite, spErrorOf, type TestSite } from './support';

describe('local SharePoint: concurrent writes in-process', () => {
  let site: TestSite;

  beforeEach(async () => {
    // Latency makes both requests wait before handling, so they really overlap.
    site = createTestSite({ faults: { latencyMs: 5 } });
    await site.sp().web.lists.add('IKPlaner');
  });

  afterEach(() => {
    site.core.close();
  });

  it('lets exactly one of two same-ETag PnPjs updates through', async () => {
    const list = site.sp().web.lists.getByTitle('IKPlaner');
    const created = await list.items.add({ Title: 'Start' });
    const etag = created['odata.etag'] as string;
    const results = await Promise.allSettled([
      list.items.getById(created.Id).update({ Title: 'Först' }, etag),
      site.sp('handlaggare').web.lists.getByTitle('IKPlaner').items.getById(created.Id).update({ Title: 'Sedan' }, etag)
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!;
    expect(await spErrorOf(Promise.reject(rejected.reason))).toMatchObject({ status: 412, code: '-2130575305, Microsoft.SharePoint.SPException' });
    const item = await list.items.getById(created.Id)();
    expect(item.OData__UIVersionString).toBe('2.0');
  });

  it('keeps every one of many simultaneous creates, with distinct ids', async () => {
    const list = site.sp().web.lists.getByTitle('IKPlaner');
    const created = await Promise.all(Array.from({ length: 40 }, (_, i) => list.items.add({ Title: `Plan ${i}` })));
    expect(new Set(created.map((c) => c.Id)).size).toBe(40);
    expect((await list.select('ItemCount')()).ItemCount).toBe(40);
  });

  it('deletes an item once when two deletes race; the other finds it gone', async () => {
    const list = site.sp().web.lists.getByTitle('IKPlaner');
    const created = await list.items.add({ Title: 'Bort' });
    const results = await Promise.allSettled([list.items.getById(created.Id).delete(), list.items.getById(created.Id).delete()]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await list.select('ItemCount')()).ItemCount).toBe(0);
  });
});
