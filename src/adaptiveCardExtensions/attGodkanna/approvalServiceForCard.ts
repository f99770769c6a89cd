/**
 * The approval service the card decides through. The card needs only the
 * `ApprovalDeciderService` part of `IApprovalService` (src/teams/approvalPort.ts); it is
 * created here from the ACE's context once the approval service over SharePoint is part of
 * the solution. Until then the card says that approvals are not connected, and decides nothing.
 */
import type { AdaptiveCardExtensionContext } from '@microsoft/sp-adaptive-card-extension-base';

import type { ApprovalDeciderService } from '../../teams/approvalPort';

/** The service for the card, or undefined when this build has none. */
export function approvalServiceForCard(context: AdaptiveCardExtensionContext): ApprovalDeciderService | undefined {
  void context;
  return undefined;
}
