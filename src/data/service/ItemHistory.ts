/**
 * The history of one item from SharePoint's version history (`items(n)/versions`), read in
 * one request and turned into field-level changes by `history/versionDiff.ts`.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { HistoryTarget, ItemHistory } from '../history/historyTypes';
import { historyFromVersions, VersionJson } from '../history/versionDiff';
import { toDataError } from '../httpErrors';
import { getListDefinition, LIST_TITLES, ListTitle } from '../schema/lists';

/** The list each kind of item lives in. */
export const HISTORY_LISTS: Readonly<Record<HistoryTarget['kind'], ListTitle>> = {
  plan: LIST_TITLES.planer,
  omrade: LIST_TITLES.omraden,
  risk: LIST_TITLES.risker,
  kontrollmoment: LIST_TITLES.kontrollmoment,
  atgard: LIST_TITLES.atgarder,
  followUp: LIST_TITLES.uppfoljningar,
  avvikelse: LIST_TITLES.avvikelser,
  reportShape: LIST_TITLES.rapportformer
};

/** The item's history, newest version first. Rejects with a DataError (e.g. not-found for a deleted item). */
export async function loadItemHistory(sp: SPFI, target: HistoryTarget): Promise<ItemHistory> {
  const title = HISTORY_LISTS[target.kind];
  const definition = getListDefinition(title);
  if (definition === undefined) {
    throw new Error(`No list definition for ${title}`);
  }
  try {
    const versions = await sp.web.lists.getByTitle(title).items.getById(target.id).versions<VersionJson[]>();
    return { target, entries: historyFromVersions(definition, versions) };
  } catch (error) {
    throw toDataError(error, { entity: target.kind, action: 'read', itemName: `#${target.id}` });
  }
}
