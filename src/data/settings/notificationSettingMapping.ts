/** The notification setting's item (list IKInstallningar, titled "Avisering", column `Avisering`) ⇄ the setting. */
import { ItemFields, ListItemJson, readETag, readId, readText } from '../fields';
import { NOTIFICATION_SETTING_STORED, type NotificationSetting } from '../schema/listNames';

/** Title of the IKInstallningar item that holds the notification setting. */
export const NOTIFICATION_SETTING_TITLE = 'Avisering';

/** The columns the setting's item is read with. */
export const NOTIFICATION_SETTING_SELECT: readonly string[] = ['Id', 'Title', 'Avisering'];

/** The setting a site has before anyone chose: the activity feed, with its fallbacks. */
export const DEFAULT_NOTIFICATION_SETTING: NotificationSetting = 'activity';

/** The notification setting as read, with the item's id and ETag once it is saved. */
export interface StoredNotificationSetting {
  /** Where notifications start, or `off`. */
  setting: NotificationSetting;
  /** The item's id; absent while nothing is saved (the default applies). */
  id?: number;
  /** The item's ETag, passed back on save. */
  etag?: string;
}

/** The setting of a stored value; undefined for a value the product never writes. */
export function notificationSettingOf(stored: string | undefined): NotificationSetting | undefined {
  const entry = Object.entries(NOTIFICATION_SETTING_STORED).find(([, value]) => value === stored);
  return entry === undefined ? undefined : (entry[0] as NotificationSetting);
}

/** Field values of the setting's item. */
export function notificationSettingToFields(setting: NotificationSetting): ItemFields {
  return { Title: NOTIFICATION_SETTING_TITLE, Avisering: NOTIFICATION_SETTING_STORED[setting], IdempotencyKey: NOTIFICATION_SETTING_TITLE };
}

/** The setting of its item; an empty or unknown value reads as the default. */
export function notificationSettingFromItem(item: ListItemJson): StoredNotificationSetting {
  return { setting: notificationSettingOf(readText(item, 'Avisering')) ?? DEFAULT_NOTIFICATION_SETTING, id: readId(item), etag: readETag(item) };
}
