/**
 * The approval service of the card "Att godkänna" (the ACE): the same notified approval service
 * the web part uses, over the card's SharePoint and Graph, so a decision in Viva Connections is
 * recorded, judged and notified exactly as one in the web part. The card needs only the
 * `ApprovalDeciderService` part.
 */
import type { SPFI } from '@pnp/sp';

import { createInternkontrollService } from '../data/PnpInternkontrollService';
import type { ApprovalDeciderService } from './approvalPort';
import { createNotifiedApprovalService } from './notifiedApprovalService';
import type { IGraphClient } from './notify/graphClient';

/** What the card gives. */
export interface CardApprovalsOptions {
  /** Graph for the signed-in user (the requester hears of a decision through it). */
  graph?: IGraphClient;
  /** The site's address, linked from chat cards and e-mails. */
  siteUrl?: string;
  /** Where a notification's failure goes; the decision is saved whatever happens. */
  onNotificationError?: (error: unknown) => void;
}

/** The approval service for the card, over `sp` (the card's site). */
export function createCardApprovals(sp: SPFI, options: CardApprovalsOptions = {}): ApprovalDeciderService {
  const plans = createInternkontrollService(sp);
  return createNotifiedApprovalService(sp, { plans, ...options }).approvals;
}
