/**
 * The notification setting as the settings page sees it: read, save, and "Testa". The Teams
 * pieces implement it (`createNotificationWiring`, src/teams/notify/notificationWiring.ts) over
 * the setting's repository and the notifier, so the page needs no Graph or PnPjs.
 */
import type { NotificationSetting } from '../schema/listNames';
import type { StoredNotificationSetting } from './notificationSettingMapping';

export type { NotificationSetting } from '../schema/listNames';
export { NOTIFICATION_SETTING_STORED } from '../schema/listNames';
export type { StoredNotificationSetting } from './notificationSettingMapping';

/** A way a notification can go out. */
export type NotificationChannel = Exclude<NotificationSetting, 'off'>;

/** One try of one way during a test. */
export interface NotificationTestAttempt {
  /** The way tried. */
  path: NotificationChannel;
  /** Whether it was accepted. */
  ok: boolean;
  /** The refusing call's HTTP status, when there was one. */
  status?: number;
  /** Why not, Swedish first. */
  message?: string;
}

/** What a test notification did. */
export interface NotificationTestResult {
  /** The way that delivered it; absent when none did. */
  delivered?: NotificationChannel;
  /** Every try, in order. */
  attempts: NotificationTestAttempt[];
}

/** The notification setting and its test. */
export interface INotificationSettingsService {
  /** The setting (the default, activity feed with fallbacks, while none is saved). */
  load(): Promise<StoredNotificationSetting>;
  /** Saves it; SharePoint refuses anyone but owners and samordnare (`PermissionError`). */
  save(stored: StoredNotificationSetting): Promise<StoredNotificationSetting>;
  /** Sends a test notification to the signed-in user by `setting` (not `off`) and its fallbacks. */
  test(setting: NotificationChannel): Promise<NotificationTestResult>;
}
