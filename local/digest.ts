/**
 * Form digests (`X-RequestDigest`). SharePoint requires one on every write made with cookie
 * authentication and hands them out from `/_api/contextinfo`. The local digest has
 * SharePoint's shape (`0x<hex>,<date> -0000`) and is an HMAC of the site path and issue
 * time, so it can be checked without server state: PnPjs caches digests per web URL across
 * every instance in a process, and a digest stays valid across a restart until it expires.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Seconds a digest stays valid (SharePoint Online's value). */
export const DIGEST_TIMEOUT_SECONDS = 1800;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** SharePoint's digest date format: `25 Nov 2026 20:20:20 -0000`. */
function formatDigestDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(
    date.getUTCMinutes()
  )}:${pad(date.getUTCSeconds())} -0000`;
}

function parseDigestDate(text: string): Date | undefined {
  const match = /^(\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) -0000$/.exec(text);
  if (match === null || !MONTHS.includes(match[2])) {
    return undefined;
  }
  return new Date(Date.UTC(Number(match[3]), MONTHS.indexOf(match[2]), Number(match[1]), Number(match[4]), Number(match[5]), Number(match[6])));
}

function signature(sitePath: string, issued: string): string {
  return createHmac('sha512', 'internkontroll-local-sharepoint').update(`${sitePath.toLowerCase()}|${issued}`).digest('hex').toUpperCase();
}

/** Issues a digest for a site. */
export function issueDigest(sitePath: string, now: Date): string {
  const issued = formatDigestDate(now);
  return `0x${signature(sitePath, issued)},${issued}`;
}

/** Whether a digest was issued for this site and has not expired. */
export function isDigestValid(digest: string | undefined, sitePath: string, now: Date): boolean {
  if (digest === undefined) {
    return false;
  }
  const match = /^0x([0-9A-F]+),(.+)$/.exec(digest.trim());
  if (match === null) {
    return false;
  }
  const issuedAt = parseDigestDate(match[2]);
  if (issuedAt === undefined || now.getTime() - issuedAt.getTime() > DIGEST_TIMEOUT_SECONDS * 1000 || issuedAt.getTime() - now.getTime() > 60_000) {
    return false;
  }
  const expected = Buffer.from(signature(sitePath, match[2]));
  const given = Buffer.from(match[1]);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
