/**
 * The summary sentence of a report. "granskning" is the model's own sentence about the review
 * results (summary.ts, seed 002's words); "status" counts the kontrollmoment per status in the
 * period, for shapes that report progress rather than review results ("Av tjugofyra
 * kontrollmoment är två genomförda, tjugoett pågående och ett ej aktuellt.").
 */
import type { FollowUpStatus } from '../../model/choices';
import { capitalise, formatResultSummary, joinSwedishList, ResultSummary, summariseResults, swedishNumberWord } from '../../model/summary';
import type { PlanData } from '../../model/types';
import type { ReportSummary } from '../model/types';
import type { SummaryKind } from '../shape/types';

/** A status as a predicate for one (neuter singular) or several kontrollmoment. */
const STATUS_WORDS: ReadonlyArray<[FollowUpStatus, string, string]> = [
  ['Genomförd', 'genomfört', 'genomförda'],
  ['Pågående', 'pågående', 'pågående'],
  ['Ej påbörjad', 'ej påbörjat', 'ej påbörjade'],
  ['Ej aktuellt', 'ej aktuellt', 'ej aktuella']
];

/** The status sentence(s) of a period's counts. Returns "" when the plan has no kontrollmoment. */
export function formatStatusSummary(summary: ResultSummary): string {
  const total = summary.total;
  if (total === 0) {
    return '';
  }
  const counted = STATUS_WORDS.map(([status, one, many]) => ({ n: summary.perStatus[status], one, many })).filter((item) => item.n > 0);
  const withStatus = counted.reduce((sum, item) => sum + item.n, 0);
  const totalWord = swedishNumberWord(total, 'neutrum');
  const sentences: string[] = [];
  if (counted.length === 1 && withStatus === total) {
    sentences.push(total === 1 ? `Planens enda kontrollmoment är ${counted[0].one}.` : `Samtliga ${totalWord} kontrollmoment är ${counted[0].many}.`);
  } else if (counted.length > 0) {
    const parts = counted.map((item) => `${swedishNumberWord(item.n, 'neutrum')} ${item.n === 1 ? item.one : item.many}`);
    sentences.push(`Av ${totalWord} kontrollmoment är ${joinSwedishList(parts)}.`);
  }
  const missing = total - withStatus;
  if (missing === total) {
    sentences.push(total === 1 ? 'Planens enda kontrollmoment har ännu ingen status för perioden.' : `Inget av planens ${totalWord} kontrollmoment har ännu någon status för perioden.`);
  } else if (missing > 0) {
    sentences.push(`${capitalise(swedishNumberWord(missing, 'neutrum'))} kontrollmoment saknar status för perioden.`);
  }
  return sentences.join(' ');
}

/** The report's summary of the kind the shape asks for. */
export function buildSummary(data: PlanData, periodKey: string, kind: SummaryKind): ReportSummary {
  const counts = summariseResults(data, periodKey);
  const text = kind === 'ingen' ? '' : kind === 'status' ? formatStatusSummary(counts) : formatResultSummary(counts);
  return {
    kind,
    text,
    total: counts.total,
    perResultat: { ...counts.perResultat },
    perStatus: { ...counts.perStatus },
    ejGranskade: counts.ejGranskade
  };
}
