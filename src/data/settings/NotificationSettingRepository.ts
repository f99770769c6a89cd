/**
 * The organisation's notification setting (list IKInstallningar, the item titled "Avisering").
 * SharePoint refuses a write from anyone without edit on the list (only owners and samordnare
 * have it) and a value outside the offered ones (the list's validation formula).
 */
import type { SPFI } from '@pnp/sp';
import { JSONParse } from '@pnp/queryable';
import type { OperationContext } from '../httpErrors';
import { CreateRetryOptions, DEFAULT_CREATE_RETRY, ListRepository, odataString, readPage } from '../ListRepository';
import { ValidationFailedError } from '../errors';
import { readETag, readId } from '../fields';
import { LIST_TITLES, NOTIFICATION_SETTING_STORED, type NotificationSetting } from '../schema/listNames';
import {
  DEFAULT_NOTIFICATION_SETTING,
  NOTIFICATION_SETTING_SELECT,
  NOTIFICATION_SETTING_TITLE,
  notificationSettingFromItem,
  notificationSettingToFields,
  type StoredNotificationSetting
} from './notificationSettingMapping';

/** Reads and writes the notification setting. */
export class NotificationSettingRepository extends ListRepository {
  /** Creates the repository. */
  public constructor(sp: SPFI, createRetry: CreateRetryOptions = DEFAULT_CREATE_RETRY) {
    super(sp, LIST_TITLES.installningar, 'settings', NOTIFICATION_SETTING_SELECT, false, createRetry);
  }

  /** The setting; the default (no id) while none is saved. */
  public async load(): Promise<StoredNotificationSetting> {
    const page = await this.items()
      .select(...this.select)
      .filter(`Title eq ${odataString(NOTIFICATION_SETTING_TITLE)}`)
      .top(1)
      .using(JSONParse())()
      .then(readPage);
    return page.rows.length > 0 ? notificationSettingFromItem(page.rows[0]) : { setting: DEFAULT_NOTIFICATION_SETTING };
  }

  /**
   * Saves the setting (creates the item the first time, else updates it with its ETag as
   * If-Match). A value the product does not offer is refused before anything is sent.
   */
  public async save(stored: StoredNotificationSetting): Promise<StoredNotificationSetting> {
    if (!Object.prototype.hasOwnProperty.call(NOTIFICATION_SETTING_STORED, stored.setting)) {
      throw new ValidationFailedError([
        {
          field: 'avisering',
          fieldLabel: 'Avisering',
          code: 'required',
          message: `Avisering: ”${String(stored.setting)}” är inget av de valbara sätten.`,
          messageEn: `Avisering: "${String(stored.setting)}" is not one of the offered paths.`
        }
      ]);
    }
    const fields = notificationSettingToFields(stored.setting as NotificationSetting);
    const context: OperationContext = { entity: 'settings', action: 'manage', itemName: NOTIFICATION_SETTING_TITLE };
    if (stored.id === undefined) {
      const item = await this.create(fields, undefined, context);
      return { setting: stored.setting, id: readId(item), etag: readETag(item) };
    }
    const etag = await this.update(stored.id, fields, stored.etag ?? '', context);
    return { setting: stored.setting, id: stored.id, etag };
  }
}
