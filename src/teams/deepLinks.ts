/**
 * Deep links into the personal app: `https://teams.microsoft.com/l/entity/{appId}/{entityId}`
 * with `context={"subEntityId":"<request key>"}`. Teams opens the app's tab and hands the
 * sub-entity id to the page (`app.getContext()` → `page.subPageId`), which opens the request.
 * Pure functions: the link is built the same way for the activity feed, the chat card, the
 * e-mail and the ACE, and parsed back in tests.
 */
import { TEAMS_APP_ID, TEAMS_ENTITY_IDS } from './appIdentity';

/** Where Teams deep links start. */
export const TEAMS_DEEP_LINK_ORIGIN = 'https://teams.microsoft.com';

/**
 * What a sub-entity id may hold: a request key (a GUID) or another short key of ours. Anything
 * else is refused when parsing, so a crafted link cannot smuggle text into the page.
 */
const SUB_ENTITY_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The parts of a deep link into a Teams app's tab. */
export interface TeamsDeepLink {
  /** The Teams app id. */
  appId: string;
  /** The tab's entity id. */
  entityId: string;
  /** What to open in the tab (e.g. an approval request's key). */
  subEntityId?: string;
  /** The tab's label Teams shows while it opens. */
  label?: string;
  /** A web address Teams may fall back to. */
  webUrl?: string;
}

/** Whether a sub-entity id is one the product writes (and therefore reads). */
export function isValidSubEntityId(value: string): boolean {
  return SUB_ENTITY_ID.test(value);
}

/** Builds a deep link; throws on an id Teams or the parser would not accept. */
export function buildTeamsDeepLink(link: TeamsDeepLink): string {
  if (!GUID.test(link.appId)) {
    throw new Error(`Teams-appens id måste vara ett GUID: "${link.appId}" / The Teams app id must be a GUID.`);
  }
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(link.entityId)) {
    throw new Error(`Ogiltigt entitets-id "${link.entityId}" / Invalid entity id.`);
  }
  if (link.subEntityId !== undefined && !isValidSubEntityId(link.subEntityId)) {
    throw new Error(`Ogiltigt id att öppna: "${link.subEntityId}" / Invalid sub-entity id.`);
  }
  const query: string[] = [];
  if (link.webUrl !== undefined) {
    query.push(`webUrl=${encodeURIComponent(link.webUrl)}`);
  }
  if (link.label !== undefined) {
    query.push(`label=${encodeURIComponent(link.label)}`);
  }
  if (link.subEntityId !== undefined) {
    query.push(`context=${encodeURIComponent(JSON.stringify({ subEntityId: link.subEntityId }))}`);
  }
  const path = `${TEAMS_DEEP_LINK_ORIGIN}/l/entity/${encodeURIComponent(link.appId)}/${encodeURIComponent(link.entityId)}`;
  return query.length === 0 ? path : `${path}?${query.join('&')}`;
}

/** The deep link that opens one approval request in the personal app's "Att godkänna" tab. */
export function approvalRequestDeepLink(requestKey: string, label: string = 'Att godkänna'): string {
  return buildTeamsDeepLink({ appId: TEAMS_APP_ID, entityId: TEAMS_ENTITY_IDS.attGodkanna, subEntityId: requestKey, label });
}

/**
 * Reads a Teams deep link back into its parts; undefined for anything that is not one (another
 * host, another path, a context that is not JSON, a sub-entity id the product never writes).
 */
export function parseTeamsDeepLink(url: string): TeamsDeepLink | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.host !== 'teams.microsoft.com') {
    return undefined;
  }
  const match = /^\/l\/entity\/([^/]+)\/([^/]+)\/?$/.exec(parsed.pathname);
  if (match === null) {
    return undefined;
  }
  let appId: string;
  let entityId: string;
  try {
    appId = decodeURIComponent(match[1]);
    entityId = decodeURIComponent(match[2]);
  } catch {
    return undefined;
  }
  if (!GUID.test(appId)) {
    return undefined;
  }
  const result: TeamsDeepLink = { appId, entityId };
  const label = parsed.searchParams.get('label');
  if (label !== null) {
    result.label = label;
  }
  const webUrl = parsed.searchParams.get('webUrl');
  if (webUrl !== null) {
    result.webUrl = webUrl;
  }
  const context = parsed.searchParams.get('context');
  if (context !== null) {
    const subEntityId = subEntityIdOfContext(context);
    if (subEntityId === null) {
      return undefined;
    }
    if (subEntityId !== undefined) {
      result.subEntityId = subEntityId;
    }
  }
  return result;
}

/** The sub-entity id in a deep link's `context` JSON; undefined when absent, null when invalid. */
function subEntityIdOfContext(context: string): string | undefined | null {
  let value: unknown;
  try {
    value = JSON.parse(context);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return null;
  }
  const subEntityId = (value as { subEntityId?: unknown }).subEntityId;
  if (subEntityId === undefined) {
    return undefined;
  }
  return typeof subEntityId === 'string' && isValidSubEntityId(subEntityId) ? subEntityId : null;
}
