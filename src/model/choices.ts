/**
 * Choice values of the domain. The Swedish text is the stored value (it is what a SharePoint
 * Choice column holds and what the nämnd reads); the English text is for the message catalogue.
 */

/** A choice value with its Swedish and English display text. */
export interface ChoiceOption<T extends string> {
  /** Stored value, identical to the Swedish text. */
  value: T;
  /** Swedish display text. */
  label: string;
  /** English display text. */
  labelEn: string;
}

/** Status of an internkontrollplan. */
export type PlanStatus = 'Utkast' | 'Beslutad' | 'Avslutad';

/** All plan statuses in life-cycle order. */
export const PLAN_STATUSES: readonly ChoiceOption<PlanStatus>[] = [
  { value: 'Utkast', label: 'Utkast', labelEn: 'Draft' },
  { value: 'Beslutad', label: 'Beslutad', labelEn: 'Adopted' },
  { value: 'Avslutad', label: 'Avslutad', labelEn: 'Closed' }
];

/** Status of a kontrollmoment, åtgärd or risk in a period (also the åtgärd's current status). */
export type FollowUpStatus = 'Ej påbörjad' | 'Pågående' | 'Genomförd' | 'Ej aktuellt';

/** All follow-up statuses in work order. */
export const FOLLOW_UP_STATUSES: readonly ChoiceOption<FollowUpStatus>[] = [
  { value: 'Ej påbörjad', label: 'Ej påbörjad', labelEn: 'Not started' },
  { value: 'Pågående', label: 'Pågående', labelEn: 'In progress' },
  { value: 'Genomförd', label: 'Genomförd', labelEn: 'Done' },
  { value: 'Ej aktuellt', label: 'Ej aktuellt', labelEn: 'Not applicable' }
];

/** Result of a review (resultat av granskning). */
export type Resultat = 'Utan anmärkning' | 'Med mindre anmärkning' | 'Med anmärkning';

/** All review results, best first. */
export const RESULTAT_VALUES: readonly ChoiceOption<Resultat>[] = [
  { value: 'Utan anmärkning', label: 'Utan anmärkning', labelEn: 'Without remark' },
  { value: 'Med mindre anmärkning', label: 'Med mindre anmärkning', labelEn: 'With minor remark' },
  { value: 'Med anmärkning', label: 'Med anmärkning', labelEn: 'With remark' }
];

/**
 * Frekvens values the seeds use. Frekvens is free text in the model (plans say "Tertial och
 * årligen", "Löpande och inför avslut av etableringsstöd"); these are offered as suggestions.
 */
export const KNOWN_FREKVENSER: readonly string[] = [
  'Månatligen',
  'Kvartalsvis',
  'Tertial',
  'Halvårsvis',
  'Årligen',
  'Löpande',
  'Stickprov',
  'Vid avvikelse',
  'Efter ankomst',
  'Vid behov'
];

/** Normalises text for comparison: lower case, no symbols or punctuation, single spaces. */
function normaliseWord(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-zåäöéü ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words (normalised) that mean each status, including the forms the seeds use. */
const STATUS_WORDS: ReadonlyArray<[string, FollowUpStatus]> = [
  ['ej påbörjad', 'Ej påbörjad'],
  ['ej påbörjat', 'Ej påbörjad'],
  ['inte påbörjad', 'Ej påbörjad'],
  ['ej aktuellt', 'Ej aktuellt'],
  ['ej aktuell', 'Ej aktuellt'],
  ['inte aktuellt', 'Ej aktuellt'],
  ['pågående', 'Pågående'],
  ['pågår', 'Pågående'],
  ['påbörjad', 'Pågående'],
  ['påbörjat', 'Pågående'],
  ['genomförd', 'Genomförd'],
  ['genomfört', 'Genomförd'],
  ['genomförda', 'Genomförd'],
  ['klar', 'Genomförd'],
  ['klart', 'Genomförd']
];

/**
 * Reads a follow-up status from text as users write it: "Pågående", "Påbörjad" (counts as
 * Pågående), "Genomfört.", and seed 004's symbol forms "✔ Genomförd" and "▶ Pågående".
 * Only the start of the text is read, so "Pågående, införande av …" is Pågående.
 * Returns undefined when the text does not start with a status.
 */
export function parseFollowUpStatus(text: string | undefined): FollowUpStatus | undefined {
  if (text === undefined) {
    return undefined;
  }
  const normalised = normaliseWord(text);
  for (const [word, status] of STATUS_WORDS) {
    if (normalised === word || normalised.indexOf(word + ' ') === 0) {
      return status;
    }
  }
  return undefined;
}

/**
 * Reads a review result from text such as "Granskningen är genomförd med mindre anmärkning".
 * The most specific phrase wins, so "med mindre anmärkning" is never read as "med anmärkning".
 * Returns undefined when no result phrase occurs.
 */
export function parseResultat(text: string | undefined): Resultat | undefined {
  if (text === undefined) {
    return undefined;
  }
  const normalised = normaliseWord(text);
  if (normalised.indexOf('utan anmärkning') >= 0) {
    return 'Utan anmärkning';
  }
  if (normalised.indexOf('med mindre anmärkning') >= 0) {
    return 'Med mindre anmärkning';
  }
  if (normalised.indexOf('med anmärkning') >= 0) {
    return 'Med anmärkning';
  }
  return undefined;
}

/** True when a result requires at least one avvikelse (anything but "Utan anmärkning"). */
export function resultatRequiresAvvikelse(resultat: Resultat | undefined): boolean {
  return resultat !== undefined && resultat !== 'Utan anmärkning';
}
