/**
 * Pure view helpers of the plan view: the heat map's cells and their accessible names, risks
 * grouped by område, each period's progress, and the follow-up form's draft with its validation
 * through the model's rules. No React here, so every rule is tested directly.
 */
import type { Editable, PlanView, Stored } from '../data/InternkontrollService';
import {
  FOLLOW_UP_STATUSES,
  PLAN_STATUSES,
  RESULTAT_VALUES,
  fillTemplate,
  findPeriodContaining,
  isRatingInMatrix,
  parseHexColour,
  plainTextToRichText,
  resultatRequiresAvvikelse,
  richTextToPlainText,
  riskLevelFor,
  riskValue,
  validateFollowUp
} from '../model';
import type {
  Atgard,
  Avvikelse,
  FollowUp,
  FollowUpStatus,
  Kontrollmoment,
  Omrade,
  Period,
  PlanStatus,
  Resultat,
  Risk,
  RiskLevel,
  RiskMatrix,
  RiskRating,
  ValidationIssue
} from '../model';
import { formatText, IUiStrings } from './strings';

/** The rating of a risk, when it has a complete one. */
export function ratingOf(risk: Risk): RiskRating | undefined {
  if (risk.sannolikhet === undefined || risk.konsekvens === undefined) {
    return undefined;
  }
  return { sannolikhet: risk.sannolikhet, konsekvens: risk.konsekvens };
}

/** A level's label in the UI's language. */
export function levelLabel(level: RiskLevel, strings: IUiStrings): string {
  return strings.language === 'en' && level.labelEn ? level.labelEn : level.label;
}

/** A follow-up status in the UI's language. */
export function statusLabel(status: FollowUpStatus, strings: IUiStrings): string {
  const option = FOLLOW_UP_STATUSES.filter((o) => o.value === status)[0];
  return option && strings.language === 'en' ? option.labelEn : status;
}

/** A review result in the UI's language. */
export function resultatLabel(resultat: Resultat, strings: IUiStrings): string {
  const option = RESULTAT_VALUES.filter((o) => o.value === resultat)[0];
  return option && strings.language === 'en' ? option.labelEn : resultat;
}

/** A plan status in the UI's language. */
export function planStatusLabel(status: PlanStatus, strings: IUiStrings): string {
  const option = PLAN_STATUSES.filter((o) => o.value === status)[0];
  return option && strings.language === 'en' ? option.labelEn : status;
}

/**
 * The symbol seed 004 prints before a status (✔ Genomförd, ▶ Pågående), extended to the other
 * two, so a status reads at a glance without relying on colour.
 */
export function statusSymbol(status: FollowUpStatus | undefined): string {
  switch (status) {
    case 'Genomförd':
      return '✔';
    case 'Pågående':
      return '▶';
    case 'Ej påbörjad':
      return '○';
    case 'Ej aktuellt':
      return '–';
    default:
      return '·';
  }
}

/** The risk's level with value, e.g. "Hög (12)", in the UI's language; undefined when unrated. */
export function riskBadgeText(matrix: RiskMatrix, risk: Risk, strings: IUiStrings): string | undefined {
  const rating = ratingOf(risk);
  if (!rating) {
    return undefined;
  }
  const level = riskLevelFor(matrix, rating);
  const value = String(riskValue(rating));
  return level ? fillTemplate(matrix.templates.level, { level: levelLabel(level, strings), value }) : value;
}

/** One cell of the heat map. */
export interface HeatMapCell {
  /** Sannolikhet step, from 1. */
  sannolikhet: number;
  /** Konsekvens step, from 1. */
  konsekvens: number;
  /** The cell's level; undefined when the grid names no known level. */
  level?: RiskLevel;
  /** Keys of the risks rated in this cell. */
  riskKeys: string[];
}

/** The heat map of a plan's risks on the plan's own matrix. */
export interface HeatMapModel {
  /** Rows with the highest sannolikhet first (as risk matrices are drawn); columns konsekvens 1 → n. */
  rows: HeatMapCell[][];
  /** Risks without a rating, or with one outside the matrix. */
  unratedCount: number;
}

/** Counts the risks per cell of the matrix. */
export function buildHeatMap(matrix: RiskMatrix, risks: Risk[]): HeatMapModel {
  const rows: HeatMapCell[][] = [];
  const cells: Record<string, HeatMapCell> = {};
  for (let s = matrix.sannolikhet.length; s >= 1; s--) {
    const row: HeatMapCell[] = [];
    for (let k = 1; k <= matrix.konsekvens.length; k++) {
      const cell: HeatMapCell = { sannolikhet: s, konsekvens: k, level: riskLevelFor(matrix, { sannolikhet: s, konsekvens: k }), riskKeys: [] };
      cells[`${s}:${k}`] = cell;
      row.push(cell);
    }
    rows.push(row);
  }
  let unratedCount = 0;
  for (const risk of risks) {
    const rating = ratingOf(risk);
    if (!rating || !isRatingInMatrix(matrix, rating)) {
      unratedCount++;
      continue;
    }
    cells[`${rating.sannolikhet}:${rating.konsekvens}`].riskKeys.push(risk.key);
  }
  return { rows, unratedCount };
}

/** A piece of a cell's name: the count and the level are also shown; the rest is for screen readers only. */
export interface CellNameSegment {
  /** The text. */
  text: string;
  /** Which shown part this is, if any. */
  shown?: 'count' | 'level';
}

/**
 * The accessible name of a cell in pieces, so the cell can show its count and level and still
 * have them inside its name (WCAG 2.5.3, label in name): the other pieces are visually hidden.
 */
export function heatMapCellNameSegments(matrix: RiskMatrix, cell: HeatMapCell, strings: IUiStrings): CellNameSegment[] {
  const count = cell.riskKeys.length;
  const template = cell.level ? strings.heatMapCellName : strings.heatMapCellNameUnrated;
  const filled = formatText(template, {
    s: cell.sannolikhet,
    sLabel: matrix.sannolikhet[cell.sannolikhet - 1].label.toLocaleLowerCase(strings.locale),
    k: cell.konsekvens,
    kLabel: matrix.konsekvens[cell.konsekvens - 1].label.toLocaleLowerCase(strings.locale),
    riskWord: count === 1 ? strings.riskSingular : strings.riskPlural
  });
  const segments: CellNameSegment[] = [];
  // What is left of the template are {count} and {level}; split on them.
  filled.split(/(\{count\}|\{level\})/).forEach((part) => {
    if (part === '{count}') {
      segments.push({ text: String(count), shown: 'count' });
    } else if (part === '{level}') {
      segments.push({ text: cell.level ? levelLabel(cell.level, strings) : '', shown: 'level' });
    } else if (part !== '') {
      segments.push({ text: part });
    }
  });
  return segments;
}

/**
 * The accessible name of a cell, e.g. "Sannolikhet 4 (sannolik), konsekvens 4 (allvarlig):
 * 2 risker, nivå Hög": everything the colour says, in words.
 */
export function heatMapCellName(matrix: RiskMatrix, cell: HeatMapCell, strings: IUiStrings): string {
  return heatMapCellNameSegments(matrix, cell, strings)
    .map((segment) => segment.text)
    .join('');
}

/** A cell chosen in the heat map; the risk list shows only the risks rated there. */
export interface CellFilter {
  /** Sannolikhet step. */
  sannolikhet: number;
  /** Konsekvens step. */
  konsekvens: number;
}

/** The risks in the chosen cell, or all risks when no cell is chosen. */
export function filterRisksByCell<T extends Risk>(risks: T[], filter: CellFilter | undefined): T[] {
  if (!filter) {
    return risks;
  }
  return risks.filter((risk) => risk.sannolikhet === filter.sannolikhet && risk.konsekvens === filter.konsekvens);
}

/** Risks under one område heading. */
export interface RiskGroup<T extends Risk = Risk> {
  /** Stable key for React: the område's key, or "" for risks without område. */
  key: string;
  /** The område; undefined for the group of risks without one. */
  omrade?: Omrade;
  /** The risks, by nr. */
  risks: T[];
}

/**
 * Groups risks by område in the plan's område order; risks without a known område come last.
 * Områden without risks are left out.
 */
export function groupRisksByOmrade<T extends Risk>(omraden: Omrade[], risks: T[]): RiskGroup<T>[] {
  const sortedOmraden = omraden.slice().sort((a, b) => a.ordning - b.ordning);
  const known: Record<string, boolean> = {};
  sortedOmraden.forEach((o) => {
    known[o.key] = true;
  });
  const byNr = (a: T, b: T): number => a.nr - b.nr;
  const groups: RiskGroup<T>[] = [];
  for (const omrade of sortedOmraden) {
    const inGroup = risks.filter((risk) => risk.omradeKey === omrade.key).sort(byNr);
    if (inGroup.length > 0) {
      groups.push({ key: omrade.key, omrade, risks: inGroup });
    }
  }
  const rest = risks.filter((risk) => risk.omradeKey === undefined || !known[risk.omradeKey]).sort(byNr);
  if (rest.length > 0) {
    groups.push({ key: '', risks: rest });
  }
  return groups;
}

/** What a follow-up form edits: a kontrollmoment, an åtgärd, or a risk re-rated for the period. */
export type FollowUpTarget =
  | { type: 'kontrollmoment'; item: Stored<Kontrollmoment> }
  | { type: 'atgard'; item: Stored<Atgard> }
  | { type: 'risk'; item: Stored<Risk> };

/** The follow-up of a kontrollmoment, åtgärd or risk in a period, when one is stored. */
export function findFollowUp(
  view: PlanView,
  targetType: FollowUp['targetType'],
  targetKey: string,
  periodKey: string
): Stored<FollowUp> | undefined {
  return view.uppfoljningar.filter((f) => f.targetType === targetType && f.targetKey === targetKey && f.periodKey === periodKey)[0];
}

/** The avvikelser of a follow-up, in stored order. */
export function avvikelserOf(view: PlanView, followUpKey: string): Stored<Avvikelse>[] {
  return view.avvikelser.filter((a) => a.followUpKey === followUpKey);
}

/**
 * The period a plan opens on: the shortest period containing today; for a plan whose periods
 * have all ended, the latest period that has follow-ups (what was last reported), else the
 * latest ended period; before the plan starts, the first period.
 * @param periodsWithFollowUps keys of the periods that hold any follow-up.
 */
export function defaultPeriodKey(periods: Period[], today: string, periodsWithFollowUps: string[] = []): string | undefined {
  const containing = findPeriodContaining(periods, today);
  if (containing) {
    return containing.key;
  }
  const byEnd = (a: Period, b: Period): number => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0);
  const ended = periods.filter((p) => p.end < today).sort(byEnd);
  const reported = ended.filter((p) => periodsWithFollowUps.indexOf(p.key) >= 0);
  if (reported.length > 0) {
    return reported[reported.length - 1].key;
  }
  if (ended.length > 0) {
    return ended[ended.length - 1].key;
  }
  return periods.length > 0 ? periods[0].key : undefined;
}

/** Today's date as "YYYY-MM-DD" in local time. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => (n < 10 ? '0' + n : String(n));
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Status counts of a period's follow-ups of kontrollmoment and åtgärder. */
export interface PeriodProgress {
  /** Kontrollmoment plus åtgärder. */
  total: number;
  /** Count per status; `none` counts those with no follow-up or no status in the period. */
  counts: Record<FollowUpStatus | 'none', number>;
}

/** How far the period's follow-up has come. */
export function periodProgress(view: PlanView, periodKey: string): PeriodProgress {
  const counts: Record<FollowUpStatus | 'none', number> = {
    Genomförd: 0,
    Pågående: 0,
    'Ej påbörjad': 0,
    'Ej aktuellt': 0,
    none: 0
  };
  const count = (type: 'kontrollmoment' | 'atgard', key: string): void => {
    const followUp = findFollowUp(view, type, key, periodKey);
    const status = followUp ? followUp.status : undefined;
    counts[status !== undefined && counts[status] !== undefined ? status : 'none']++;
  };
  view.kontrollmoment.forEach((km) => count('kontrollmoment', km.key));
  view.atgarder.forEach((a) => count('atgard', a.key));
  return { total: view.kontrollmoment.length + view.atgarder.length, counts };
}

/** One avvikelse as the form edits it. */
export interface AvvikelseDraft {
  /** The avvikelse's key (new ones get a fresh key once, kept across retries). */
  key: string;
  /** Present when the avvikelse is stored. */
  stored?: Stored<Avvikelse>;
  /** What was found. */
  beskrivning: string;
  /** The åtgärd decided. */
  atgard: string;
  /** "YYYY-MM-DD" or "". */
  slutdatum: string;
}

/** The follow-up form's state. */
export interface FollowUpDraft {
  /** The follow-up's key: the stored one's, or a fresh one for a new follow-up. */
  key: string;
  /** The stored follow-up, when there is one. */
  stored?: Stored<FollowUp>;
  /** Status in the period. */
  status?: FollowUpStatus;
  /** Result of the review (kontrollmoment). */
  resultat?: Resultat;
  /** The period's sannolikhet step (risk follow-ups). */
  sannolikhet?: number;
  /** The period's konsekvens step (risk follow-ups). */
  konsekvens?: number;
  /** Kommentar as plain text: blank lines separate paragraphs. A risk's is the period's risk analysis. */
  kommentarText: string;
  /** The kommentar's plain text as loaded, so an untouched kommentar keeps its formatting. */
  kommentarTextLoaded: string;
  /** Avvikelser. */
  avvikelser: AvvikelseDraft[];
}

/** The form's starting state for a target in a period. `newKey` makes keys for new entities. */
export function draftFor(view: PlanView, target: FollowUpTarget, periodKey: string, newKey: () => string): FollowUpDraft {
  const stored = findFollowUp(view, target.type, target.item.key, periodKey);
  const kommentarText = stored ? richTextToPlainText(stored.kommentar) : '';
  return {
    key: stored ? stored.key : newKey(),
    stored,
    status: stored ? stored.status : undefined,
    resultat: stored ? stored.resultat : undefined,
    sannolikhet: stored && stored.riskvardering ? stored.riskvardering.sannolikhet : undefined,
    konsekvens: stored && stored.riskvardering ? stored.riskvardering.konsekvens : undefined,
    kommentarText,
    kommentarTextLoaded: kommentarText,
    avvikelser: stored
      ? avvikelserOf(view, stored.key).map((a) => ({
          key: a.key,
          stored: a,
          beskrivning: a.beskrivning || '',
          atgard: a.atgard || '',
          slutdatum: a.slutdatum || ''
        }))
      : []
  };
}

/** An empty avvikelse row. */
export function emptyAvvikelse(key: string): AvvikelseDraft {
  return { key, beskrivning: '', atgard: '', slutdatum: '' };
}

/** True when the avvikelse row is new and nothing is written in it. */
export function isBlankAvvikelse(avvikelse: AvvikelseDraft): boolean {
  return !avvikelse.stored && avvikelse.beskrivning.trim() === '' && avvikelse.atgard.trim() === '' && avvikelse.slutdatum === '';
}

/**
 * Sets the result and keeps the avvikelser in step: a result that needs an avvikelse gets an
 * empty row to fill in when it has none; a result that does not drops rows left blank.
 */
export function withResultat(draft: FollowUpDraft, resultat: Resultat | undefined, newKey: () => string): FollowUpDraft {
  let avvikelser = draft.avvikelser;
  if (resultatRequiresAvvikelse(resultat)) {
    if (avvikelser.length === 0) {
      avvikelser = [emptyAvvikelse(newKey())];
    }
  } else {
    avvikelser = avvikelser.filter((a) => !isBlankAvvikelse(a));
  }
  return { ...draft, resultat, avvikelser };
}

/** True when the form shows its avvikelser section. */
export function showsAvvikelser(draft: FollowUpDraft): boolean {
  return resultatRequiresAvvikelse(draft.resultat) || draft.avvikelser.length > 0;
}

/** The follow-up and avvikelser a draft saves as, ready for `saveFollowUp`. */
export interface FollowUpToSave {
  /** The follow-up: the stored one with the edits (keeping its ETag), or a new one. */
  followUp: Editable<FollowUp>;
  /** The complete set of avvikelser after the edit. */
  avvikelser: Editable<Avvikelse>[];
}

/**
 * The draft's riskvärdering: undefined when neither step is chosen. A half-chosen rating is
 * passed on as it is, so validation names the missing step and nothing is saved.
 */
function draftRating(draft: FollowUpDraft): RiskRating | undefined {
  if (draft.sannolikhet === undefined && draft.konsekvens === undefined) {
    return undefined;
  }
  return { sannolikhet: draft.sannolikhet, konsekvens: draft.konsekvens } as RiskRating;
}

/** Builds what the draft saves as. Blank new avvikelse rows are not saved (see below for the one exception). */
export function followUpToSave(target: FollowUpTarget, periodKey: string, draft: FollowUpDraft): FollowUpToSave {
  const kommentar =
    draft.kommentarText === draft.kommentarTextLoaded && draft.stored
      ? draft.stored.kommentar
      : draft.kommentarText.trim() === ''
        ? undefined
        : plainTextToRichText(draft.kommentarText);
  const edits = {
    status: draft.status,
    resultat: target.type === 'kontrollmoment' ? draft.resultat : draft.stored ? draft.stored.resultat : undefined,
    kommentar,
    riskvardering: target.type === 'risk' ? draftRating(draft) : draft.stored ? draft.stored.riskvardering : undefined
  };
  const followUp: Editable<FollowUp> = draft.stored
    ? { ...draft.stored, ...edits }
    : { key: draft.key, targetType: target.type, targetKey: target.item.key, periodKey, ...edits };
  // A blank row is left out, unless it is the one the result asks for: then its empty fields
  // must be reported, so it stays (and validation stops the save).
  const written = draft.avvikelser.filter((a) => !isBlankAvvikelse(a));
  const keepBlank = written.length === 0 && resultatRequiresAvvikelse(draft.resultat);
  const avvikelser: Editable<Avvikelse>[] = draft.avvikelser
    .filter((a) => keepBlank || !isBlankAvvikelse(a))
    .map((a) => {
      const fields = { beskrivning: a.beskrivning.trim(), atgard: a.atgard.trim(), slutdatum: a.slutdatum };
      return a.stored ? { ...a.stored, ...fields } : { key: a.key, followUpKey: draft.key, ...fields };
    });
  return { followUp, avvikelser };
}

/** A field of the follow-up itself in the form. */
export type FollowUpField = 'status' | 'resultat' | 'kommentar' | 'sannolikhet' | 'konsekvens';

/** Id of the form field of the follow-up's own fields. */
export function followUpFieldId(field: FollowUpField): string {
  return `ik-uppfoljning-${field}`;
}

/** Id of a form field of an avvikelse row. */
export function avvikelseFieldId(avvikelseKey: string, field: 'beskrivning' | 'atgard' | 'slutdatum'): string {
  return `ik-avvikelse-${avvikelseKey}-${field}`;
}

/** A validation problem placed on a form field. */
export interface FormIssue {
  /** Id of the field it belongs to; undefined when no field of the form holds the value. */
  fieldId?: string;
  /** Swedish message naming the field. */
  message: string;
  /** English message. */
  messageEn: string;
}

/** The form field of an issue path below "uppfoljningar[0].", e.g. "riskvardering.konsekvens". */
function followUpFieldOf(path: string): FollowUpField | undefined {
  const field = path.replace(/^riskvardering\./, '');
  const fields: FollowUpField[] = ['status', 'resultat', 'kommentar', 'sannolikhet', 'konsekvens'];
  return fields.indexOf(field as FollowUpField) >= 0 ? (field as FollowUpField) : undefined;
}

/**
 * Validates the draft with the model's rules for one follow-up (validateFollowUp against the
 * plan's matrix, periods and entities) and places each issue on the form field it concerns.
 */
export function validateDraft(view: PlanView, target: FollowUpTarget, periodKey: string, draft: FollowUpDraft): FormIssue[] {
  const toSave = followUpToSave(target, periodKey, draft);
  const issues: ValidationIssue[] = validateFollowUp(toSave.followUp, toSave.avvikelser, {
    riskMatrix: view.plan.riskMatrix,
    perioder: view.plan.perioder,
    targets: { kontrollmoment: view.kontrollmoment, atgard: view.atgarder, risk: view.risker }
  });
  const formIssues: FormIssue[] = [];
  for (const issue of issues) {
    const followUpMatch = /^uppfoljningar\[0\]\.([\w.]+)/.exec(issue.field);
    if (followUpMatch) {
      const field = followUpFieldOf(followUpMatch[1]);
      formIssues.push({ fieldId: field ? followUpFieldId(field) : undefined, message: issue.message, messageEn: issue.messageEn });
      continue;
    }
    const avvikelseMatch = /^avvikelser\[(\d+)\]\.(\w+)/.exec(issue.field);
    if (avvikelseMatch) {
      const saved = toSave.avvikelser[Number(avvikelseMatch[1])];
      const field = avvikelseMatch[2];
      const fieldId =
        saved && (field === 'beskrivning' || field === 'atgard' || field === 'slutdatum') ? avvikelseFieldId(saved.key, field) : undefined;
      formIssues.push({ fieldId, message: issue.message, messageEn: issue.messageEn });
      continue;
    }
    // Issues of the follow-up as a whole (e.g. its target) have no field but still stop the save.
    formIssues.push({ message: issue.message, messageEn: issue.messageEn });
  }
  return formIssues;
}

/** The issues of one field. */
export function issuesFor(issues: FormIssue[], fieldId: string): FormIssue[] {
  return issues.filter((issue) => issue.fieldId === fieldId);
}

/** A message in the UI's language. */
export function issueText(issue: { message: string; messageEn: string }, strings: IUiStrings): string {
  return strings.language === 'en' ? issue.messageEn : issue.message;
}

/** The plan view with a saved follow-up and its avvikelser put in place of the old ones. */
export function withSavedFollowUp(
  view: PlanView,
  saved: { followUp: Stored<FollowUp>; avvikelser: Stored<Avvikelse>[] }
): PlanView {
  const key = saved.followUp.key;
  const exists = view.uppfoljningar.some((f) => f.key === key);
  return {
    ...view,
    uppfoljningar: exists ? view.uppfoljningar.map((f) => (f.key === key ? saved.followUp : f)) : [...view.uppfoljningar, saved.followUp],
    avvikelser: [...view.avvikelser.filter((a) => a.followUpKey !== key), ...saved.avvikelser]
  };
}

/** A level with the riskvärden its cells span, for the legend. */
export interface LevelRange {
  /** The level. */
  level: RiskLevel;
  /** Lowest riskvärde of the level's cells. */
  min: number;
  /** Highest riskvärde of the level's cells. */
  max: number;
}

/** The levels the grid uses, lowest first, each with the riskvärden it spans ("Hög 12–16"). */
export function levelRanges(matrix: RiskMatrix): LevelRange[] {
  const ranges: LevelRange[] = [];
  for (const level of matrix.levels) {
    let min = Number.POSITIVE_INFINITY;
    let max = 0;
    matrix.grid.forEach((row, s) =>
      row.forEach((key, k) => {
        if (key === level.key) {
          const value = (s + 1) * (k + 1);
          min = Math.min(min, value);
          max = Math.max(max, value);
        }
      })
    );
    if (max > 0) {
      ranges.push({ level, min, max });
    }
  }
  return ranges;
}

/** Which rating the heat map and badges use: the year's original, or the period's re-rating. */
export type RatingSource = 'ursprunglig' | 'period';

/**
 * The risks with the rating of the chosen source: for `period`, a risk's riskvärdering in the
 * period (a follow-up with targetType "risk") replaces its original rating where there is one.
 */
export function risksRatedFor<T extends Risk>(view: PlanView, risks: T[], periodKey: string, source: RatingSource): T[] {
  if (source === 'ursprunglig') {
    return risks;
  }
  return risks.map((risk) => {
    const followUp = findFollowUp(view, 'risk', risk.key, periodKey);
    if (!followUp || !followUp.riskvardering) {
      return risk;
    }
    return { ...risk, sannolikhet: followUp.riskvardering.sannolikhet, konsekvens: followUp.riskvardering.konsekvens };
  });
}

/** True when any risk has a riskvärdering in the period, so offering the period's view makes sense. */
export function hasPeriodRatings(view: PlanView, periodKey: string): boolean {
  return view.uppfoljningar.some((f) => f.targetType === 'risk' && f.periodKey === periodKey && f.riskvardering !== undefined);
}

/**
 * The colour mixed with white: `share` of the colour, the rest white. Empty heat-map cells use a
 * tint so the cells holding risks stand out; dark text stays readable on any tint of 40 % or less.
 */
export function tintColour(hex: string, share: number): string {
  const rgb = parseHexColour(hex);
  if (!rgb) {
    return '#ffffff';
  }
  const mix = (channel: number): string => {
    const value = Math.round(channel * share + 255 * (1 - share));
    return (value + 0x100).toString(16).slice(1);
  };
  return `#${mix(rgb.r)}${mix(rgb.g)}${mix(rgb.b)}`;
}
