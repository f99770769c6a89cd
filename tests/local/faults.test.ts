/**
 * Contract tests: fault injection (429/503 with Retry-After) and PnPjs's retry through the
 * LocalSharePoint behaviour, which repeats BrowserFetchWithRetry's rules.
 */
import { createTestSite, spErrorOf, type TestSite } from './support';

describe('local SharePoint: fault injection and retry', () => {
  let site: TestSite;

  beforeEach(() => {
    site = createTestSite();
  });

  afterEach(() => {
    site.core.close();
  });

  it('retries 429 answers after Retry-After and succeeds; the core sees every attempt', async () => {
    site.core.faults.configure({ throttleNext: 2, retryAfterSeconds: 0 });
    site.core.faults.resetCounters();
    const web = await site.sp().web.select('Title')();
    expect(web.Title).toBe('Internkontroll');
    expect(site.core.faults.counters).toEqual({ requests: 3, throttled: 2 });
  });

  it('retries 503 too, for writes (contextinfo and the write each count)', async () => {
    site.core.close();
    // A site URL of its own, so PnPjs has no cached digest and must ask contextinfo.
    site = createTestSite({}, 'http://127.0.0.1:4503/sites/internkontroll');
    site.core.faults.configure({ throttleNext: 1, throttleStatus: 503, retryAfterSeconds: 0 });
    site.core.faults.resetCounters();
    const created = await site.sp().web.lists.add('IKTest');
    expect(created.Title).toBe('IKTest');
    // contextinfo: throttled once, then ok; the list POST: ok.
    expect(site.core.faults.counters).toEqual({ requests: 3, throttled: 1 });
  });

  it('gives up after three attempts with the throttling answer', async () => {
    site.core.faults.configure({ throttleShare: 1, retryAfterSeconds: 0 });
    site.core.faults.resetCounters();
    const error = await spErrorOf(site.sp().web());
    expect(error.status).toBe(429);
    expect(site.core.faults.counters).toEqual({ requests: 3, throttled: 3 });
  });

  it('throttles a configured share of requests, repeatably with a seed', async () => {
    const draw = (): number => {
      site.core.faults.configure({ throttleShare: 0.3, seed: 42, retryAfterSeconds: 0 });
      site.core.faults.resetCounters();
      for (let i = 0; i < 200; i++) {
        site.core.faults.decide();
      }
      return site.core.faults.counters.throttled;
    };
    const first = draw();
    expect(first).toBe(draw());
    expect(first).toBeGreaterThan(30);
    expect(first).toBeLessThan(90);
  });

  it('sends Retry-After with the throttling status', async () => {
    site.core.faults.configure({ throttleNext: 1, retryAfterSeconds: 7 });
    const answer = await site.core.handle({ method: 'GET', url: 'http://127.0.0.1:4322/sites/internkontroll/_api/web', headers: { 'X-Local-User': 'samordnare' } });
    expect(answer.status).toBe(429);
    expect(answer.headers['Retry-After']).toBe('7');
    expect(JSON.parse(answer.body)['odata.error'].message.value).toContain('throttled');
  });

  it('rejects invalid fault settings', () => {
    expect(() => site.core.faults.configure({ throttleShare: 2 })).toThrow(RangeError);
    expect(() => site.core.faults.configure({ latencyMs: -1 })).toThrow(RangeError);
  });
});
