/**
 * E-mail through SharePoint (`SP.Utilities.Utility.SendEmail`), the last way to reach someone
 * when Teams cannot be used. The PnPjs implementation is `pnpEmailSender` beside it.
 */

/** One e-mail as SharePoint's SendEmail takes it. */
export interface EmailMessage {
  /** Recipients' addresses (people the site knows). */
  To: string[];
  /** Subject line. */
  Subject: string;
  /** HTML body. */
  Body: string;
}

/** Sends e-mail; rejects when SharePoint refuses. */
export interface IEmailSender {
  /** Sends one message. */
  sendEmail(message: EmailMessage): Promise<void>;
}
