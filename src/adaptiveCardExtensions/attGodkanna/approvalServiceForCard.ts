/**
 * The approval service the card decides through, created from the ACE's context: PnPjs over the
 * card's site, Graph through SPFx's `MSGraphClientV3` for the notifications. The service and its
 * data layer load on the first call (chunk `ik-kort-godkannanden`), so the card's own bundle
 * stays small on a dashboard of many cards.
 */
import type { AdaptiveCardExtensionContext } from '@microsoft/sp-adaptive-card-extension-base';
import { BrowserFetch } from '@pnp/queryable';
import { spfi, SPFx } from '@pnp/sp';

import type { ApprovalDeciderService } from '../../teams/approvalPort';
import { deferredGraphClient } from '../../teams/notify/msGraphClient';

/** The service for the card; `onNotificationError` hears of a notification that could not be sent. */
export function approvalServiceForCard(context: AdaptiveCardExtensionContext, onNotificationError: (error: unknown) => void): ApprovalDeciderService {
  // BrowserFetch, as in the web part: the service has its own retry, which never re-sends a create.
  const sp = spfi().using(SPFx(context), BrowserFetch());
  const graph = deferredGraphClient(() => context.msGraphClientFactory.getClient('3'));
  let loading: Promise<ApprovalDeciderService> | undefined;
  const service = (): Promise<ApprovalDeciderService> => {
    if (loading === undefined) {
      loading = import(/* webpackChunkName: 'ik-kort-godkannanden' */ '../../teams/cardApprovals').then((m) =>
        m.createCardApprovals(sp, { graph, siteUrl: context.pageContext.web.absoluteUrl, onNotificationError })
      );
      // A failed load is tried again on the next call, not remembered.
      loading.catch(() => {
        loading = undefined;
      });
    }
    return loading;
  };
  return {
    listForApprover: () => service().then((s) => s.listForApprover()),
    decide: (requestKey, input) => service().then((s) => s.decide(requestKey, input))
  };
}
