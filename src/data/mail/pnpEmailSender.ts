/**
 * E-mail through SharePoint with PnPjs (`SP.Utilities.Utility.SendEmail`): the same call on
 * SharePoint Online and on the local SharePoint, which records it in its outbox.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/sputilities';

import type { EmailMessage, IEmailSender } from './emailSender';

/** An e-mail sender over a PnPjs SPFI. */
export function pnpEmailSender(sp: SPFI): IEmailSender {
  return {
    sendEmail: async (message: EmailMessage): Promise<void> => {
      await sp.utility.sendEmail({ To: message.To, Subject: message.Subject, Body: message.Body });
    }
  };
}
