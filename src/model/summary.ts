/**
 * Counts of review results and the Swedish summary sentence a tjänsteskrivelse carries, in the
 * style of seed 002: "För sju av nio kontrollmoment är granskningen gjord utan anmärkning. I två
 * fall är granskningen gjord med mindre anmärkning. Det gäller kontrollmoment 3 (…) och
 * kontrollmoment 9 (…)."
 */
import type { FollowUpStatus, Resultat } from './choices';
import { richTextToPlainText } from './richText';
import type { FollowUp, Kontrollmoment, PlanData } from './types';

/** Grammatical gender of the counted noun: "en avvikelse" (utrum), "ett kontrollmoment" (neutrum). */
export type SwedishGender = 'utrum' | 'neutrum';

const ONES = ['noll', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'tretton', 'fjorton', 'femton', 'sexton', 'sjutton', 'arton', 'nitton'];
const TENS = ['', '', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'sextio', 'sjuttio', 'åttio', 'nittio'];

/**
 * A number in Swedish words, 0–999 ("nio", "tjugoett", "etthundratolv"); larger numbers and
 * non-integers as digits, as Swedish text does. One is "en" or "ett" by the noun's gender.
 */
export function swedishNumberWord(n: number, gender: SwedishGender = 'neutrum'): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) {
    return String(n);
  }
  if (n === 1) {
    return gender === 'utrum' ? 'en' : 'ett';
  }
  if (n < 20) {
    return ONES[n];
  }
  if (n < 100) {
    const ones = n % 10;
    // "tjugoett" whatever the noun: the compound keeps the neuter form.
    return TENS[Math.floor(n / 10)] + (ones === 0 ? '' : ONES[ones]);
  }
  const rest = n % 100;
  return ONES[Math.floor(n / 100)] + 'hundra' + (rest === 0 ? '' : swedishNumberWord(rest, 'neutrum'));
}

/** Capitalises the first letter, for a number word that starts a sentence. */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0].toLocaleUpperCase('sv-SE') + text.slice(1);
}

/** Joins items the Swedish way: "a", "a och b", "a, b och c" (no comma before och). */
export function joinSwedishList(items: string[], conjunction: string = 'och'): string {
  if (items.length <= 1) {
    return items.join('');
  }
  return items.slice(0, -1).join(', ') + ' ' + conjunction + ' ' + items[items.length - 1];
}

/** A kontrollmoment named in a summary. */
export interface SummaryKontrollmoment {
  /** Its number. */
  nr: number;
  /** Its short name, when it has one. */
  kortnamn?: string;
}

/** Counts of review results of a plan's kontrollmoment in one period. */
export interface ResultSummary {
  /** Period the counts are for. */
  periodKey: string;
  /** Number of kontrollmoment in the plan. */
  total: number;
  /** Number per result. */
  perResultat: Record<Resultat, number>;
  /** Kontrollmoment without a result in the period. */
  ejGranskade: number;
  /** Kontrollmoment per result, in number order. */
  kontrollmomentPerResultat: Record<Resultat, SummaryKontrollmoment[]>;
  /** Number per follow-up status; kontrollmoment without a status are not counted. */
  perStatus: Record<FollowUpStatus, number>;
}

/** Counts the review results of the plan's kontrollmoment in a period. */
export function summariseResults(data: PlanData, periodKey: string): ResultSummary {
  const summary: ResultSummary = {
    periodKey,
    total: data.kontrollmoment.length,
    perResultat: { 'Utan anmärkning': 0, 'Med mindre anmärkning': 0, 'Med anmärkning': 0 },
    ejGranskade: 0,
    kontrollmomentPerResultat: { 'Utan anmärkning': [], 'Med mindre anmärkning': [], 'Med anmärkning': [] },
    perStatus: { 'Ej påbörjad': 0, Pågående: 0, Genomförd: 0, 'Ej aktuellt': 0 }
  };
  const sorted = data.kontrollmoment.slice().sort((a: Kontrollmoment, b: Kontrollmoment) => a.nr - b.nr);
  // The period's follow-ups by kontrollmoment, the first one winning: linear in the plan's size.
  const followUps = new Map<string, FollowUp>();
  for (const f of data.uppfoljningar) {
    if (f.targetType === 'kontrollmoment' && f.periodKey === periodKey && !followUps.has(f.targetKey)) {
      followUps.set(f.targetKey, f);
    }
  }
  for (const km of sorted) {
    const followUp = followUps.get(km.key);
    if (followUp && followUp.status !== undefined && summary.perStatus[followUp.status] !== undefined) {
      summary.perStatus[followUp.status]++;
    }
    const resultat = followUp ? followUp.resultat : undefined;
    if (resultat === undefined || summary.perResultat[resultat] === undefined) {
      summary.ejGranskade++;
      continue;
    }
    summary.perResultat[resultat]++;
    const named: SummaryKontrollmoment = { nr: km.nr };
    const kortnamn = km.kortnamn !== undefined ? richTextToPlainText(km.kortnamn) : '';
    if (kortnamn !== '') {
      named.kortnamn = kortnamn;
    }
    summary.kontrollmomentPerResultat[resultat].push(named);
  }
  return summary;
}

/** "kontrollmoment 3 (uppföljning av insatser)" or "kontrollmoment 3". */
function nameKontrollmoment(km: SummaryKontrollmoment): string {
  return km.kortnamn ? `kontrollmoment ${km.nr} (${km.kortnamn})` : `kontrollmoment ${km.nr}`;
}

/** "I två fall är granskningen gjord med mindre anmärkning. Det gäller …" (fall is the same in singular and plural). */
function remarkSentences(list: SummaryKontrollmoment[], phrase: string): string[] {
  if (list.length === 0) {
    return [];
  }
  return [
    `I ${swedishNumberWord(list.length, 'neutrum')} fall är granskningen gjord ${phrase}.`,
    `Det gäller ${joinSwedishList(list.map(nameKontrollmoment))}.`
  ];
}

/**
 * The summary sentences for a period, in seed 002's style. Kontrollmoment and fall are neuter
 * ("ett kontrollmoment", "i ett fall"). Returns "" when the plan has no kontrollmoment.
 */
export function formatResultSummary(summary: ResultSummary): string {
  const total = summary.total;
  if (total === 0) {
    return '';
  }
  const utan = summary.perResultat['Utan anmärkning'];
  const sentences: string[] = [];
  const totalWord = swedishNumberWord(total, 'neutrum');
  if (utan === total) {
    sentences.push(
      total === 1
        ? 'För planens enda kontrollmoment är granskningen gjord utan anmärkning.'
        : `För samtliga ${totalWord} kontrollmoment är granskningen gjord utan anmärkning.`
    );
  } else if (utan > 0) {
    sentences.push(`För ${swedishNumberWord(utan, 'neutrum')} av ${totalWord} kontrollmoment är granskningen gjord utan anmärkning.`);
  }
  sentences.push(...remarkSentences(summary.kontrollmomentPerResultat['Med mindre anmärkning'], 'med mindre anmärkning'));
  sentences.push(...remarkSentences(summary.kontrollmomentPerResultat['Med anmärkning'], 'med anmärkning'));
  if (summary.ejGranskade > 0) {
    sentences.push(
      summary.ejGranskade === total
        ? `Granskningen av planens ${total === 1 ? 'kontrollmoment' : totalWord + ' kontrollmoment'} är ännu inte gjord.`
        : `För ${swedishNumberWord(summary.ejGranskade, 'neutrum')} av ${totalWord} kontrollmoment är granskningen ännu inte gjord.`
    );
  }
  return sentences.join(' ');
}

/** Summary sentences of a plan's review results in a period. */
export function resultSummarySentence(data: PlanData, periodKey: string): string {
  return formatResultSummary(summariseResults(data, periodKey));
}
