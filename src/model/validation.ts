/**
 * Validation of plans and everything in them. Every function returns a list of ValidationIssue
 * and never throws, also for malformed data read from a list (missing fields, wrong types), so
 * forms, the data layer and imports can all show the same Swedish messages.
 */
import { FOLLOW_UP_STATUSES, PLAN_STATUSES, RESULTAT_VALUES, resultatRequiresAvvikelse } from './choices';
import { contrastRatio, isHexColour, WCAG_AA_NORMAL_TEXT } from './colour';
import { FieldLimit, FIELD_LIMITS, YEAR_RANGE } from './limits';
import { isIsoDate, Period } from './periods';
import { MATRIX_SIZE_RANGE, RiskMatrix, RiskRating } from './riskMatrix';
import type {
  Atgard,
  Avvikelse,
  FollowUp,
  FollowUpTargetType,
  Kontrollmoment,
  Omrade,
  OrganisationSettings,
  Plan,
  PlanData,
  Risk,
  ValidationCode,
  ValidationIssue
} from './types';

/** Swedish and English labels of the validated fields. */
export const FIELD_LABELS: Record<string, { sv: string; en: string }> = {
  namnd: { sv: 'Nämnd', en: 'Committee' },
  forvaltning: { sv: 'Förvaltning', en: 'Administration' },
  ar: { sv: 'År', en: 'Year' },
  diarienummer: { sv: 'Diarienummer', en: 'Case number' },
  diarienummerPattern: { sv: 'Mönster för diarienummer', en: 'Case number pattern' },
  status: { sv: 'Status', en: 'Status' },
  beslutsdatum: { sv: 'Beslutsdatum', en: 'Decision date' },
  riskMatrix: { sv: 'Riskmatris', en: 'Risk matrix' },
  titel: { sv: 'Titel', en: 'Title' },
  namn: { sv: 'Namn', en: 'Name' },
  beskrivning: { sv: 'Beskrivning', en: 'Description' },
  detaljer: { sv: 'Detaljer', en: 'Details' },
  nr: { sv: 'Nr', en: 'No.' },
  omradeKey: { sv: 'Område', en: 'Area' },
  riskKey: { sv: 'Risk', en: 'Risk' },
  sannolikhet: { sv: 'Sannolikhet', en: 'Likelihood' },
  konsekvens: { sv: 'Konsekvens', en: 'Consequence' },
  kortnamn: { sv: 'Kortnamn', en: 'Short name' },
  andringsorsak: { sv: 'Ändringsorsak', en: 'Reason for change' },
  ordning: { sv: 'Ordning', en: 'Order' },
  kontrollmetod: { sv: 'Kontrollmetod', en: 'Control method' },
  ansvarig: { sv: 'Ansvarig', en: 'Responsible' },
  rapporteringsansvarig: { sv: 'Rapporteringsansvarig', en: 'Reporting officer' },
  frekvens: { sv: 'Frekvens', en: 'Frequency' },
  startdatum: { sv: 'Startdatum', en: 'Start date' },
  avstamningsdatum: { sv: 'Avstämningsdatum', en: 'Check-in date' },
  slutdatum: { sv: 'Slutdatum', en: 'End date' },
  targetKey: { sv: 'Uppföljt objekt', en: 'Followed-up item' },
  periodKey: { sv: 'Period', en: 'Period' },
  resultat: { sv: 'Resultat av granskning', en: 'Review result' },
  kommentar: { sv: 'Kommentar', en: 'Comment' },
  riskanalys: { sv: 'Periodens riskanalys', en: 'Risk analysis for the period' },
  riskvardering: { sv: 'Riskvärdering', en: 'Risk rating' },
  followUpKey: { sv: 'Uppföljning', en: 'Follow-up' },
  atgard: { sv: 'Åtgärd', en: 'Action' },
  key: { sv: 'Nyckel', en: 'Key' },
  label: { sv: 'Benämning', en: 'Label' },
  start: { sv: 'Startdatum', en: 'Start date' },
  end: { sv: 'Slutdatum', en: 'End date' },
  colour: { sv: 'Färg', en: 'Colour' },
  textColour: { sv: 'Textfärg', en: 'Text colour' },
  grid: { sv: 'Rutnät', en: 'Grid' },
  levels: { sv: 'Nivåer', en: 'Levels' },
  templates: { sv: 'Formuleringar', en: 'Wording templates' }
};

/** Label of a field name, falling back to the name. */
function label(name: string): { sv: string; en: string } {
  return FIELD_LABELS[name] || { sv: name, en: name };
}

/** "Hög" → "hög" for use inside a sentence. */
function lower(text: string): string {
  return text.length > 0 ? text[0].toLocaleLowerCase('sv-SE') + text.slice(1) : text;
}

/** Shortens a quoted title so a message stays one line. */
function quoteTitle(text: unknown, max: number = 60): string {
  const value = typeof text === 'string' ? text.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim() : '';
  return value.length > max ? value.slice(0, max - 1).replace(/\s+$/, '') + '…' : value;
}

/** The "for which entity" phrase of a message, in both languages. */
interface Subject {
  sv: string;
  en: string;
}

/** Collects issues; the helpers below add to it. */
class IssueList {
  public readonly issues: ValidationIssue[] = [];

  /** Adds one issue. */
  public add(field: string, fieldName: string, code: ValidationCode, message: string, messageEn: string): void {
    this.issues.push({ field, fieldLabel: label(fieldName).sv, code, message, messageEn });
  }
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** Required text field. Returns true when present. */
function checkRequired(list: IssueList, value: unknown, path: string, fieldName: string, subject: Subject): boolean {
  if (isNonEmptyString(value)) {
    return true;
  }
  const l = label(fieldName);
  list.add(path, fieldName, 'required', `${l.sv} måste fyllas i ${subject.sv}.`, `${l.en} is required ${subject.en}.`);
  return false;
}

/** Length of a text field against its column limit. */
function checkLength(list: IssueList, value: unknown, limit: FieldLimit, path: string, fieldName: string, subject: Subject): void {
  if (typeof value !== 'string' || value.length <= limit.maxLength) {
    return;
  }
  const l = label(fieldName);
  list.add(
    path,
    fieldName,
    'too-long',
    `${l.sv} får vara högst ${limit.maxLength} tecken (nu ${value.length}) ${subject.sv}.`,
    `${l.en} may be at most ${limit.maxLength} characters (now ${value.length}) ${subject.en}.`
  );
}

/** Optional date field: when given it must be a real "YYYY-MM-DD" date. Returns the valid date or undefined. */
function checkDate(list: IssueList, value: unknown, path: string, fieldName: string, subject: Subject): string | undefined {
  if (value === undefined || value === '') {
    return undefined;
  }
  if (typeof value === 'string' && isIsoDate(value)) {
    return value;
  }
  const l = label(fieldName);
  list.add(
    path,
    fieldName,
    'invalid-date',
    `${l.sv} (${String(value)}) är inte ett giltigt datum (ÅÅÅÅ-MM-DD) ${subject.sv}.`,
    `${l.en} (${String(value)}) is not a valid date (YYYY-MM-DD) ${subject.en}.`
  );
  return undefined;
}

/** A value must be one of the choice values. */
function checkChoice(list: IssueList, value: unknown, allowed: readonly { value: string }[], path: string, fieldName: string, subject: Subject): void {
  if (value === undefined) {
    return;
  }
  if (allowed.some((option) => option.value === value)) {
    return;
  }
  const l = label(fieldName);
  const values = allowed.map((option) => option.value).join(', ');
  list.add(
    path,
    fieldName,
    'invalid-value',
    `${l.sv} (${String(value)}) är inte ett giltigt värde ${subject.sv}. Giltiga värden: ${values}.`,
    `${l.en} (${String(value)}) is not a valid value ${subject.en}. Valid values: ${values}.`
  );
}

/**
 * Start, avstämning and slut dates of an åtgärd or kontrollmoment: valid dates, slut not before
 * start, every avstämning within start–slut.
 */
function checkDateRange(
  list: IssueList,
  entity: { startdatum?: unknown; slutdatum?: unknown; avstamningsdatum?: unknown },
  path: string,
  subject: Subject
): void {
  const start = checkDate(list, entity.startdatum, `${path}.startdatum`, 'startdatum', subject);
  const slut = checkDate(list, entity.slutdatum, `${path}.slutdatum`, 'slutdatum', subject);
  if (start !== undefined && slut !== undefined && slut < start) {
    list.add(
      `${path}.slutdatum`,
      'slutdatum',
      'date-order',
      `Slutdatum (${slut}) får inte vara före startdatum (${start}) ${subject.sv}.`,
      `End date (${slut}) must not be before start date (${start}) ${subject.en}.`
    );
  }
  const avstamning = entity.avstamningsdatum;
  if (avstamning === undefined) {
    return;
  }
  if (!Array.isArray(avstamning)) {
    list.add(
      `${path}.avstamningsdatum`,
      'avstamningsdatum',
      'invalid-value',
      `Avstämningsdatum ska vara en lista med datum ${subject.sv}.`,
      `Check-in dates must be a list of dates ${subject.en}.`
    );
    return;
  }
  avstamning.forEach((value: unknown, i: number) => {
    const date = checkDate(list, value, `${path}.avstamningsdatum[${i}]`, 'avstamningsdatum', subject);
    if (date === undefined) {
      return;
    }
    if (start !== undefined && date < start) {
      list.add(
        `${path}.avstamningsdatum[${i}]`,
        'avstamningsdatum',
        'avstamning-outside',
        `Avstämningsdatum (${date}) får inte vara före startdatum (${start}) ${subject.sv}.`,
        `Check-in date (${date}) must not be before start date (${start}) ${subject.en}.`
      );
    } else if (slut !== undefined && date > slut) {
      list.add(
        `${path}.avstamningsdatum[${i}]`,
        'avstamningsdatum',
        'avstamning-outside',
        `Avstämningsdatum (${date}) får inte vara efter slutdatum (${slut}) ${subject.sv}.`,
        `Check-in date (${date}) must not be after end date (${slut}) ${subject.en}.`
      );
    }
  });
}

/** A rating's two steps: both or neither, whole numbers inside the matrix. */
function checkRating(
  list: IssueList,
  sannolikhet: unknown,
  konsekvens: unknown,
  matrix: RiskMatrix | undefined,
  path: string,
  subject: Subject
): void {
  if (sannolikhet === undefined && konsekvens === undefined) {
    return;
  }
  if (sannolikhet === undefined || konsekvens === undefined) {
    const missing = sannolikhet === undefined ? 'sannolikhet' : 'konsekvens';
    const given = missing === 'sannolikhet' ? 'konsekvens' : 'sannolikhet';
    list.add(
      `${path}.${missing}`,
      missing,
      'rating-incomplete',
      `${label(missing).sv} måste anges när ${given} är angiven ${subject.sv}.`,
      `${label(missing).en} is required when ${label(given).en.toLowerCase()} is given ${subject.en}.`
    );
    return;
  }
  if (!matrix || !Array.isArray(matrix.sannolikhet) || !Array.isArray(matrix.konsekvens)) {
    return; // The missing matrix is reported on the plan.
  }
  const scales: Array<[string, unknown, number]> = [
    ['sannolikhet', sannolikhet, matrix.sannolikhet.length],
    ['konsekvens', konsekvens, matrix.konsekvens.length]
  ];
  for (const [name, value, steps] of scales) {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= steps) {
      continue;
    }
    const l = label(name);
    list.add(
      `${path}.${name}`,
      name,
      'rating-outside-matrix',
      `${l.sv} (${String(value)}) ligger utanför riskmatrisen (1–${steps}) ${subject.sv}.`,
      `${l.en} (${String(value)}) is outside the risk matrix (1–${steps}) ${subject.en}.`
    );
  }
}

/** Keys must be present and unique within a list. */
function checkKeys(list: IssueList, items: Array<{ key?: unknown }>, path: string, nounSv: string, nounEn: string): void {
  const seen: Record<string, boolean> = {};
  items.forEach((item, i) => {
    const key = item ? item.key : undefined;
    if (!isNonEmptyString(key)) {
      list.add(`${path}[${i}].key`, 'key', 'required', `Nyckel saknas för ${nounSv} nr ${i + 1} i listan.`, `Key is missing for ${nounEn} no. ${i + 1} in the list.`);
      return;
    }
    if (seen[key]) {
      list.add(
        `${path}[${i}].key`,
        'key',
        'duplicate-key',
        `Nyckeln ”${key}” används av mer än en ${nounSv}.`,
        `The key “${key}” is used by more than one ${nounEn}.`
      );
    }
    seen[key] = true;
  });
}

/** Lists of a PlanData may be missing in malformed data; treat them as empty. */
function arrayOf<T>(value: T[] | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Validates a risk matrix configuration: sizes 2–10, a label for every step and level, a grid of
 * exactly sannolikhet × konsekvens cells naming known levels, unique level keys, hex colours with
 * a text colour meeting WCAG AA, and non-empty wording templates.
 * @param basePath path prefix of the issues, e.g. "plan.riskMatrix".
 */
export function validateRiskMatrix(matrix: RiskMatrix | undefined, basePath: string = 'riskMatrix'): ValidationIssue[] {
  const list = new IssueList();
  const subject: Subject = { sv: 'i riskmatrisen', en: 'in the risk matrix' };
  if (!matrix || typeof matrix !== 'object') {
    list.add(basePath, 'riskMatrix', 'required', 'Riskmatris måste anges för planen.', 'A risk matrix is required for the plan.');
    return list.issues;
  }
  const scales: Array<['sannolikhet' | 'konsekvens', string, string]> = [
    ['sannolikhet', 'Sannolikhetsskalan', 'The likelihood scale'],
    ['konsekvens', 'Konsekvensskalan', 'The consequence scale']
  ];
  let sizesOk = true;
  for (const [name, sv, en] of scales) {
    const steps = arrayOf(matrix[name]);
    if (steps.length < MATRIX_SIZE_RANGE.min || steps.length > MATRIX_SIZE_RANGE.max) {
      sizesOk = false;
      list.add(
        `${basePath}.${name}`,
        name,
        'matrix-size',
        `${sv} har ${steps.length} steg; den måste ha ${MATRIX_SIZE_RANGE.min}–${MATRIX_SIZE_RANGE.max} steg.`,
        `${en} has ${steps.length} steps; it must have ${MATRIX_SIZE_RANGE.min}–${MATRIX_SIZE_RANGE.max}.`
      );
    }
    steps.forEach((step, i) => {
      const stepLabel = step ? step.label : undefined;
      if (!isNonEmptyString(stepLabel)) {
        list.add(
          `${basePath}.${name}[${i}].label`,
          'label',
          'matrix-missing-label',
          `Benämning saknas för steg ${i + 1} i ${lower(sv)}.`,
          `Label is missing for step ${i + 1} of ${lower(en)}.`
        );
      } else {
        checkLength(list, stepLabel, FIELD_LIMITS.riskMatrix.stepLabel, `${basePath}.${name}[${i}].label`, 'label', subject);
      }
      if (step && step.labelEn !== undefined) {
        checkLength(list, step.labelEn, FIELD_LIMITS.riskMatrix.stepLabel, `${basePath}.${name}[${i}].labelEn`, 'label', subject);
      }
    });
  }

  const levels = arrayOf(matrix.levels);
  const levelKeys: Record<string, boolean> = {};
  if (levels.length === 0) {
    list.add(`${basePath}.levels`, 'levels', 'required', 'Riskmatrisen måste ha minst en nivå.', 'The risk matrix must have at least one level.');
  }
  levels.forEach((level, i) => {
    const path = `${basePath}.levels[${i}]`;
    if (!level || !isNonEmptyString(level.key)) {
      list.add(`${path}.key`, 'key', 'required', `Nyckel saknas för nivå ${i + 1} i riskmatrisen.`, `Key is missing for level ${i + 1} of the risk matrix.`);
      return;
    }
    if (levelKeys[level.key]) {
      list.add(
        `${path}.key`,
        'key',
        'matrix-duplicate-level',
        `Nivånyckeln ”${level.key}” används mer än en gång i riskmatrisen.`,
        `The level key “${level.key}” is used more than once in the risk matrix.`
      );
    }
    levelKeys[level.key] = true;
    const name = isNonEmptyString(level.label) ? level.label : level.key;
    if (!isNonEmptyString(level.label)) {
      list.add(
        `${path}.label`,
        'label',
        'matrix-missing-label',
        `Benämning saknas för nivån ”${level.key}” i riskmatrisen.`,
        `Label is missing for the level “${level.key}” of the risk matrix.`
      );
    } else {
      checkLength(list, level.label, FIELD_LIMITS.riskMatrix.levelLabel, `${path}.label`, 'label', subject);
    }
    let coloursOk = true;
    for (const field of ['colour', 'textColour'] as const) {
      const value = level[field];
      if (typeof value !== 'string' || !isHexColour(value)) {
        coloursOk = false;
        list.add(
          `${path}.${field}`,
          field,
          'matrix-colour',
          `${label(field).sv} (${String(value)}) för nivån ”${name}” är inte en hexfärg (#rrggbb).`,
          `${label(field).en} (${String(value)}) of the level “${name}” is not a hex colour (#rrggbb).`
        );
      }
    }
    if (coloursOk) {
      const ratio = contrastRatio(level.textColour, level.colour) || 0;
      if (ratio < WCAG_AA_NORMAL_TEXT) {
        const shown = (Math.floor(ratio * 100) / 100).toFixed(2);
        list.add(
          `${path}.textColour`,
          'textColour',
          'matrix-contrast',
          `Textfärgen (${level.textColour}) har för låg kontrast (${shown.replace('.', ',')}:1) mot färgen (${level.colour}) för nivån ”${name}”; minst 4,5:1 krävs (WCAG AA).`,
          `The text colour (${level.textColour}) has too little contrast (${shown}:1) against the colour (${level.colour}) of the level “${name}”; at least 4.5:1 is required (WCAG AA).`
        );
      }
    }
  });

  const rows = arrayOf(matrix.sannolikhet).length;
  const columns = arrayOf(matrix.konsekvens).length;
  const grid = arrayOf(matrix.grid);
  if (sizesOk && grid.length !== rows) {
    list.add(
      `${basePath}.grid`,
      'grid',
      'matrix-grid-size',
      `Riskmatrisens rutnät har ${grid.length} rader men sannolikhetsskalan har ${rows} steg.`,
      `The risk matrix grid has ${grid.length} rows but the likelihood scale has ${rows} steps.`
    );
  }
  grid.forEach((row: unknown, s: number) => {
    const cells: unknown[] = Array.isArray(row) ? row : [];
    if (sizesOk && s < rows && cells.length !== columns) {
      list.add(
        `${basePath}.grid[${s}]`,
        'grid',
        'matrix-grid-size',
        `Rad ${s + 1} i riskmatrisens rutnät har ${cells.length} rutor men konsekvensskalan har ${columns} steg.`,
        `Row ${s + 1} of the risk matrix grid has ${cells.length} cells but the consequence scale has ${columns} steps.`
      );
    }
    cells.forEach((cell: unknown, k: number) => {
      if (typeof cell === 'string' && levelKeys[cell]) {
        return;
      }
      list.add(
        `${basePath}.grid[${s}][${k}]`,
        'grid',
        'matrix-unknown-level',
        `Rutan (sannolikhet ${s + 1}, konsekvens ${k + 1}) hänvisar till nivån ”${String(cell)}” som inte finns i riskmatrisen.`,
        `The cell (likelihood ${s + 1}, consequence ${k + 1}) refers to the level “${String(cell)}”, which is not in the risk matrix.`
      );
    });
  });

  const templates = matrix.templates;
  const templateNames: Array<keyof RiskMatrix['templates']> = ['sannolikhet', 'konsekvens', 'heading', 'level'];
  for (const name of templateNames) {
    const value = templates ? templates[name] : undefined;
    if (!isNonEmptyString(value)) {
      list.add(
        `${basePath}.templates.${name}`,
        'templates',
        'matrix-template',
        `Formuleringen ”${name}” saknas i riskmatrisen.`,
        `The wording template “${name}” is missing in the risk matrix.`
      );
    } else {
      checkLength(list, value, FIELD_LIMITS.riskMatrix.template, `${basePath}.templates.${name}`, 'templates', subject);
    }
  }
  return list.issues;
}

/** Validates the plan's periods: key and label present, keys unique, valid dates in order. */
export function validatePeriods(periods: Period[] | undefined, basePath: string = 'perioder'): ValidationIssue[] {
  const list = new IssueList();
  const items = arrayOf(periods);
  const seen: Record<string, boolean> = {};
  items.forEach((period, i) => {
    const path = `${basePath}[${i}]`;
    const name = period && isNonEmptyString(period.label) ? period.label : period && isNonEmptyString(period.key) ? period.key : String(i + 1);
    const subject: Subject = { sv: `för perioden ”${quoteTitle(name)}”`, en: `for the period “${quoteTitle(name)}”` };
    if (!period) {
      list.add(path, 'key', 'required', `Period ${i + 1} saknar innehåll.`, `Period ${i + 1} is empty.`);
      return;
    }
    if (checkRequired(list, period.key, `${path}.key`, 'key', subject)) {
      checkLength(list, period.key, FIELD_LIMITS.period.key, `${path}.key`, 'key', subject);
      if (seen[period.key]) {
        list.add(
          `${path}.key`,
          'key',
          'duplicate-period',
          `Periodnyckeln ”${period.key}” används av mer än en period.`,
          `The period key “${period.key}” is used by more than one period.`
        );
      }
      seen[period.key] = true;
    }
    if (checkRequired(list, period.label, `${path}.label`, 'label', subject)) {
      checkLength(list, period.label, FIELD_LIMITS.period.label, `${path}.label`, 'label', subject);
    }
    const startGiven = checkRequired(list, period.start, `${path}.start`, 'start', subject);
    const endGiven = checkRequired(list, period.end, `${path}.end`, 'end', subject);
    const start = startGiven ? checkDate(list, period.start, `${path}.start`, 'start', subject) : undefined;
    const end = endGiven ? checkDate(list, period.end, `${path}.end`, 'end', subject) : undefined;
    if (start !== undefined && end !== undefined && end < start) {
      list.add(
        `${path}.end`,
        'end',
        'date-order',
        `Slutdatum (${end}) får inte vara före startdatum (${start}) ${subject.sv}.`,
        `End date (${end}) must not be before start date (${start}) ${subject.en}.`
      );
    }
  });
  return list.issues;
}

/**
 * Checks a diarienummer against the organisation's pattern. Returns no issue when either is
 * absent; an invalid pattern is reported against the settings rather than the plan.
 */
export function validateDiarienummer(
  diarienummer: string | undefined,
  settings: OrganisationSettings | undefined,
  path: string = 'plan.diarienummer'
): ValidationIssue[] {
  const list = new IssueList();
  const pattern = settings ? settings.diarienummerPattern : undefined;
  if (!isNonEmptyString(pattern) || !isNonEmptyString(diarienummer)) {
    return list.issues;
  }
  let regex: RegExp;
  try {
    regex = new RegExp(pattern);
  } catch {
    list.add(
      'installningar.diarienummerPattern',
      'diarienummerPattern',
      'invalid-pattern',
      `Mönstret för diarienummer (${pattern}) är inte ett giltigt reguljärt uttryck.`,
      `The case number pattern (${pattern}) is not a valid regular expression.`
    );
    return list.issues;
  }
  if (!regex.test(diarienummer.trim())) {
    const example = settings && isNonEmptyString(settings.diarienummerExample) ? settings.diarienummerExample : undefined;
    list.add(
      path,
      'diarienummer',
      'diarienummer-pattern',
      `Diarienummer (${diarienummer}) följer inte organisationens format${example ? ` (till exempel ${example})` : ` (${pattern})`}.`,
      `Case number (${diarienummer}) does not follow the organisation's format${example ? ` (for example ${example})` : ` (${pattern})`}.`
    );
  }
  return list.issues;
}

/** Validates the plan itself with its matrix, periods and områden. Paths start with "plan.". */
export function validatePlan(plan: Plan | undefined, settings?: OrganisationSettings): ValidationIssue[] {
  const list = new IssueList();
  const subject: Subject = { sv: 'för planen', en: 'for the plan' };
  if (!plan || typeof plan !== 'object') {
    list.add('plan', 'namnd', 'required', 'Planen saknas.', 'The plan is missing.');
    return list.issues;
  }
  if (checkRequired(list, plan.namnd, 'plan.namnd', 'namnd', subject)) {
    checkLength(list, plan.namnd, FIELD_LIMITS.plan.namnd, 'plan.namnd', 'namnd', subject);
  }
  checkLength(list, plan.forvaltning, FIELD_LIMITS.plan.forvaltning, 'plan.forvaltning', 'forvaltning', subject);
  if (plan.ar === undefined) {
    list.add('plan.ar', 'ar', 'required', 'År måste fyllas i för planen.', 'Year is required for the plan.');
  } else if (typeof plan.ar !== 'number' || !Number.isInteger(plan.ar) || plan.ar < YEAR_RANGE.min || plan.ar > YEAR_RANGE.max) {
    list.add(
      'plan.ar',
      'ar',
      'year-out-of-range',
      `År (${String(plan.ar)}) måste vara ett helt år mellan ${YEAR_RANGE.min} och ${YEAR_RANGE.max} för planen.`,
      `Year (${String(plan.ar)}) must be a whole year between ${YEAR_RANGE.min} and ${YEAR_RANGE.max} for the plan.`
    );
  }
  if (plan.status === undefined) {
    list.add('plan.status', 'status', 'required', 'Status måste fyllas i för planen.', 'Status is required for the plan.');
  } else {
    checkChoice(list, plan.status, PLAN_STATUSES, 'plan.status', 'status', subject);
  }
  checkDate(list, plan.beslutsdatum, 'plan.beslutsdatum', 'beslutsdatum', subject);
  checkLength(list, plan.diarienummer, FIELD_LIMITS.plan.diarienummer, 'plan.diarienummer', 'diarienummer', subject);
  list.issues.push(...validateDiarienummer(plan.diarienummer, settings, 'plan.diarienummer'));
  list.issues.push(...validateRiskMatrix(plan.riskMatrix, 'plan.riskMatrix'));
  list.issues.push(...validatePeriods(plan.perioder, 'plan.perioder'));

  const omraden = arrayOf(plan.omraden);
  checkKeys(list, omraden, 'plan.omraden', 'område', 'area');
  omraden.forEach((omrade: Omrade, i: number) => {
    if (!omrade) {
      return;
    }
    const path = `plan.omraden[${i}]`;
    const omradeSubject: Subject = { sv: `för område ${i + 1}`, en: `for area ${i + 1}` };
    if (checkRequired(list, omrade.namn, `${path}.namn`, 'namn', omradeSubject)) {
      checkLength(list, omrade.namn, FIELD_LIMITS.omrade.namn, `${path}.namn`, 'namn', omradeSubject);
    }
    checkLength(list, omrade.beskrivning, FIELD_LIMITS.omrade.beskrivning, `${path}.beskrivning`, 'beskrivning', omradeSubject);
  });
  return list.issues;
}

/** Subject phrases of the entities, for messages. */
function riskSubject(risk: Risk, i: number): Subject {
  const title = risk ? quoteTitle(risk.titel) : '';
  if (title !== '') {
    return { sv: `för risken ”${title}”`, en: `for the risk “${title}”` };
  }
  const nr = risk && typeof risk.nr === 'number' ? risk.nr : i + 1;
  return { sv: `för risk nr ${nr}`, en: `for risk no. ${nr}` };
}

function kontrollmomentSubject(km: Kontrollmoment, i: number): Subject {
  const nr = km && typeof km.nr === 'number' ? km.nr : undefined;
  return nr !== undefined
    ? { sv: `för kontrollmoment ${nr}`, en: `for control ${nr}` }
    : { sv: `för kontrollmoment ${i + 1} i listan`, en: `for control ${i + 1} in the list` };
}

function atgardSubject(atgard: Atgard, i: number): Subject {
  const title = atgard ? quoteTitle(atgard.beskrivning) : '';
  return title !== ''
    ? { sv: `för åtgärden ”${title}”`, en: `for the action “${title}”` }
    : { sv: `för åtgärd ${i + 1} i listan`, en: `for action ${i + 1} in the list` };
}

function avvikelseSubject(avvikelse: Avvikelse, i: number): Subject {
  const title = avvikelse ? quoteTitle(avvikelse.beskrivning) : '';
  return title !== ''
    ? { sv: `för avvikelsen ”${title}”`, en: `for the deviation “${title}”` }
    : { sv: `för avvikelse ${i + 1} i listan`, en: `for deviation ${i + 1} in the list` };
}

/** Numbers (nr) must be positive whole numbers, unique within the list. */
function checkNumbers(
  list: IssueList,
  items: Array<{ nr?: unknown }>,
  path: string,
  nounPluralSv: string,
  nounPluralEn: string,
  subjects: (i: number) => Subject
): void {
  const firstIndexByNr: Record<number, number> = {};
  items.forEach((item, i) => {
    if (!item) {
      return;
    }
    const subject = subjects(i);
    if (item.nr === undefined) {
      list.add(`${path}[${i}].nr`, 'nr', 'required', `Nr måste fyllas i ${subject.sv}.`, `No. is required ${subject.en}.`);
      return;
    }
    if (typeof item.nr !== 'number' || !Number.isInteger(item.nr) || item.nr < 1) {
      list.add(
        `${path}[${i}].nr`,
        'nr',
        'invalid-value',
        `Nr (${String(item.nr)}) måste vara ett positivt heltal ${subject.sv}.`,
        `No. (${String(item.nr)}) must be a positive whole number ${subject.en}.`
      );
      return;
    }
    if (firstIndexByNr[item.nr] !== undefined) {
      list.add(
        `${path}[${i}].nr`,
        'nr',
        'duplicate-nr',
        `Nr ${item.nr} används av flera ${nounPluralSv}; ändra nr ${subject.sv}.`,
        `No. ${item.nr} is used by several ${nounPluralEn}; change the number ${subject.en}.`
      );
      return;
    }
    firstIndexByNr[item.nr] = i;
  });
}

/** A reference to a parent by key must name an existing one. */
function checkReference(
  list: IssueList,
  value: unknown,
  known: Record<string, boolean>,
  path: string,
  fieldName: string,
  code: ValidationCode,
  whatSv: string,
  whatEn: string,
  subject: Subject
): void {
  if (!checkRequired(list, value, path, fieldName, subject)) {
    return;
  }
  if (known[value as string]) {
    return;
  }
  list.add(
    path,
    fieldName,
    code,
    `${whatSv} ”${String(value)}” finns inte i planen ${subject.sv}.`,
    `${whatEn} “${String(value)}” is not in the plan ${subject.en}.`
  );
}

/** Set of keys of a list. */
function keySet(items: Array<{ key?: unknown } | undefined>): Record<string, boolean> {
  const set: Record<string, boolean> = {};
  for (const item of items) {
    if (item && typeof item.key === 'string') {
      set[item.key] = true;
    }
  }
  return set;
}

/** What a follow-up's references and rating are checked against. */
interface FollowUpRuleContext {
  /** The plan's risk matrix; ratings are not checked against a missing one (that is reported on the plan). */
  matrix: RiskMatrix | undefined;
  /** Keys of the plan's periods. */
  periodKeys: Record<string, boolean>;
  /** Keys of the entities each target type may point to; an absent set checks only that a key is given. */
  targetKeys: Partial<Record<FollowUpTargetType, Record<string, boolean>>>;
}

/** Names of the entities a follow-up may follow up, for messages. */
const FOLLOW_UP_TARGETS: Record<string, { sv: string; en: string }> = {
  kontrollmoment: { sv: 'Kontrollmomentet', en: 'The control' },
  atgard: { sv: 'Åtgärden', en: 'The action' },
  risk: { sv: 'Risken', en: 'The risk' }
};

/**
 * The rules of follow-ups and their avvikelser, with issue paths "uppfoljningar[i]" and
 * "avvikelser[i]": shared by the whole plan's validation and a single follow-up's.
 */
function checkFollowUpsAndAvvikelser(list: IssueList, uppfoljningar: FollowUp[], avvikelser: Avvikelse[], context: FollowUpRuleContext): void {
  const followUpKeys = keySet(uppfoljningar);
  const completeAvvikelserPerFollowUp: Record<string, number> = {};
  for (const avvikelse of avvikelser) {
    if (avvikelse && typeof avvikelse.followUpKey === 'string' && isNonEmptyString(avvikelse.atgard) && isIsoDate(avvikelse.slutdatum)) {
      completeAvvikelserPerFollowUp[avvikelse.followUpKey] = (completeAvvikelserPerFollowUp[avvikelse.followUpKey] || 0) + 1;
    }
  }
  checkKeys(list, uppfoljningar, 'uppfoljningar', 'uppföljning', 'follow-up');
  uppfoljningar.forEach((followUp: FollowUp, i: number) => {
    if (!followUp) {
      return;
    }
    const path = `uppfoljningar[${i}]`;
    const period = typeof followUp.periodKey === 'string' ? followUp.periodKey : '?';
    const subject: Subject = { sv: `för uppföljningen i period ${period}`, en: `for the follow-up in period ${period}` };
    const target = FOLLOW_UP_TARGETS[followUp.targetType];
    if (!target) {
      list.add(
        `${path}.targetType`,
        'targetKey',
        'invalid-value',
        `Typen av uppföljt objekt (${String(followUp.targetType)}) är inte kontrollmoment, åtgärd eller risk ${subject.sv}.`,
        `The followed-up item type (${String(followUp.targetType)}) is not control, action or risk ${subject.en}.`
      );
    } else {
      const known = context.targetKeys[followUp.targetType];
      if (known) {
        checkReference(list, followUp.targetKey, known, `${path}.targetKey`, 'targetKey', 'unknown-reference', target.sv, target.en, subject);
      } else {
        checkRequired(list, followUp.targetKey, `${path}.targetKey`, 'targetKey', subject);
      }
    }
    if (checkRequired(list, followUp.periodKey, `${path}.periodKey`, 'periodKey', subject) && !context.periodKeys[followUp.periodKey]) {
      list.add(
        `${path}.periodKey`,
        'periodKey',
        'unknown-period',
        `Perioden ”${followUp.periodKey}” finns inte i planen ${subject.sv}.`,
        `The period “${followUp.periodKey}” is not in the plan ${subject.en}.`
      );
    }
    checkChoice(list, followUp.status, FOLLOW_UP_STATUSES, `${path}.status`, 'status', subject);
    checkChoice(list, followUp.resultat, RESULTAT_VALUES, `${path}.resultat`, 'resultat', subject);
    // A risk's kommentar is the period's risk analysis (seed 003), and is named so in messages.
    const kommentarName = followUp.targetType === 'risk' ? 'riskanalys' : 'kommentar';
    checkLength(list, followUp.kommentar, FIELD_LIMITS.followUp.kommentar, `${path}.kommentar`, kommentarName, subject);
    if (followUp.riskvardering !== undefined) {
      const rating: Partial<RiskRating> = followUp.riskvardering || {};
      checkRating(list, rating.sannolikhet, rating.konsekvens, context.matrix, `${path}.riskvardering`, subject);
    }
    if (resultatRequiresAvvikelse(followUp.resultat) && !(completeAvvikelserPerFollowUp[followUp.key] > 0)) {
      list.add(
        `${path}.resultat`,
        'resultat',
        'avvikelse-required',
        `Resultatet ”${followUp.resultat}” kräver minst en avvikelse med åtgärd och slutdatum ${subject.sv}.`,
        `The result “${String(followUp.resultat)}” requires at least one deviation with an action and an end date ${subject.en}.`
      );
    }
  });

  checkKeys(list, avvikelser, 'avvikelser', 'avvikelse', 'deviation');
  avvikelser.forEach((avvikelse: Avvikelse, i: number) => {
    if (!avvikelse) {
      return;
    }
    const path = `avvikelser[${i}]`;
    const subject = avvikelseSubject(avvikelse, i);
    checkReference(list, avvikelse.followUpKey, followUpKeys, `${path}.followUpKey`, 'followUpKey', 'unknown-reference', 'Uppföljningen', 'The follow-up', subject);
    const limits = FIELD_LIMITS.avvikelse;
    if (checkRequired(list, avvikelse.beskrivning, `${path}.beskrivning`, 'beskrivning', subject)) {
      checkLength(list, avvikelse.beskrivning, limits.beskrivning, `${path}.beskrivning`, 'beskrivning', subject);
    }
    if (checkRequired(list, avvikelse.atgard, `${path}.atgard`, 'atgard', subject)) {
      checkLength(list, avvikelse.atgard, limits.atgard, `${path}.atgard`, 'atgard', subject);
    }
    if (checkRequired(list, avvikelse.slutdatum, `${path}.slutdatum`, 'slutdatum', subject)) {
      checkDate(list, avvikelse.slutdatum, `${path}.slutdatum`, 'slutdatum', subject);
    }
    checkChoice(list, avvikelse.status, FOLLOW_UP_STATUSES, `${path}.status`, 'status', subject);
  });
}

/**
 * Validates a whole plan: the plan, its matrix, periods and områden, and every risk,
 * kontrollmoment, åtgärd, follow-up and avvikelse, including the references between them.
 */
export function validatePlanData(data: PlanData | undefined, settings?: OrganisationSettings): ValidationIssue[] {
  if (!data || typeof data !== 'object') {
    return [
      {
        field: 'plan',
        fieldLabel: 'Plan',
        code: 'required',
        message: 'Planen saknas.',
        messageEn: 'The plan is missing.'
      }
    ];
  }
  const list = new IssueList();
  list.issues.push(...validatePlan(data.plan, settings));
  const plan: Partial<Plan> = data.plan || {};
  const matrix = plan.riskMatrix;
  const omradeKeys = keySet(arrayOf(plan.omraden));
  const periodKeys = keySet(arrayOf(plan.perioder));

  const risker = arrayOf(data.risker);
  const riskKeys = keySet(risker);
  checkKeys(list, risker, 'risker', 'risk', 'risk');
  checkNumbers(list, risker, 'risker', 'risker', 'risks', (i) => riskSubject(risker[i], i));
  risker.forEach((risk: Risk, i: number) => {
    if (!risk) {
      return;
    }
    const path = `risker[${i}]`;
    const subject = riskSubject(risk, i);
    if (checkRequired(list, risk.titel, `${path}.titel`, 'titel', subject)) {
      checkLength(list, risk.titel, FIELD_LIMITS.risk.titel, `${path}.titel`, 'titel', subject);
    }
    checkLength(list, risk.beskrivning, FIELD_LIMITS.risk.beskrivning, `${path}.beskrivning`, 'beskrivning', subject);
    if (risk.omradeKey !== undefined) {
      checkReference(list, risk.omradeKey, omradeKeys, `${path}.omradeKey`, 'omradeKey', 'unknown-omrade', 'Området', 'The area', subject);
    }
    checkRating(list, risk.sannolikhet, risk.konsekvens, matrix, path, subject);
  });

  const kontrollmoment = arrayOf(data.kontrollmoment);
  const kontrollmomentKeys = keySet(kontrollmoment);
  checkKeys(list, kontrollmoment, 'kontrollmoment', 'kontrollmoment', 'control');
  checkNumbers(list, kontrollmoment, 'kontrollmoment', 'kontrollmoment', 'controls', (i) => kontrollmomentSubject(kontrollmoment[i], i));
  kontrollmoment.forEach((km: Kontrollmoment, i: number) => {
    if (!km) {
      return;
    }
    const path = `kontrollmoment[${i}]`;
    const subject = kontrollmomentSubject(km, i);
    checkReference(list, km.riskKey, riskKeys, `${path}.riskKey`, 'riskKey', 'unknown-reference', 'Risken', 'The risk', subject);
    checkRequired(list, km.beskrivning, `${path}.beskrivning`, 'beskrivning', subject);
    const limits = FIELD_LIMITS.kontrollmoment;
    checkLength(list, km.beskrivning, limits.beskrivning, `${path}.beskrivning`, 'beskrivning', subject);
    checkLength(list, km.kortnamn, limits.kortnamn, `${path}.kortnamn`, 'kortnamn', subject);
    checkLength(list, km.kontrollmetod, limits.kontrollmetod, `${path}.kontrollmetod`, 'kontrollmetod', subject);
    checkLength(list, km.ansvarig, limits.ansvarig, `${path}.ansvarig`, 'ansvarig', subject);
    checkLength(list, km.rapporteringsansvarig, limits.rapporteringsansvarig, `${path}.rapporteringsansvarig`, 'rapporteringsansvarig', subject);
    checkLength(list, km.frekvens, limits.frekvens, `${path}.frekvens`, 'frekvens', subject);
    checkDateRange(list, km, path, subject);
  });

  const atgarder = arrayOf(data.atgarder);
  const atgardKeys = keySet(atgarder);
  checkKeys(list, atgarder, 'atgarder', 'åtgärd', 'action');
  atgarder.forEach((atgard: Atgard, i: number) => {
    if (!atgard) {
      return;
    }
    const path = `atgarder[${i}]`;
    const subject = atgardSubject(atgard, i);
    checkReference(list, atgard.riskKey, riskKeys, `${path}.riskKey`, 'riskKey', 'unknown-reference', 'Risken', 'The risk', subject);
    const limits = FIELD_LIMITS.atgard;
    if (checkRequired(list, atgard.beskrivning, `${path}.beskrivning`, 'beskrivning', subject)) {
      checkLength(list, atgard.beskrivning, limits.beskrivning, `${path}.beskrivning`, 'beskrivning', subject);
    }
    checkLength(list, atgard.detaljer, limits.detaljer, `${path}.detaljer`, 'detaljer', subject);
    checkLength(list, atgard.ansvarig, limits.ansvarig, `${path}.ansvarig`, 'ansvarig', subject);
    checkLength(list, atgard.rapporteringsansvarig, limits.rapporteringsansvarig, `${path}.rapporteringsansvarig`, 'rapporteringsansvarig', subject);
    if (atgard.status === undefined) {
      list.add(`${path}.status`, 'status', 'required', `Status måste fyllas i ${subject.sv}.`, `Status is required ${subject.en}.`);
    } else {
      checkChoice(list, atgard.status, FOLLOW_UP_STATUSES, `${path}.status`, 'status', subject);
    }
    checkDateRange(list, atgard, path, subject);
  });

  checkFollowUpsAndAvvikelser(list, arrayOf(data.uppfoljningar), arrayOf(data.avvikelser), {
    matrix,
    periodKeys,
    targetKeys: { kontrollmoment: kontrollmomentKeys, atgard: atgardKeys, risk: riskKeys }
  });
  checkOneFollowUpPerPeriod(list, arrayOf(data.uppfoljningar), {
    kontrollmoment,
    atgarder,
    risker,
    perioder: arrayOf(plan.perioder)
  });
  return list.issues;
}

/** The plan's rows a follow-up can point at, for naming targets in messages. */
interface FollowUpTargets {
  kontrollmoment: Kontrollmoment[];
  atgarder: Atgard[];
  risker: Risk[];
  perioder: Period[];
}

/** "kontrollmoment 7", "åtgärden ”…”", "risken ”…”": the target of a follow-up as the user knows it. */
function followUpTargetName(followUp: FollowUp, targets: FollowUpTargets): { sv: string; en: string } {
  const key = followUp.targetKey;
  if (followUp.targetType === 'kontrollmoment') {
    const km = targets.kontrollmoment.filter((item) => item && item.key === key)[0];
    const nr = km && typeof km.nr === 'number' ? String(km.nr) : `”${String(key)}”`;
    return { sv: `kontrollmoment ${nr}`, en: `control ${nr}` };
  }
  if (followUp.targetType === 'atgard') {
    const atgard = targets.atgarder.filter((item) => item && item.key === key)[0];
    const title = atgard ? quoteTitle(atgard.beskrivning) : '';
    const name = title !== '' ? title : String(key);
    return { sv: `åtgärden ”${name}”`, en: `the action “${name}”` };
  }
  const risk = targets.risker.filter((item) => item && item.key === key)[0];
  const title = risk ? quoteTitle(risk.titel) : '';
  const name = title !== '' ? title : String(key);
  return { sv: `risken ”${name}”`, en: `the risk “${name}”` };
}

/**
 * At most one follow-up per target and period: a second one would make the plan view and the
 * reports show two conflicting statuses. Reported on each later follow-up, naming the first.
 * The list column `Uppfoljningsnyckel` enforces the same rule in SharePoint.
 */
function checkOneFollowUpPerPeriod(list: IssueList, uppfoljningar: FollowUp[], targets: FollowUpTargets): void {
  const firstIndex: Record<string, number> = {};
  uppfoljningar.forEach((followUp: FollowUp, i: number) => {
    if (!followUp || !isNonEmptyString(followUp.targetKey) || !isNonEmptyString(followUp.periodKey)) {
      return;
    }
    const slot = `${String(followUp.targetType)}:${followUp.targetKey}:${followUp.periodKey}`;
    const first = firstIndex[slot];
    if (first === undefined) {
      firstIndex[slot] = i;
      return;
    }
    const target = followUpTargetName(followUp, targets);
    const period = targets.perioder.filter((item) => item && item.key === followUp.periodKey)[0];
    const periodName = period && isNonEmptyString(period.label) ? period.label : followUp.periodKey;
    list.add(
      `uppfoljningar[${i}].periodKey`,
      'periodKey',
      'duplicate-follow-up',
      `Uppföljning ${first + 1} och ${i + 1} i listan gäller båda ${target.sv} för ${periodName}. Det får bara finnas en uppföljning per period; ta bort den ena.`,
      `Follow-ups ${first + 1} and ${i + 1} in the list are both for ${target.en} for ${periodName}. There may be only one follow-up per period; remove one of them.`
    );
  });
}

/** What a single follow-up is validated against: its plan's matrix and periods, and optionally the plan's entities. */
export interface FollowUpValidationContext {
  /** The plan's risk matrix, which a risk follow-up's riskvardering must lie inside. */
  riskMatrix: RiskMatrix | undefined;
  /** The plan's periods, which the follow-up's periodKey must name. */
  perioder: Period[] | undefined;
  /**
   * The plan's entities by target type, which the follow-up's targetKey must name. When the
   * follow-up's type is absent here, the targetKey is only required, not looked up.
   */
  targets?: Partial<Record<FollowUpTargetType, Array<{ key: string }>>>;
}

/**
 * Validates one follow-up with its avvikelser against its plan: the same rules and the same
 * issues as validatePlanData gives for a plan holding only these rows, with paths
 * "uppfoljningar[0].<field>" and "avvikelser[i].<field>" (i in the order given). An avvikelse
 * pointing to another follow-up is reported as an unknown reference.
 */
export function validateFollowUp(
  followUp: FollowUp | undefined,
  avvikelser: Avvikelse[] | undefined,
  context: FollowUpValidationContext
): ValidationIssue[] {
  const list = new IssueList();
  const targetKeys: FollowUpRuleContext['targetKeys'] = {};
  const targets = context.targets || {};
  (Object.keys(targets) as FollowUpTargetType[]).forEach((type) => {
    targetKeys[type] = keySet(arrayOf(targets[type]));
  });
  checkFollowUpsAndAvvikelser(list, followUp ? [followUp] : [], arrayOf(avvikelser), {
    matrix: context.riskMatrix,
    periodKeys: keySet(arrayOf(context.perioder)),
    targetKeys
  });
  if (!followUp) {
    list.issues.unshift({
      field: 'uppfoljningar[0]',
      fieldLabel: label('followUpKey').sv,
      code: 'required',
      message: 'Uppföljningen saknas.',
      messageEn: 'The follow-up is missing.'
    });
  }
  return list.issues;
}

/** Issues whose field is the path or lies below it, e.g. all issues of "risker[2]". */
export function issuesAt(issues: ValidationIssue[], path: string): ValidationIssue[] {
  return issues.filter(
    (issue) => issue.field === path || issue.field.indexOf(path + '.') === 0 || issue.field.indexOf(path + '[') === 0
  );
}
