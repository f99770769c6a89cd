/**
 * The web part's approval service with notifications, in the approval service's chunk
 * (`ik-godkannanden`): Graph through SPFx's `MSGraphClientV3`, e-mail through SharePoint, the
 * path from the setting.
 */
import type { SPFI } from '@pnp/sp';

import { createNotifiedApprovalService, type NotifiedApprovalService, type NotifiedApprovalServiceOptions } from '../../teams/notifiedApprovalService';
import type { IGraphClient } from '../../teams/notify/graphClient';
import { msGraphClient, type MSGraphClientLike } from './msGraphClient';

/** Graph over a client that SPFx hands out asynchronously (`msGraphClientFactory.getClient('3')`). */
function deferredGraph(client: () => Promise<MSGraphClientLike>): IGraphClient {
  let loading: Promise<IGraphClient> | undefined;
  const graph = (): Promise<IGraphClient> => {
    if (loading === undefined) {
      loading = client().then(msGraphClient);
      // A failed sign-in is tried again next time, not remembered.
      loading.catch(() => {
        loading = undefined;
      });
    }
    return loading;
  };
  const unavailable = (error: unknown) => ({ status: 0, body: { error: { code: 'unavailable', message: error instanceof Error ? error.message : String(error) } } });
  return {
    get: (path) => graph().then((g) => g.get(path), unavailable),
    post: (path, body) => graph().then((g) => g.post(path, body), unavailable)
  };
}

/** The approval service and the notification setting's service of the web part. */
export function createWebPartApprovals(
  sp: SPFI,
  options: Omit<NotifiedApprovalServiceOptions, 'graph'> & { graphClient: () => Promise<MSGraphClientLike> }
): NotifiedApprovalService {
  return createNotifiedApprovalService(sp, { ...options, graph: deferredGraph(options.graphClient) });
}
