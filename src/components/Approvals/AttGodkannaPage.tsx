/**
 * "Att godkänna" as its own page (the Teams personal app's tab of that name): the user's
 * requests to decide, or one request when a deep link named it; each request opens in place
 * and leads back to the list.
 */
import * as React from 'react';
import type { IApprovalService } from '../../approvals/IApprovalService';
import { ApprovalInbox } from './ApprovalInbox';
import { ApprovalRequestView } from './ApprovalRequestView';

/** Props of `AttGodkannaPage`. */
export interface IAttGodkannaPageProps {
  /** The approval service the host created. */
  approvals: IApprovalService;
  /** The request a deep link asked to open (its key); the list when absent. */
  requestKey?: string;
}

/** The "Att godkänna" page. */
export function AttGodkannaPage(props: IAttGodkannaPageProps): React.ReactElement {
  const [requestKey, setRequestKey] = React.useState<string | undefined>(props.requestKey);
  return requestKey === undefined ? (
    <ApprovalInbox approvals={props.approvals} onOpen={(c) => setRequestKey(c.request.key)} />
  ) : (
    <ApprovalRequestView key={requestKey} approvals={props.approvals} requestKey={requestKey} onShowList={() => setRequestKey(undefined)} />
  );
}

export default AttGodkannaPage;
