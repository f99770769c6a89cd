/**
 * How the local stand-in signs in to the local SharePoint. This is the one function to change
 * when the local SharePoint issues bearer tokens for demo users: it then returns
 * `BearerToken(provider)` with a provider that fetches the demo user's token.
 */
import type { TimelinePipe } from '@pnp/core';
import { InjectHeaders, type Queryable } from '@pnp/queryable';

/** The PnPjs behaviour that makes requests as a demo user of the local SharePoint. */
export function localSignIn(login: string): TimelinePipe<Queryable> {
  return InjectHeaders({ 'X-Local-User': login });
}
