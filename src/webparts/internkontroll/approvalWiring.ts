/**
 * The web part's approval service with notifications, in the approval service's chunk
 * (`ik-godkannanden`): Graph through SPFx's `MSGraphClientV3`, e-mail through SharePoint, the
 * path from the setting.
 */
import type { SPFI } from '@pnp/sp';

import { createNotifiedApprovalService, type NotifiedApprovalService, type NotifiedApprovalServiceOptions } from '../../teams/notifiedApprovalService';
import { deferredGraphClient, type MSGraphClientLike } from '../../teams/notify/msGraphClient';

/** The approval service and the notification setting's service of the web part. */
export function createWebPartApprovals(
  sp: SPFI,
  options: Omit<NotifiedApprovalServiceOptions, 'graph'> & { graphClient: () => Promise<MSGraphClientLike> }
): NotifiedApprovalService {
  return createNotifiedApprovalService(sp, { ...options, graph: deferredGraphClient(options.graphClient) });
}
