/**
 * The request and response shapes of the local SharePoint core. The core is a pure
 * request → response function; the HTTP server and the in-process PnPjs behaviour only
 * translate to and from these.
 */

/** One HTTP request as the core sees it. Header names are matched case-insensitively. */
export interface LocalRequest {
  /** HTTP method as sent (`GET`, `POST`, `MERGE`, …); `X-HTTP-Method` is honoured on POST. */
  readonly method: string;
  /** Absolute URL, e.g. `http://127.0.0.1:4322/sites/internkontroll/_api/web`. */
  readonly url: string;
  /** Request headers. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** Request body as text (JSON or a multipart $batch body), if any. */
  readonly body?: string;
  /** The client's IP address (HTTP server); undefined for in-process callers. */
  readonly clientAddress?: string;
}

/** One HTTP response produced by the core. */
export interface LocalResponse {
  /** HTTP status code. */
  readonly status: number;
  /** Response headers (names in SharePoint's own casing). */
  readonly headers: Record<string, string>;
  /** Response body as text; empty for 204. */
  readonly body: string;
}

/** Reads a header case-insensitively. */
export function headerValue(headers: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() === wanted) {
      return headers[key];
    }
  }
  return undefined;
}

/** The reason phrases SharePoint sends with the status codes the core produces. */
export const REASON_PHRASES: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Request Entity Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable'
};

/** The reason phrase for a status, `Unknown` when the core never sends it. */
export function reasonPhrase(status: number): string {
  return REASON_PHRASES[status] ?? 'Unknown';
}
