/** The organisation settings item (list IKInstallningar, titled "Organisation", JSON in Varde) ⇄ the model. */
import type { OrganisationSettings } from '../../model/types';
import { compact, ItemFields, ListItemJson, readETag, readId, readJson } from '../fields';
import type { StoredSettings } from '../InternkontrollService';

/** Title of the IKInstallningar item that holds the organisation settings. */
export const ORGANISATION_SETTINGS_TITLE = 'Organisation';

/** The columns a settings item is read with. */
export const SETTINGS_SELECT: readonly string[] = ['Id', 'Title', 'Varde', 'IdempotencyKey'];

/** Field values of the organisation settings item. */
export function settingsToFields(settings: OrganisationSettings): ItemFields {
  const value: OrganisationSettings = compact({
    organisation: settings.organisation,
    diarienummerPattern: settings.diarienummerPattern,
    diarienummerExample: settings.diarienummerExample,
    defaultRiskMatrix: settings.defaultRiskMatrix,
    defaultPeriods: settings.defaultPeriods
  });
  return {
    Title: ORGANISATION_SETTINGS_TITLE,
    Varde: JSON.stringify(value),
    IdempotencyKey: ORGANISATION_SETTINGS_TITLE
  };
}

/** The organisation settings from their item. */
export function settingsFromItem(item: ListItemJson): StoredSettings {
  const value = readJson<OrganisationSettings>(item, 'Varde');
  return { ...compact(value), id: readId(item), etag: readETag(item) };
}
