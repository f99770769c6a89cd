/**
 * The thin Graph layer the notifications go through: two calls, answers as status and body,
 * never thrown for an HTTP error (the notifier reads the status to choose a fallback). The web
 * part wraps SPFx's `MSGraphClientV3`; locally `fetchGraphClient` calls the local SharePoint's
 * Graph subset with a bearer token.
 */

/** One Graph answer. */
export interface GraphResponse {
  /** HTTP status (0 when the request never got an answer). */
  status: number;
  /** The parsed JSON body, when there was one. */
  body?: unknown;
}

/** What the notifications need of Graph. */
export interface IGraphClient {
  /** `GET {path}`, e.g. `/me`. */
  get(path: string): Promise<GraphResponse>;
  /** `POST {path}` with a JSON body. */
  post(path: string, body: unknown): Promise<GraphResponse>;
}

/** Graph's error message in an answer, when it has one. */
export function graphErrorMessage(response: GraphResponse): string | undefined {
  const error = (response.body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  if (error === undefined || error === null) {
    return undefined;
  }
  return [error.code, error.message].filter((part) => typeof part === 'string' && part !== '').join(': ') || undefined;
}

/** Options of {@link fetchGraphClient}. */
export interface FetchGraphClientOptions {
  /** Graph's base, e.g. `https://graph.microsoft.com/v1.0` or the local `http://127.0.0.1:4322/_graph/v1.0`. */
  baseUrl: string;
  /** A bearer token for the signed-in user. */
  token: () => Promise<string> | string;
  /** The fetch to use; the global one by default. */
  fetch?: typeof fetch;
}

/** A Graph client over fetch. */
export function fetchGraphClient(options: FetchGraphClientOptions): IGraphClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const send = async (method: 'GET' | 'POST', path: string, body?: unknown): Promise<GraphResponse> => {
    const doFetch = options.fetch ?? fetch;
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${await options.token()}`,
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' })
        },
        body: body === undefined ? undefined : JSON.stringify(body)
      });
    } catch (error) {
      return { status: 0, body: { error: { code: 'network', message: error instanceof Error ? error.message : String(error) } } };
    }
    const text = await response.text();
    let parsed: unknown;
    if (text !== '') {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
    }
    return { status: response.status, body: parsed };
  };
  return {
    get: (path) => send('GET', path),
    post: (path, body) => send('POST', path, body)
  };
}
