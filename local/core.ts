/**
 * The local SharePoint core: a pure `handle(request) → response` over one site stored in
 * SQLite. The HTTP server and the in-process PnPjs behaviour are thin adapters over it.
 *
 * Each request is handled synchronously once it starts (after any injected latency), so a
 * read-check-write such as an ETag-guarded update can never interleave with another request
 * in the same process; SQLite transactions make every write all-or-nothing.
 */
import { identifyCaller, issueToken } from './auth';
import { buildBatchResponse, parseBatchRequest } from './batch';
import type { CallerPermissions, EffectiveMethod, RequestContext } from './context';
import { isDigestValid, issueDigest, DIGEST_TIMEOUT_SECONDS } from './digest';
import { ErrorCodes, invalidExpression, methodNotAllowed, resourceNotFound, securityValidation, SpError } from './errors';
import { FaultInjector, type FaultSettings } from './faults';
import { LOCAL_GRAPH_PREFIX, LocalGraph, type LocalGraphSettings } from './graph/localGraph';
import { Outbox } from './graph/outbox';
import { sendEmail } from './graph/sendEmail';
import { webRoute, siteRoute } from './handlers/web';
import { baseHeaders, errorResponse, jsonContentType, metadataLevel, shapePayload, unexpectedError, type MetadataLevel, type Payload } from './json';
import { parseSegments } from './segments';
import type { Mask } from './security/masks';
import { listScope } from './store/security';
import { SiteStore } from './store/site-store';
import type { SiteUser } from './store/users';
import { headerValue, type LocalRequest, type LocalResponse } from './types';

/** The site path of the local SharePoint. */
export const DEFAULT_SITE_PATH = '/sites/internkontroll';
/** The default port of the HTTP server. */
export const DEFAULT_PORT = 4322;
/** The site URL in-process users pass to `spfi(...)` (no socket is opened for it). */
export const DEFAULT_SITE_URL = `http://127.0.0.1:${DEFAULT_PORT}${DEFAULT_SITE_PATH}`;

/** Options of a core. */
export interface LocalSharePointOptions {
  /** SQLite location: a file path, or `:memory:` (default). */
  readonly database?: string;
  /** Server-relative site path; default `/sites/internkontroll`. */
  readonly sitePath?: string;
  /** Fault injection (throttling, latency). */
  readonly faults?: FaultSettings;
  /** Where unexpected errors are reported; default `console.error`. */
  readonly logger?: (message: string, error: unknown) => void;
  /** Clock, for tests that need fixed times. */
  readonly clock?: () => Date;
  /** What a `$batch` answers after a part fails (see {@link BatchFailureMode}); default `continue`. */
  readonly batchFailure?: BatchFailureMode;
}

/**
 * What SharePoint Online does with the rest of a `$batch` after one part fails. Microsoft's
 * documentation says the parts are independent and the others complete (`continue`); PnPjs's
 * issues #486 and #1275 show SharePoint Online answering every later part with 500
 * "Index was outside the bounds of the array." without running it (`abort-rest`). The local
 * SharePoint can do either, so code is tested under both.
 */
export type BatchFailureMode = 'continue' | 'abort-rest';

const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'MERGE', 'PATCH', 'PUT', 'DELETE']);

function effectiveMethod(request: LocalRequest): EffectiveMethod {
  const method = request.method.toUpperCase();
  const tunnelled = headerValue(request.headers, 'X-HTTP-Method')?.toUpperCase();
  const chosen = method === 'POST' && tunnelled !== undefined ? tunnelled : method;
  if (chosen === 'GET' || chosen === 'HEAD') {
    return 'GET';
  }
  if (chosen === 'POST' || chosen === 'MERGE' || chosen === 'PATCH' || chosen === 'PUT' || chosen === 'DELETE') {
    return chosen;
  }
  throw methodNotAllowed(chosen);
}

/** Effective permissions of one caller, each scope computed once per request. */
function callerPermissions(store: SiteStore, user: SiteUser): CallerPermissions {
  const cache = new Map<string, Mask>();
  const of = (scope: 'web' | `list:${number}`): Mask => {
    let mask = cache.get(scope);
    if (mask === undefined) {
      mask = store.security.effectiveMask(user, scope);
      cache.set(scope, mask);
    }
    return mask;
  };
  return { web: () => of('web'), list: (list) => of(listScope(list.rowId)) };
}

/** One local SharePoint site. */
export class LocalSharePointCore {
  /** The site's data. */
  public readonly store: SiteStore;
  /** The fault injector (change settings at run time with `faults.configure`). */
  public readonly faults: FaultInjector;
  /** Server-relative site path. */
  public readonly sitePath: string;
  /** What a `$batch` answers after a part fails; may be changed at run time. */
  public batchFailure: BatchFailureMode;
  /** What was sent: Teams activity notifications, chat messages and e-mails. */
  public readonly outbox: Outbox = new Outbox();
  /** The Graph subset the product uses (`/_graph/v1.0/…`). */
  public readonly graph: LocalGraph;
  private readonly logger: (message: string, error: unknown) => void;
  private readonly clock: () => Date;

  public constructor(options: LocalSharePointOptions = {}) {
    this.store = new SiteStore(options.database ?? ':memory:');
    this.faults = new FaultInjector(options.faults);
    this.sitePath = (options.sitePath ?? DEFAULT_SITE_PATH).replace(/\/+$/, '');
    this.logger = options.logger ?? ((message, error) => console.error(message, error));
    this.clock = options.clock ?? (() => new Date());
    this.batchFailure = options.batchFailure ?? 'continue';
    this.graph = new LocalGraph(this.store, this.sitePath, this.outbox, this.clock);
  }

  /** Handles one request. Never throws: every failure is an HTTP answer. */
  public async handle(request: LocalRequest): Promise<LocalResponse> {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return errorResponse(new SpError(400, ErrorCodes.invalidClientQuery, 'The request URL is not valid.'), 'minimal');
    }
    if (/\/_local\//i.test(url.pathname)) {
      return this.admin(request, url);
    }
    if (url.pathname.startsWith(`${LOCAL_GRAPH_PREFIX}/`)) {
      return this.graph.handle(request, url);
    }
    const decision = this.faults.decide();
    if (decision.delayMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, decision.delayMs));
    }
    if (decision.throttle !== undefined) {
      const { status, retryAfterSeconds } = decision.throttle;
      return errorResponse(
        new SpError(status, ErrorCodes.requestThrottled, 'The request has been throttled. Please retry after the time given in Retry-After.', {
          'Retry-After': String(retryAfterSeconds)
        }),
        metadataLevel(headerValue(request.headers, 'Accept'))
      );
    }
    return this.process(request, url, { digestChecked: false });
  }

  /** Handles a request without faults or latency (batch parts go through here too). */
  private process(request: LocalRequest, url: URL, options: { digestChecked: boolean; user?: SiteUser }): LocalResponse {
    const level = metadataLevel(headerValue(request.headers, 'Accept'));
    try {
      return this.route(request, url, level, options);
    } catch (error) {
      if (error instanceof SpError) {
        return errorResponse(error, level);
      }
      this.logger(`local SharePoint: unexpected error in ${request.method} ${request.url}`, error);
      return errorResponse(unexpectedError(error), level);
    }
  }

  private route(request: LocalRequest, url: URL, level: MetadataLevel, options: { digestChecked: boolean; user?: SiteUser }): LocalResponse {
    const prefix = `${this.sitePath}/_api`.toLowerCase();
    const pathname = url.pathname;
    if (!pathname.toLowerCase().startsWith(prefix) || (pathname.length > prefix.length && pathname[prefix.length] !== '/')) {
      throw resourceNotFound(pathname);
    }
    let apiPath: string;
    try {
      apiPath = decodeURIComponent(pathname.slice(prefix.length + 1));
    } catch {
      throw invalidExpression(pathname);
    }
    const method = effectiveMethod(request);
    const segments = parseSegments(apiPath, url.searchParams);
    const [first, ...rest] = segments;
    if (first === undefined) {
      throw resourceNotFound('_api');
    }
    const now = this.clock();
    const siteUrl = `${url.origin}${this.sitePath}`;
    // Who is calling comes first: an unknown caller is 401 before anything else is checked.
    const caller = options.user !== undefined ? { user: options.user, bearer: true } : identifyCaller(this.store, request, this.sitePath, now);
    const user = caller.user;
    if (first.lower === 'contextinfo') {
      if (method !== 'POST') {
        throw methodNotAllowed(method);
      }
      return this.contextInfo(siteUrl, level, now);
    }
    // OAuth (bearer) calls need no digest, as in SharePoint Online; batch parts were checked once.
    if (WRITE_METHODS.has(method) && !options.digestChecked && !caller.bearer) {
      if (!isDigestValid(headerValue(request.headers, 'X-RequestDigest'), this.sitePath, now)) {
        throw securityValidation();
      }
    }
    if (first.lower === '$batch') {
      if (method !== 'POST' || options.user !== undefined) {
        throw methodNotAllowed(method);
      }
      return this.batch(request, user);
    }
    if (first.lower === 'sp.utilities.utility.sendemail') {
      if (method !== 'POST') {
        throw methodNotAllowed(method);
      }
      sendEmail(this.store, this.outbox, user, request.body, now);
      return this.respond({ kind: 'raw', json: level === 'verbose' ? { d: { SendEmail: null } } : { 'odata.null': true } }, level, siteUrl);
    }
    const ctx: RequestContext = {
      store: this.store,
      siteUrl,
      sitePath: this.sitePath,
      user,
      perms: callerPermissions(this.store, user),
      method,
      url,
      headers: request.headers,
      body: request.body,
      level,
      now
    };
    let payload: Payload;
    switch (first.lower) {
      case 'web':
        if (first.args !== undefined) {
          throw resourceNotFound(first.name);
        }
        payload = webRoute(ctx, rest);
        break;
      case 'site':
        payload = siteRoute(ctx, rest);
        break;
      default:
        throw resourceNotFound(first.name);
    }
    return this.respond(payload, level, siteUrl);
  }

  private respond(payload: Payload, level: MetadataLevel, siteUrl: string): LocalResponse {
    const headers = { ...baseHeaders(), ...('headers' in payload && payload.headers !== undefined ? payload.headers : {}) };
    const status = ('status' in payload ? payload.status : undefined) ?? 200;
    const json = shapePayload(payload, level, siteUrl);
    if (json === undefined) {
      return { status, headers, body: '' };
    }
    return { status, headers: { ...headers, 'Content-Type': jsonContentType(level) }, body: JSON.stringify(json) };
  }

  private contextInfo(siteUrl: string, level: MetadataLevel, now: Date): LocalResponse {
    const info = {
      FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
      FormDigestValue: issueDigest(this.sitePath, now),
      LibraryVersion: '16.0.0.0',
      SiteFullUrl: siteUrl,
      SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
      WebFullUrl: siteUrl
    };
    const body =
      level === 'verbose'
        ? { d: { GetContextWebInformation: { __metadata: { type: 'SP.ContextWebInformation' }, ...info } } }
        : level === 'none'
          ? info
          : { 'odata.metadata': `${siteUrl}/_api/$metadata#SP.ContextWebInformation`, ...info };
    return { status: 200, headers: { ...baseHeaders(), 'Content-Type': jsonContentType(level) }, body: JSON.stringify(body) };
  }

  /** Runs the parts of a batch in order; the digest was checked once for the whole batch. */
  private batch(request: LocalRequest, user: SiteUser): LocalResponse {
    const parts = parseBatchRequest(request.body ?? '', headerValue(request.headers, 'Content-Type'));
    const base = new URL(request.url);
    let failed = false;
    const responses = parts.map((part) => {
      if (failed && this.batchFailure === 'abort-rest') {
        // What SharePoint Online has been seen to answer for the parts after a failed one.
        return errorResponse(new SpError(500, ErrorCodes.indexOutOfRange, 'Index was outside the bounds of the array.'), metadataLevel(headerValue(part.headers, 'Accept')));
      }
      let url: URL;
      let answer: LocalResponse;
      try {
        url = new URL(part.url, base);
        answer = this.process(part, url, { digestChecked: true, user });
      } catch {
        answer = errorResponse(new SpError(400, ErrorCodes.invalidClientQuery, 'The request URL is not valid.'), 'minimal');
      }
      failed = failed || answer.status >= 400;
      return answer;
    });
    return buildBatchResponse(responses, baseHeaders());
  }

  /**
   * The local-only admin endpoint: `/_local/faults`, `/_local/stats`, `/_local/reset`,
   * `/_local/token` (a bearer token for a user of the site: `{"user":"handlaggare"}`). The
   * HTTP server answers these to loopback callers only.
   */
  private admin(request: LocalRequest, url: URL): LocalResponse {
    const json = (status: number, body: unknown): LocalResponse => ({
      status,
      headers: { 'Content-Type': 'application/json;charset=utf-8' },
      body: JSON.stringify(body)
    });
    const name = url.pathname.replace(/^.*\/_local\//i, '').toLowerCase();
    const method = request.method.toUpperCase();
    try {
      if (name === 'faults') {
        if (method === 'POST' || method === 'PUT') {
          this.faults.configure(JSON.parse(request.body ?? '{}') as FaultSettings);
        } else if (method === 'DELETE') {
          this.faults.configure({});
        }
        return json(200, { settings: this.faults.current(), counters: this.faults.counters });
      }
      if (name === 'stats') {
        if (method === 'DELETE') {
          this.faults.resetCounters();
        }
        return json(200, { counters: this.faults.counters, lists: this.store.lists.all().map((l) => ({ title: l.title, itemCount: l.itemCount })) });
      }
      if (name === 'token' && method === 'POST') {
        const body = JSON.parse(request.body ?? '{}') as { user?: unknown };
        const user = typeof body.user === 'string' ? this.store.users.byExactLogin(body.user) : undefined;
        if (user === undefined) {
          return json(400, { error: 'invalid_request', error_description: 'Okänd användare / unknown user' });
        }
        return json(200, issueToken(this.store, user, this.sitePath, this.clock()));
      }
      if (name === 'batch' && (method === 'POST' || method === 'PUT')) {
        const body = JSON.parse(request.body ?? '{}') as { failure?: unknown };
        if (body.failure !== 'continue' && body.failure !== 'abort-rest') {
          return json(400, { error: 'failure must be continue or abort-rest' });
        }
        this.batchFailure = body.failure;
        return json(200, { failure: this.batchFailure });
      }
      if (name === 'outbox') {
        if (method === 'DELETE') {
          this.outbox.clear();
        }
        return json(200, { value: this.outbox.all() });
      }
      if (name === 'graph') {
        if (method === 'POST' || method === 'PUT') {
          this.graph.configure(JSON.parse(request.body ?? '{}') as Partial<LocalGraphSettings>);
        } else if (method === 'DELETE') {
          this.graph.reset();
        }
        return json(200, this.graph.current());
      }
      if (name === 'reset' && method === 'POST') {
        this.outbox.clear();
        this.graph.reset();
        this.store.reset();
        return json(200, { reset: true });
      }
      return json(404, { error: `Unknown admin resource ${name}` });
    } catch (error) {
      return json(400, { error: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Closes the database. */
  public close(): void {
    this.store.close();
  }
}

/** Creates a core (in memory unless `database` names a file). */
export function createLocalSharePointCore(options: LocalSharePointOptions = {}): LocalSharePointCore {
  return new LocalSharePointCore(options);
}
