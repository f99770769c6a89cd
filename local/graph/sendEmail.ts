/**
 * `POST /_api/SP.Utilities.Utility.SendEmail` as SharePoint Online answers it: the body is
 * `{"properties":{"To":[…],"Subject","Body",…}}` (arrays may come as `{"results":[…]}` in
 * verbose OData), every recipient must be a person the site knows, and an accepted message
 * goes to the outbox instead of a mail server.
 */
import { ErrorCodes, SpError } from '../errors';
import type { SiteStore } from '../store/site-store';
import type { SiteUser } from '../store/users';
import type { Outbox } from './outbox';

function addresses(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value : typeof value === 'object' && value !== null && Array.isArray((value as { results?: unknown }).results) ? (value as { results: unknown[] }).results : undefined;
  if (list === undefined) {
    return undefined;
  }
  return list.map((entry) => String(entry));
}

/** Records the e-mail of `caller`, or throws SharePoint's error for it. */
export function sendEmail(store: SiteStore, outbox: Outbox, caller: SiteUser, body: string | undefined, now: Date): void {
  let parsed: { properties?: Record<string, unknown> };
  try {
    parsed = JSON.parse(body ?? '') as typeof parsed;
  } catch {
    throw new SpError(400, ErrorCodes.invalidClientQuery, 'Invalid JSON. A token was not recognized in the JSON content.');
  }
  const properties = parsed.properties;
  if (typeof properties !== 'object' || properties === null) {
    throw new SpError(400, ErrorCodes.argument, "The parameter 'properties' is missing.");
  }
  const to = addresses(properties.To) ?? [];
  const cc = addresses(properties.CC) ?? [];
  if (to.length === 0) {
    throw new SpError(400, ErrorCodes.spExceptionGeneric, 'The e-mail message cannot be sent. Make sure the e-mail has a valid recipient.');
  }
  for (const address of [...to, ...cc]) {
    const user = store.users.byLogin(address);
    if (user === undefined || user.email.toLowerCase() !== address.trim().toLowerCase()) {
      throw new SpError(400, ErrorCodes.spExceptionGeneric, 'The e-mail message cannot be sent. Make sure the e-mail has a valid recipient.');
    }
  }
  if (typeof properties.Subject !== 'string' || typeof properties.Body !== 'string') {
    throw new SpError(400, ErrorCodes.argument, 'Subject and Body must be strings.');
  }
  outbox.record({ channel: 'email', from: caller.login, to: [...to, ...cc], at: now.toISOString(), payload: properties });
}
