/** The organisation settings (list IKInstallningar, the item titled "Organisation"). */
import type { SPFI } from '@pnp/sp';
import { JSONParse } from '@pnp/queryable';
import type { OrganisationSettings } from '../../model/types';
import type { OperationContext } from '../httpErrors';
import type { StoredSettings } from '../InternkontrollService';
import { CreateRetryOptions, DEFAULT_CREATE_RETRY, ListRepository, odataString, readPage } from '../ListRepository';
import { readETag, readId } from '../fields';
import { ORGANISATION_SETTINGS_TITLE, SETTINGS_SELECT, settingsFromItem, settingsToFields } from './settingsMapping';
import { LIST_TITLES } from '../schema/listNames';

/** Context of reading the settings, for messages. */
const READ: OperationContext = { entity: 'settings', action: 'read' };

/** Reads and writes the organisation settings. */
export class SettingsRepository extends ListRepository {
  /** Creates the repository. */
  public constructor(sp: SPFI, createRetry: CreateRetryOptions = DEFAULT_CREATE_RETRY) {
    super(sp, LIST_TITLES.installningar, 'settings', SETTINGS_SELECT, false, createRetry);
  }

  /** The settings; empty (no id) when none are saved. Pass a batched SPFI to join a batch. */
  public load(sp: SPFI = this.sp): Promise<StoredSettings> {
    return this.items(sp)
      .select(...this.select)
      .filter(`Title eq ${odataString(ORGANISATION_SETTINGS_TITLE)}`)
      .top(1)
      .using(JSONParse())()
      .then(readPage)
      .then((page) => (page.rows.length > 0 ? settingsFromItem(page.rows[0]) : {}));
  }

  /** Creates or updates the settings item (ETag as If-Match). */
  public async save(settings: StoredSettings): Promise<StoredSettings> {
    const fields = settingsToFields(settings);
    const context: OperationContext = { entity: 'settings', action: 'manage', itemName: ORGANISATION_SETTINGS_TITLE };
    const value: OrganisationSettings = { ...settings };
    delete (value as StoredSettings).id;
    delete (value as StoredSettings).etag;
    if (settings.id === undefined) {
      const item = await this.create(fields, undefined, context);
      return { ...value, id: readId(item), etag: readETag(item) };
    }
    const etag = await this.update(settings.id, fields, settings.etag ?? '', context);
    return { ...value, id: settings.id, etag };
  }

  /** The context of reading, for messages. */
  public get readContext(): OperationContext {
    return READ;
  }
}
