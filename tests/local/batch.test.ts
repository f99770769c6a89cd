/**
 * Contract tests: `$batch` as PnPjs's `sp.batched()` sends it and parses the answer.
 */
import { DEFAULT_SITE_URL } from '../../local';
import { createTestSite, provisionTestLists, spErrorOf, type TestSite } from './support';

describe('local SharePoint: $batch', () => {
  let site: TestSite;

  beforeEach(async () => {
    site = createTestSite();
    await provisionTestLists(site.sp());
  });

  afterEach(() => {
    site.core.close();
  });

  it('runs several adds and reads in one request; the answers resolve in order', async () => {
    const sp = site.sp();
    await sp.web.lists.getByTitle('IKPlaner').items.add({ Title: 'Plan 2024' });
    const before = site.core.faults.counters.requests;
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('IKKontrollmoment');
    const added = [
      list.items.add({ Title: 'Första', PlanId: 1, Riskvarde: 3 }),
      list.items.add({ Title: 'Andra', PlanId: 1, Riskvarde: 6 }),
      list.items.add({ Title: 'Tredje', PlanId: 1, Riskvarde: 9 })
    ];
    const read = list.items.select('Title', 'Plan/Title').expand('Plan').orderBy('Id')();
    const plan = batched.web.lists.getByTitle('IKPlaner').items.getById(1).select('Title')();
    await execute();
    expect(site.core.faults.counters.requests - before).toBe(1);
    expect((await Promise.all(added)).map((r) => [r.Id, r.Title])).toEqual([
      [1, 'Första'],
      [2, 'Andra'],
      [3, 'Tredje']
    ]);
    expect((await read).map((r: { Title: string; Plan: { Title: string } }) => `${r.Title}/${r.Plan.Title}`)).toEqual([
      'Första/Plan 2024',
      'Andra/Plan 2024',
      'Tredje/Plan 2024'
    ]);
    expect((await plan).Title).toBe('Plan 2024');
  });

  it('carries updates with If-Match and deletes, and fails only the part that fails', async () => {
    const sp = site.sp();
    const list = sp.web.lists.getByTitle('IKKontrollmoment');
    const a = await list.items.add({ Title: 'A' });
    const b = await list.items.add({ Title: 'B' });
    const [batched, execute] = sp.batched();
    const inBatch = batched.web.lists.getByTitle('IKKontrollmoment');
    const update = inBatch.items.getById(a.Id).update({ Title: 'A2' }, a['odata.etag']);
    const stale = inBatch.items.getById(a.Id).update({ Title: 'A3' }, a['odata.etag']);
    const remove = inBatch.items.getById(b.Id).delete();
    const wrongType = inBatch.items.add({ Title: 'C', Riskvarde: 'mycket' });
    await execute();
    expect((await update).etag).toMatch(/,2"$/);
    expect(await spErrorOf(stale)).toMatchObject({ status: 412 });
    await remove;
    expect(await spErrorOf(wrongType)).toMatchObject({ status: 400 });
    expect((await list.items.select('Title')()).map((r: { Title: string }) => r.Title)).toEqual(['A2']);
  });

  it('with batchFailure abort-rest answers every part after a failed one with 500 IndexOutOfRange and runs none of them', async () => {
    site.core.batchFailure = 'abort-rest';
    const [batched, execute] = site.sp().batched();
    const list = batched.web.lists.getByTitle('IKKontrollmoment');
    const first = list.items.add({ Title: 'Före felet' });
    const failing = batched.web.lists.getByTitle('Finns inte').items.add({ Title: 'Fel' });
    const later = list.items.add({ Title: 'Efter felet' });
    const read = list.items.select('Title')();
    await execute();
    expect((await first).Title).toBe('Före felet');
    expect(await spErrorOf(failing)).toMatchObject({ status: 404 });
    const skipped = { status: 500, code: '-1, System.IndexOutOfRangeException', message: 'Index was outside the bounds of the array.' };
    expect(await spErrorOf(later)).toEqual(skipped);
    expect(await spErrorOf(read)).toEqual(skipped);
    site.core.batchFailure = 'continue';
    expect((await site.sp().web.lists.getByTitle('IKKontrollmoment').items.select('Title')()).map((r: { Title: string }) => r.Title)).toEqual(['Före felet']);
  });

  it('reads CRLF bodies, quoted boundaries and MERGE parts with IF-Match, as other clients send them', async () => {
    const created = await site.sp().web.lists.getByTitle('IKKontrollmoment').items.add({ Title: 'Före' });
    const info = await site.core.handle({ method: 'POST', url: `${DEFAULT_SITE_URL}/_api/contextinfo`, headers: { 'X-Local-User': 'samordnare', Accept: 'application/json;odata=nometadata' } });
    const digest = (JSON.parse(info.body) as { FormDigestValue: string }).FormDigestValue;
    const body = [
      '--batch_crlf',
      'Content-Type: multipart/mixed; boundary="changeset_crlf"',
      '',
      '--changeset_crlf',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `MERGE /sites/internkontroll/_api/web/lists/getByTitle('IKKontrollmoment')/items(${created.Id as number}) HTTP/1.1`,
      'Content-Type: application/json;charset=utf-8',
      `IF-Match: ${created['odata.etag'] as string}`,
      '',
      '{"Title":"Efter"}',
      '--changeset_crlf--',
      '--batch_crlf',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `GET /sites/internkontroll/_api/web/lists/getByTitle('IKKontrollmoment')/items(${created.Id as number})?$select=Title HTTP/1.1`,
      'Accept: application/json;odata=nometadata',
      '',
      '--batch_crlf--',
      ''
    ].join('\r\n');
    const answer = await site.core.handle({
      method: 'POST',
      url: `${DEFAULT_SITE_URL}/_api/$batch`,
      headers: { 'X-Local-User': 'samordnare', 'Content-Type': 'multipart/mixed; boundary="batch_crlf"', 'X-RequestDigest': digest },
      body
    });
    expect(answer.status).toBe(200);
    const statuses = [...answer.body.matchAll(/^HTTP\/1\.1 (\d+) /gm)].map((m) => Number(m[1]));
    expect(statuses).toEqual([204, 200]);
    expect(answer.body).toMatch(/^ETag: "[0-9a-f-]+,2"$/m);
    expect(answer.body).toContain('{"Title":"Efter"}');
  });

  it('checks the digest once, for the whole batch', async () => {
    const boundary = 'batch_7c1a9b2e-0000-4000-8000-000000000001';
    const changeset = 'changeset_7c1a9b2e-0000-4000-8000-000000000002';
    const body = [
      `--${boundary}`,
      `Content-Type: multipart/mixed; boundary="${changeset}"`,
      '',
      `--${changeset}`,
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `POST ${DEFAULT_SITE_URL}/_api/web/lists/getByTitle('IKKontrollmoment')/items HTTP/1.1`,
      'Accept: application/json',
      'Content-Type: application/json;charset=utf-8',
      '',
      '{"Title":"Utan digest"}',
      '',
      `--${changeset}--`,
      '',
      `--${boundary}--`,
      ''
    ].join('\n');
    const request = { method: 'POST', url: `${DEFAULT_SITE_URL}/_api/$batch`, headers: { 'X-Local-User': 'samordnare', 'Content-Type': `multipart/mixed; boundary=${boundary}` }, body };
    const denied = await site.core.handle(request);
    expect(denied.status).toBe(403);
    const info = await site.core.handle({ method: 'POST', url: `${DEFAULT_SITE_URL}/_api/contextinfo`, headers: { 'X-Local-User': 'samordnare', Accept: 'application/json;odata=nometadata' } });
    const digest = (JSON.parse(info.body) as { FormDigestValue: string }).FormDigestValue;
    const accepted = await site.core.handle({ ...request, headers: { ...request.headers, 'X-RequestDigest': digest } });
    expect(accepted.status).toBe(200);
    expect(accepted.headers['Content-Type']).toMatch(/^multipart\/mixed; boundary=batchresponse_/);
    expect(accepted.body).toMatch(/^--batchresponse_[0-9a-f-]+\nContent-Type: application\/http\nContent-Transfer-Encoding: binary\n\nHTTP\/1\.1 201 Created\n/);
    expect(accepted.body).toContain('"Title":"Utan digest"');
    expect(accepted.body.endsWith('--\n')).toBe(true);
  });
});
