/**
 * Days as the product's users count them: Swedish calendar days (Europe/Stockholm). SharePoint
 * answers instants in UTC; a decision at 00:30 Swedish time on 10 September is on the 10th.
 */

const PARTS = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Swedish calendar day of an instant, "YYYY-MM-DD". */
export function swedishDay(instant: string | Date): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const parts = PARTS.formatToParts(date);
  const part = (type: string): string => parts.filter((p) => p.type === type)[0]?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Instants in order; equal instants keep their order. */
export function compareInstants(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return ta < tb ? -1 : ta > tb ? 1 : 0;
}
