/**
 * The retry behaviour's rules and the mapping of HTTP failures to typed, Swedish-first errors.
 * The behaviour is driven here by a scripted `send` so each rule is seen in isolation; the
 * integration tests run it against the local SharePoint.
 */
import { Queryable } from '@pnp/queryable';
import { isSafeToResend, parseRetryAfter, retryDelay, ThrottlingRetry } from '../../src/data/behaviors/ThrottlingRetry';
import { ConcurrencyError, DuplicateValuesError, NotFoundError, PermissionError, ThrottledError, UnavailableError, UnexpectedError, ValidationFailedError } from '../../src/data/errors';
import { describeAction, isAmbiguousFailure, isDuplicateValuesError, toDataError } from '../../src/data/httpErrors';
import { ListRepository, odataString, readPage } from '../../src/data/ListRepository';
import { spfi } from '@pnp/sp';

describe('Retry-After', () => {
  test('reads delta seconds and HTTP dates, ignores nonsense', () => {
    const now = Date.parse('2026-11-25T10:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('0.5', now)).toBe(500);
    expect(parseRetryAfter('Wed, 25 Nov 2026 10:00:07 GMT', now)).toBe(7000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  test('the wait honours Retry-After but never exceeds the cap; without it the backoff doubles', () => {
    expect(retryDelay(1, 3000, 500, 30000)).toBe(3000);
    expect(retryDelay(1, 120000, 500, 30000)).toBe(30000);
    const half = (): number => 0.5;
    expect(retryDelay(1, undefined, 500, 30000, half)).toBe(500);
    expect(retryDelay(2, undefined, 500, 30000, half)).toBe(1000);
    expect(retryDelay(3, undefined, 500, 30000, half)).toBe(2000);
    expect(retryDelay(20, undefined, 500, 30000, half)).toBe(30000);
  });

  test('only requests that change nothing are re-sent after a 503 or a lost answer', () => {
    const api = 'https://x/sites/ik/_api';
    expect(isSafeToResend(`${api}/web/lists`, { method: 'GET' })).toBe(true);
    expect(isSafeToResend(`${api}/contextinfo`, { method: 'POST' })).toBe(true);
    expect(isSafeToResend(`${api}/web/lists/getByTitle('IKRisker')/items`, { method: 'POST', body: '{}' })).toBe(false);
    expect(isSafeToResend(`${api}/web/lists/getByTitle('IKRisker')/items(1)`, { method: 'POST', headers: { 'X-HTTP-Method': 'MERGE' } })).toBe(false);
    expect(isSafeToResend(`${api}/$batch`, { method: 'POST', body: '--batch_1\nGET x HTTP/1.1\n--batch_1--' })).toBe(true);
    expect(isSafeToResend(`${api}/$batch`, { method: 'POST', body: '--batch_1\nContent-Type: multipart/mixed; boundary="changeset_2"\n' })).toBe(false);
  });
});

/** A queryable whose send answers from a script and records each call. */
function scripted(answers: Array<number | Error>, retryAfter?: string): { q: Queryable; calls: string[]; waits: number[] } {
  const calls: string[] = [];
  const waits: number[] = [];
  const q = new Queryable('https://x/sites/ik/_api/web');
  q.on.send(async (url: URL, init: RequestInit) => {
    calls.push(`${init.method} ${url.pathname}`);
    const next = answers.shift();
    if (next === undefined) {
      throw new Error('script ran out');
    }
    if (next instanceof Error) {
      throw next;
    }
    const headers = retryAfter !== undefined && next !== 200 ? { 'Retry-After': retryAfter } : undefined;
    return new Response(next === 200 ? '{}' : 'busy', { status: next, headers });
  });
  q.using(ThrottlingRetry({ attempts: 4, baseDelayMs: 10, sleep: async (ms) => void waits.push(ms) }));
  return { q, calls, waits };
}

/** Sends one request through the queryable's send moment, as PnPjs does. */
function send(q: Queryable, method: string, url: string = 'https://x/sites/ik/_api/web'): Promise<Response> {
  return (q as unknown as { emit: { send: (u: URL, i: RequestInit) => Promise<Response> } }).emit.send(new URL(url), { method, headers: {} });
}

describe('ThrottlingRetry around the installed send', () => {
  test('429 is retried for a write too, waiting what Retry-After says', async () => {
    const { q, calls, waits } = scripted([429, 429, 200], '2');
    const response = await send(q, 'POST', "https://x/sites/ik/_api/web/lists/getByTitle('IKRisker')/items");
    expect(response.status).toBe(200);
    expect(calls.length).toBe(3);
    expect(waits).toEqual([2000, 2000]);
  });

  test('attempts are bounded: the last 429 is handed on', async () => {
    const { q, calls } = scripted([429, 429, 429, 429, 429]);
    const response = await send(q, 'GET');
    expect(response.status).toBe(429);
    expect(calls.length).toBe(4);
  });

  test('a 503 on a GET is retried, on a create it is handed on at once (it may have been applied)', async () => {
    const read = scripted([503, 200]);
    expect((await send(read.q, 'GET')).status).toBe(200);
    expect(read.calls.length).toBe(2);
    const create = scripted([503, 200]);
    expect((await send(create.q, 'POST', "https://x/sites/ik/_api/web/lists/getByTitle('IKRisker')/items")).status).toBe(503);
    expect(create.calls.length).toBe(1);
  });

  test('a network error is retried for reads and thrown for writes', async () => {
    const read = scripted([new TypeError('fetch failed'), 200]);
    expect((await send(read.q, 'GET')).status).toBe(200);
    const write = scripted([new TypeError('fetch failed'), 200]);
    await expect(send(write.q, 'POST', "https://x/sites/ik/_api/web/lists/getByTitle('IKRisker')/items")).rejects.toThrow('fetch failed');
    expect(write.calls.length).toBe(1);
  });

  test('without a send behaviour to wrap it refuses to install', () => {
    expect(() => new Queryable('https://x').using(ThrottlingRetry())).toThrow(/send behaviour/);
  });
});

describe('typed errors', () => {
  const context = { entity: 'kontrollmoment' as const, action: 'update' as const, itemName: 'Attestregler' };
  const http = (status: number): Error & { status: number } => Object.assign(new Error(`HTTP ${status}`), { status });

  test('412 becomes the Swedish concurrency message the UI shows, with English alongside', () => {
    const error = toDataError(http(412), context);
    expect(error).toBeInstanceOf(ConcurrencyError);
    expect(error.message).toBe('Någon annan har ändrat kontrollmomentet ”Attestregler” sedan du öppnade det. Ladda om och försök igen.');
    expect(error.messageEn).toBe('Someone else has changed the control “Attestregler” since you opened it. Reload and try again.');
    expect(toDataError(http(412), { entity: 'atgard', action: 'update', itemName: 'X' }).message).toContain('åtgärden ”X” sedan du öppnade den');
  });

  test('403 names what the user may not do', () => {
    const error = toDataError(http(403), context);
    expect(error).toBeInstanceOf(PermissionError);
    expect(error.message.indexOf('Du har inte behörighet att ändra kontrollmomentet ”Attestregler”')).toBe(0);
    expect(describeAction({ entity: 'risk', action: 'create' })).toEqual(['skapa en risk', 'create a risk']);
    expect(describeAction({ entity: 'omrade', action: 'delete', itemName: 'Ekonomi' })[0]).toBe('ta bort området ”Ekonomi”');
  });

  test('404, 429, 503, network errors and others get their own types', () => {
    expect(toDataError(http(404), context)).toBeInstanceOf(NotFoundError);
    expect(toDataError(http(429), context)).toBeInstanceOf(ThrottledError);
    expect(toDataError(http(503), context)).toBeInstanceOf(ThrottledError);
    expect(toDataError(http(504), context)).toBeInstanceOf(UnavailableError);
    expect(toDataError(new TypeError('fetch failed'), context)).toBeInstanceOf(UnavailableError);
    const unexpected = toDataError(http(400), context);
    expect(unexpected).toBeInstanceOf(UnexpectedError);
    expect((unexpected as UnexpectedError).detail).toBe('HTTP 400');
  });

  test('ambiguous failures are the ones a write may have survived', () => {
    expect(isAmbiguousFailure(http(503))).toBe(true);
    expect(isAmbiguousFailure(http(500))).toBe(true);
    expect(isAmbiguousFailure(new TypeError('fetch failed'))).toBe(true);
    expect(isAmbiguousFailure(http(429))).toBe(false);
    expect(isAmbiguousFailure(http(412))).toBe(false);
    expect(isAmbiguousFailure(new UnavailableError())).toBe(true);
    expect(isAmbiguousFailure(new ThrottledError(429))).toBe(false);
    expect(isAmbiguousFailure(new ThrottledError(503))).toBe(true);
  });

  test('a unique-column refusal in SharePoint Online’s form (500, SPDuplicateValuesFoundException) is a conflict, not an ambiguous failure', () => {
    // What PnPjs throws for SharePoint Online's answer: the status and the body in the message.
    const body =
      '{"odata.error":{"code":"-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException","message":{"lang":"en-US","value":"The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [Uppfoljningsnyckel]."}}}';
    const refused = Object.assign(new Error(`Error making HttpClient request in queryable [500] Internal Server Error ::> ${body}`), { status: 500 });
    expect(isDuplicateValuesError(refused)).toBe(true);
    expect(isAmbiguousFailure(refused)).toBe(false);
    const error = toDataError(refused, { entity: 'followUp', action: 'create', itemName: 'T2: attestregler' });
    expect(error).toBeInstanceOf(DuplicateValuesError);
    expect(error).toBeInstanceOf(ConcurrencyError);
    expect(error.kind).toBe('concurrency');
    expect(error.status).toBe(500);
    expect(error.message).toBe('Någon annan har just sparat uppföljningen ”T2: attestregler”. Ladda om och försök igen.');
    expect(isAmbiguousFailure(error)).toBe(false);
    // Any other 500 stays ambiguous: the write may have been applied.
    expect(isDuplicateValuesError(http(500))).toBe(false);
    expect(toDataError(http(500), context)).toBeInstanceOf(UnexpectedError);
  });

  test('a validation error shows the first issue and counts the rest', () => {
    const issue = { field: 'risker[0].titel', fieldLabel: 'Titel', code: 'required' as const, message: 'Titel måste fyllas i för risk nr 1.', messageEn: 'Title is required for risk no. 1.' };
    const error = new ValidationFailedError([issue, issue]);
    expect(error.message).toBe('Kan inte spara: Titel måste fyllas i för risk nr 1. (och 1 fel till)');
    expect(error.messageEn).toBe('Cannot save: Title is required for risk no. 1. (and 1 more)');
    expect(error.kind).toBe('validation');
  });
});

describe('list queries', () => {
  test('pages are read from minimal, OData 4 and verbose JSON, with their next link', () => {
    expect(readPage({ value: [{ Id: 1 }], 'odata.nextLink': 'https://x/next' })).toEqual({ rows: [{ Id: 1 }], nextLink: 'https://x/next' });
    expect(readPage({ value: [], '@odata.nextLink': 'https://x/n2' }).nextLink).toBe('https://x/n2');
    expect(readPage({ d: { results: [{ Id: 2 }], __next: 'https://x/n3' } })).toEqual({ rows: [{ Id: 2 }], nextLink: 'https://x/n3' });
    expect(readPage({ value: [{ Id: 3 }] })).toEqual({ rows: [{ Id: 3 }], nextLink: undefined });
  });

  test('keys are quoted for OData and looked up within the plan', () => {
    expect(odataString("it's")).toBe("'it''s'");
    const repo = new ListRepository(spfi('https://x/sites/ik'), 'IKRisker', 'risk', ['Id'], true);
    expect(repo.keyFilter(['a'], 5)).toBe("IdempotencyKey eq 'a' and PlanId eq 5");
    expect(repo.keyFilter(['a', 'b'], 5)).toBe("(IdempotencyKey eq 'a' or IdempotencyKey eq 'b') and PlanId eq 5");
    const plans = new ListRepository(spfi('https://x/sites/ik'), 'IKPlaner', 'plan', ['Id'], false);
    expect(plans.keyFilter(['p'], 5)).toBe("IdempotencyKey eq 'p'");
  });
});
