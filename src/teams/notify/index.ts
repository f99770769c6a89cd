/** Notifications of the approval flow: Teams activity feed, chat card or e-mail. */
export type { EmailMessage, IEmailSender } from '../../data/mail/emailSender';
export * from './graphClient';
export * from './messages';
export * from './payloads';
export * from './TeamsApprovalNotifier';
export * from './notificationWiring';
