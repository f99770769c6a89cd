/**
 * Who is calling the local SharePoint. There is no identity provider here, so the caller is
 * named in one of three ways, and anything else is refused with 401:
 *
 * - `Authorization: Bearer <token>`: a token this site issued (`POST /_local/token`, loopback
 *   only) for one of its users. Tokens are HMAC-SHA256 JWTs signed with a secret kept in the
 *   site's database, bound to the site path, valid for an hour. Any other token — unsigned,
 *   re-signed, expired, for another site, for an unknown user, malformed — is 401, as
 *   SharePoint Online answers a bearer token it did not issue or cannot validate. Like OAuth
 *   on SharePoint Online, a bearer call needs no request digest.
 * - `X-Local-User: <login>` or the `local-user` cookie: a demo convenience for in-process
 *   callers and loopback clients (the tests, the workbench proxy). The login is exactly a
 *   short login, an e-mail or a claims login (`i:0#.f|membership|<e-mail>`) of a known person.
 *   From any other address these are not accepted.
 *
 * A request that names nobody is 401; the workbench, not the local SharePoint, fills in its
 * default demo user (and `npm start` says so).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ErrorCodes, SpError } from './errors';
import type { SiteStore } from './store/site-store';
import type { SiteUser } from './store/users';
import { headerValue, type LocalRequest } from './types';

/** Seconds a token is valid. */
export const TOKEN_LIFETIME_SECONDS = 3600;

/** Issuer written into the tokens. */
const ISSUER = 'internkontroll-local-sharepoint';

/** A token answer, in the shape of an OAuth token endpoint. */
export interface IssuedToken {
  /** Always `Bearer`. */
  readonly token_type: 'Bearer';
  /** The token. */
  readonly access_token: string;
  /** Seconds until it expires. */
  readonly expires_in: number;
  /** The login it was issued for. */
  readonly user: string;
}

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

function fromBase64url(text: string): Buffer | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) {
    return undefined;
  }
  return Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

function sign(secret: string, input: string): Buffer {
  return createHmac('sha256', secret).update(input).digest();
}

/** Issues a token for a user of the site. */
export function issueToken(store: SiteStore, user: SiteUser, sitePath: string, now: Date): IssuedToken {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({ iss: ISSUER, aud: sitePath.toLowerCase(), sub: user.login, upn: user.email, iat: issuedAt, nbf: issuedAt, exp: issuedAt + TOKEN_LIFETIME_SECONDS })
  );
  const signature = base64url(sign(store.tokenSecret(), `${header}.${payload}`));
  return { token_type: 'Bearer', access_token: `${header}.${payload}.${signature}`, expires_in: TOKEN_LIFETIME_SECONDS, user: user.login };
}

/** Why a caller was refused; the text goes into SharePoint's `error_description`. */
class Unauthorized extends Error {}

/** The login a valid token names; throws Unauthorized otherwise. */
function verifyToken(store: SiteStore, token: string, sitePath: string, now: Date): string {
  const parts = token.split('.');
  if (parts.length !== 3) {
    throw new Unauthorized('Invalid JWT token. The token is not in JWS compact serialization format.');
  }
  const [header, payload, signature] = parts;
  // Compared as text: two spellings of the same bytes (base64 padding bits) are not the same token.
  const expected = Buffer.from(base64url(sign(store.tokenSecret(), `${header}.${payload}`)));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new Unauthorized('Invalid issuer or signature.');
  }
  let head: { alg?: unknown };
  let claims: { iss?: unknown; aud?: unknown; sub?: unknown; exp?: unknown; nbf?: unknown };
  try {
    head = JSON.parse(fromBase64url(header)?.toString('utf8') ?? '') as typeof head;
    claims = JSON.parse(fromBase64url(payload)?.toString('utf8') ?? '') as typeof claims;
  } catch {
    throw new Unauthorized('Invalid JWT token. The token is not valid JSON.');
  }
  if (head.alg !== 'HS256' || claims.iss !== ISSUER || typeof claims.sub !== 'string') {
    throw new Unauthorized('Invalid issuer or signature.');
  }
  if (claims.aud !== sitePath.toLowerCase()) {
    throw new Unauthorized('Invalid audience Uri.');
  }
  const seconds = now.getTime() / 1000;
  if (typeof claims.exp !== 'number' || claims.exp <= seconds) {
    throw new Unauthorized('Invalid JWT token. The token is expired.');
  }
  if (typeof claims.nbf !== 'number' || claims.nbf > seconds + 60) {
    throw new Unauthorized('Invalid JWT token. The token is not yet valid.');
  }
  return claims.sub;
}

/** Whether an address is this machine (`undefined`: an in-process caller). */
export function isLoopbackAddress(address: string | undefined): boolean {
  return address === undefined || address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

/** The values of a cookie in a Cookie header (a name may appear more than once). */
function cookieValues(cookieHeader: string | undefined, name: string): string[] {
  const values: string[] = [];
  for (const part of (cookieHeader ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      try {
        values.push(decodeURIComponent(part.slice(index + 1).trim()));
      } catch {
        values.push('\u0000');
      }
    }
  }
  return values;
}

/** SharePoint Online's 401 for a caller it cannot identify. */
export function unauthorized(description: string): SpError {
  return new SpError(401, ErrorCodes.accessDenied, description, {
    'WWW-Authenticate': 'Bearer realm="internkontroll-local",client_id="00000003-0000-0ff1-ce00-000000000000"',
    'X-MS-Diagnostics': `3000003;reason="${description.replace(/"/g, "'")}";category="invalid_client"`
  });
}

/**
 * The caller of a request and whether it came with a bearer token. Throws SharePoint's 401
 * when the request names nobody, names someone the site does not know, or carries a token the
 * site did not issue.
 */
export function identifyCaller(store: SiteStore, request: LocalRequest, sitePath: string, now: Date): { user: SiteUser; bearer: boolean } {
  const authorization = headerValue(request.headers, 'Authorization');
  if (authorization !== undefined) {
    const match = /^Bearer ([^\s]+)$/.exec(authorization.trim());
    if (match === null) {
      throw unauthorized('Unsupported authorization scheme. Only bearer tokens issued by this site are accepted.');
    }
    let login: string;
    try {
      login = verifyToken(store, match[1], sitePath, now);
    } catch (error) {
      throw unauthorized(error instanceof Unauthorized ? error.message : 'Invalid JWT token.');
    }
    const user = store.users.byExactLogin(login);
    if (user === undefined) {
      throw unauthorized('The user of the token does not exist.');
    }
    return { user, bearer: true };
  }
  const header = headerValue(request.headers, 'X-Local-User');
  const cookies = cookieValues(headerValue(request.headers, 'Cookie'), 'local-user');
  if (header === undefined && cookies.length === 0) {
    throw unauthorized('The request names no user: send a bearer token, or X-Local-User from this machine.');
  }
  if (!isLoopbackAddress(request.clientAddress)) {
    throw unauthorized('X-Local-User and the local-user cookie are accepted from this machine only.');
  }
  const named = header !== undefined ? [header] : cookies;
  if (named.length !== 1 || (header !== undefined && cookies.length > 0 && cookies.some((c) => c !== header))) {
    throw unauthorized('The request names more than one user.');
  }
  const user = store.users.byExactLogin(named[0]);
  if (user === undefined) {
    throw unauthorized('The user named by the request does not exist.');
  }
  return { user, bearer: false };
}
