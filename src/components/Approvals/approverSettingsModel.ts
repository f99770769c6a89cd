/**
 * What the approvers' and deputies' views show, as pure functions: the candidates a search
 * leaves (the chosen ones always stay, so a choice never disappears while typing), and a
 * refusal message of a thrown error.
 */
import type { ApprovalPerson } from '../../approvals/types';

/** Candidates whose name or e-mail contains the query (any case); chosen ones are always kept. */
export function filterCandidates(candidates: readonly ApprovalPerson[], query: string, chosen: ReadonlySet<number>): ApprovalPerson[] {
  const needle = query.trim().toLocaleLowerCase('sv-SE');
  return candidates
    .filter((c) => chosen.has(c.id) || needle === '' || c.title.toLocaleLowerCase('sv-SE').includes(needle) || (c.email ?? '').toLocaleLowerCase('sv-SE').includes(needle))
    .sort((a, b) => a.title.localeCompare(b.title, 'sv-SE'));
}

/** The Swedish (or English) message of an error the service threw. */
export function errorText(error: unknown, english: boolean): string {
  const e = error as { message?: string; messageEn?: string };
  return (english ? e.messageEn : undefined) ?? e.message ?? String(error);
}
