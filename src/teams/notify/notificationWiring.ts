/**
 * The approval flow's notifier as the organisation set it up: every notification reads the
 * setting (IKInstallningar, "Avisering") and goes out through `TeamsApprovalNotifier` from the
 * chosen path on, or not at all when it is "Av". The same wiring answers the settings page
 * (`INotificationSettingsService`: read, save, "Testa" to the signed-in user). Hosts give it
 * their Graph client (SPFx's in the web part, the local one in the workbench) and their SPFI.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';

import type { ApprovalDecisionLike, ApprovalNotifierLike, ApprovalPersonLike, ApprovalRequestLike } from '../approvalPort';
import { pnpEmailSender } from '../../data/mail/pnpEmailSender';
import { NotificationSettingRepository } from '../../data/settings/NotificationSettingRepository';
import type { INotificationSettingsService, NotificationChannel, NotificationTestResult } from '../../data/settings/INotificationSettingsService';
import type { NotificationSetting } from '../../data/schema/listNames';
import type { IGraphClient } from './graphClient';
import type { RequestDescription } from './messages';
import { TeamsApprovalNotifier } from './TeamsApprovalNotifier';

/** What the wiring works with. */
export interface NotificationWiringOptions {
  /** PnPjs for the signed-in user: the setting, SharePoint's e-mail, the current user. */
  sp: SPFI;
  /** Graph for the signed-in user; without it Teams paths are refused and e-mail is the fallback. */
  graph?: IGraphClient;
  /** The site's address, linked from the chat card and the e-mail. */
  siteUrl?: string;
  /** How a request is named in messages (plan title, period label). */
  describe?: (request: ApprovalRequestLike) => Promise<RequestDescription>;
}

/** The notifier and the settings page's service over one setting. */
export interface NotificationWiring {
  /** The approval service's notifier. */
  notifier: ApprovalNotifierLike;
  /** The settings page's service. */
  settings: INotificationSettingsService;
}

/** The notifier and settings service of a site. */
export function createNotificationWiring(options: NotificationWiringOptions): NotificationWiring {
  const repository = new NotificationSettingRepository(options.sp);
  const email = pnpEmailSender(options.sp);
  const notifierFor = (preferred: NotificationChannel): TeamsApprovalNotifier =>
    new TeamsApprovalNotifier({ preferred, graph: options.graph, email, siteUrl: options.siteUrl, describe: options.describe });
  // Read on every notification: a changed setting applies at once, and a notification is rare.
  const current = async (): Promise<NotificationSetting> => (await repository.load()).setting;
  const send = async (action: (notifier: TeamsApprovalNotifier) => Promise<void>): Promise<void> => {
    const setting = await current();
    if (setting !== 'off') {
      await action(notifierFor(setting));
    }
  };
  const notifier: ApprovalNotifierLike = {
    requested: (request: ApprovalRequestLike, approvers: ApprovalPersonLike[]) => send((n) => n.requested(request, approvers)),
    decided: (request: ApprovalRequestLike, decision: ApprovalDecisionLike) => send((n) => n.decided(request, decision)),
    reminded: (request: ApprovalRequestLike, pending: ApprovalPersonLike[]) => send((n) => n.reminded(request, pending))
  };
  const settings: INotificationSettingsService = {
    load: () => repository.load(),
    save: (stored) => repository.save(stored),
    test: async (setting: NotificationChannel): Promise<NotificationTestResult> => {
      const me = (await options.sp.web.currentUser.select('Id', 'Title', 'Email', 'LoginName')()) as { Id: number; Title: string; Email?: string; LoginName?: string };
      const recipient: ApprovalPersonLike = { id: me.Id, title: me.Title, email: me.Email || undefined, loginName: me.LoginName };
      const outcome = await notifierFor(setting).test(recipient, me.Title);
      return { delivered: outcome.delivered, attempts: outcome.attempts.map((a) => ({ path: a.path, ok: a.ok, status: a.status, message: a.message })) };
    }
  };
  return { notifier, settings };
}
