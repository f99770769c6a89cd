/** E-mail through SharePoint. */
export * from './emailSender';
export * from './pnpEmailSender';
