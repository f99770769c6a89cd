/**
 * What the local SharePoint "sent": every Teams activity notification, chat message and e-mail
 * it accepted, in order, so tests and the workbench can see what a real tenant would have
 * delivered (`GET /_local/outbox`, emptied by `DELETE /_local/outbox` and `/_local/reset`).
 */

/** How a message went out. */
export type OutboxChannel = 'activity' | 'chat' | 'email';

/** One message that was accepted for delivery. */
export interface OutboxEntry {
  /** Order of acceptance, from 1. */
  readonly sequence: number;
  /** Activity feed, chat message or e-mail. */
  readonly channel: OutboxChannel;
  /** Login of the user whose token sent it. */
  readonly from: string;
  /** Logins (activity, chat) or addresses (e-mail) of the recipients. */
  readonly to: readonly string[];
  /** When it was accepted (ISO 8601). */
  readonly at: string;
  /** The request body as the client sent it (parsed JSON). */
  readonly payload: unknown;
}

/** The outbox of one local site. */
export class Outbox {
  private entries: OutboxEntry[] = [];

  /** Records one accepted message. */
  public record(entry: Omit<OutboxEntry, 'sequence'>): OutboxEntry {
    const recorded = { ...entry, sequence: this.entries.length + 1 };
    this.entries.push(recorded);
    return recorded;
  }

  /** Everything accepted, oldest first. */
  public all(): readonly OutboxEntry[] {
    return [...this.entries];
  }

  /** Forgets everything. */
  public clear(): void {
    this.entries = [];
  }
}
