/**
 * The approval service with the organisation's notifications: `createApprovalService` with the
 * notifier of `createNotificationWiring` (the setting "Avisering" chooses the path; "Av" sends
 * nothing), and the settings page's service over the same setting. The one place hosts (the
 * web part, the local workbench) get both from, so they notify alike.
 */
import type { SPFI } from '@pnp/sp';

import type { IApprovalService } from '../approvals/IApprovalService';
import { createApprovalService, type ApprovalServiceOptions } from '../data/approvals/ApprovalService';
import type { INotificationSettingsService } from '../data/settings/INotificationSettingsService';
import type { IGraphClient } from './notify/graphClient';
import { createNotificationWiring } from './notify/notificationWiring';

/** What a host gives. */
export interface NotifiedApprovalServiceOptions {
  /** The plan service (`createInternkontrollService`), which the approval service reads plans with. */
  plans: ApprovalServiceOptions['plans'];
  /** The organisation's own report shapes. */
  ownShapes?: ApprovalServiceOptions['ownShapes'];
  /** Graph for the signed-in user. */
  graph?: IGraphClient;
  /** The site's address, linked from chat cards and e-mails. */
  siteUrl?: string;
  /** Where a notification's failure goes (the record is saved whatever happens). */
  onNotificationError?: (error: unknown) => void;
}

/** The approval service and the notification setting's service. */
export interface NotifiedApprovalService {
  /** The approval service, notifying as the setting says. */
  approvals: IApprovalService;
  /** The notification setting and its "Testa". */
  notificationSettings: INotificationSettingsService;
}

/** Creates the approval service with the organisation's notifications. */
export function createNotifiedApprovalService(sp: SPFI, options: NotifiedApprovalServiceOptions): NotifiedApprovalService {
  // The messages name the plan and period as people know them: read from the request itself,
  // through the service made below (the notifier is called only after it exists).
  const service: { approvals?: IApprovalService } = {};
  const wiring = createNotificationWiring({
    sp,
    graph: options.graph,
    siteUrl: options.siteUrl,
    describe: async (request) => {
      const found = await service.approvals!.openRequest(request.key);
      return { planTitle: found.planTitle, periodLabel: found.periodLabel };
    }
  });
  const approvals = createApprovalService(sp, { plans: options.plans, notifier: wiring.notifier, onNotificationError: options.onNotificationError, ownShapes: options.ownShapes });
  service.approvals = approvals;
  return { approvals, notificationSettings: wiring.settings };
}
