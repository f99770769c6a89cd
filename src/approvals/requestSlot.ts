/**
 * The key that lets SharePoint itself keep one open request per plan and period. Every request
 * item carries `<plan id>|<period>|<round>` in a column with unique values, where the round is
 * the number of requests the period had before (all of them concluded, or the request would
 * be refused). Two people who request at the same moment both count the same round, write the
 * same key, and SharePoint stores only the first; a check-then-write alone would let both in.
 * Withdrawals and reminders carry a key of their own (`händelse:<item key>`), so they never
 * collide with a request.
 */

/** The slot of a plan's period for its next request: `<planId>|<periodKey>|<round>`. */
export function requestSlotKey(planId: number, periodKey: string, round: number): string {
  if (!Number.isInteger(planId) || planId <= 0 || !Number.isInteger(round) || round < 0 || periodKey === '') {
    throw new RangeError(`Invalid request slot: plan ${planId}, period "${periodKey}", round ${round}.`);
  }
  return `${planId}|${periodKey}|${round}`;
}

/** The slot value of a withdrawal or reminder item: unique by its own key, never a request's. */
export function eventSlotKey(itemKey: string): string {
  return `händelse:${itemKey}`;
}
