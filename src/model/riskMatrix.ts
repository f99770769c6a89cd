/**
 * The risk matrix is configuration, never constants in code paths: each organisation sets its
 * size, the label of every step of sannolikhet and konsekvens, which level each cell belongs to,
 * the levels' labels and colours, and the wording of headings.
 *
 * Steps are numbered from 1. A rating is (sannolikhet, konsekvens) as step numbers and its
 * riskvärde is sannolikhet × konsekvens.
 */

/** One step of the sannolikhet or konsekvens scale. */
export interface RiskScaleStep {
  /** Label shown in the matrix, e.g. "Möjlig", "Allvarlig". */
  label: string;
  /** English label, e.g. "Possible"; the Swedish one is shown when absent. */
  labelEn?: string;
  /**
   * Form used inside a skattning heading, e.g. "allvarliga" in "allvarliga konsekvenser".
   * Defaults to the label in lower case (which reads right for sannolikhet: "möjlig risk").
   */
  phrase?: string;
  /** Optional guidance for raters, e.g. "Inträffar sannolikt årligen". */
  description?: string;
}

/** A risk level (risknivå) such as Låg, Medium, Hög, Mycket hög. */
export interface RiskLevel {
  /** Stable key the grid refers to, e.g. "hog". */
  key: string;
  /** Swedish label, e.g. "Hög". */
  label: string;
  /** English label. */
  labelEn?: string;
  /** Background colour, hex "#rrggbb". */
  colour: string;
  /** Text colour on the background, hex; must meet WCAG AA (4.5:1) against `colour`. */
  textColour: string;
}

/**
 * Wording templates. Placeholders: `{step}` (a step's phrase), `{value}` (riskvärde),
 * `{level}` (level label), `{sannolikhet}` and `{konsekvens}` (the filled step templates).
 */
export interface RiskMatrixTemplates {
  /** Sannolikhet part of a heading, e.g. "{step} risk" → "möjlig risk". */
  sannolikhet: string;
  /** Konsekvens part of a heading, e.g. "{step} konsekvenser" → "allvarliga konsekvenser". */
  konsekvens: string;
  /** Whole heading, e.g. "Skattning {value}: {sannolikhet}, {konsekvens}". */
  heading: string;
  /** Level with value, e.g. "{level} ({value})" → "Hög (12)". */
  level: string;
}

/** A complete risk matrix configuration. Plain data: stored as JSON in the organisation's settings and on the plan. */
export interface RiskMatrix {
  /** Stable key, e.g. "standard-5x5". */
  key: string;
  /** Display name, e.g. "5 × 5 (Nacka)". */
  name: string;
  /** Sannolikhet scale, lowest first; its length is the number of rows (2–10). */
  sannolikhet: RiskScaleStep[];
  /** Konsekvens scale, lowest first; its length is the number of columns (2–10). */
  konsekvens: RiskScaleStep[];
  /** Levels, lowest first. */
  levels: RiskLevel[];
  /** grid[sannolikhet − 1][konsekvens − 1] is the level key of that cell. */
  grid: string[][];
  /** Wording of headings and level texts. */
  templates: RiskMatrixTemplates;
}

/** A rating of a risk: step numbers from 1. */
export interface RiskRating {
  /** Sannolikhet step, 1 … matrix.sannolikhet.length. */
  sannolikhet: number;
  /** Konsekvens step, 1 … matrix.konsekvens.length. */
  konsekvens: number;
}

/** Smallest and largest number of steps a scale may have. */
export const MATRIX_SIZE_RANGE = { min: 2, max: 10 } as const;

/** The wording used by the seeds' municipalities. */
export const DEFAULT_TEMPLATES: RiskMatrixTemplates = {
  sannolikhet: '{step} risk',
  konsekvens: '{step} konsekvenser',
  heading: 'Skattning {value}: {sannolikhet}, {konsekvens}',
  level: '{level} ({value})'
};

/** Riskvärde of a rating: sannolikhet × konsekvens. */
export function riskValue(rating: RiskRating): number {
  return rating.sannolikhet * rating.konsekvens;
}

/** True when both steps are whole numbers inside the matrix. */
export function isRatingInMatrix(matrix: RiskMatrix, rating: RiskRating): boolean {
  return (
    Number.isInteger(rating.sannolikhet) &&
    Number.isInteger(rating.konsekvens) &&
    rating.sannolikhet >= 1 &&
    rating.sannolikhet <= matrix.sannolikhet.length &&
    rating.konsekvens >= 1 &&
    rating.konsekvens <= matrix.konsekvens.length
  );
}

/** The level of a rating's cell; undefined when the rating or the cell's key is not in the matrix. */
export function riskLevelFor(matrix: RiskMatrix, rating: RiskRating): RiskLevel | undefined {
  if (!isRatingInMatrix(matrix, rating)) {
    return undefined;
  }
  const row = matrix.grid[rating.sannolikhet - 1];
  const key = row ? row[rating.konsekvens - 1] : undefined;
  return matrix.levels.filter((level) => level.key === key)[0];
}

/** Replaces `{name}` placeholders; unknown placeholders are left as written. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole: string, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole
  );
}

/** A step's heading phrase: its configured phrase or its label in lower case. */
export function stepPhrase(step: RiskScaleStep): string {
  return step.phrase !== undefined && step.phrase !== '' ? step.phrase : step.label.toLocaleLowerCase('sv-SE');
}

/**
 * Level with value, e.g. "Hög (12)". Returns the value alone when the rating lies outside the
 * matrix, so a report never hides a number it was given.
 */
export function formatRiskLevel(matrix: RiskMatrix, rating: RiskRating): string {
  const value = String(riskValue(rating));
  const level = riskLevelFor(matrix, rating);
  if (!level) {
    return value;
  }
  return fillTemplate(matrix.templates.level, { level: level.label, value });
}

/**
 * Heading for a group of risks with the same rating, e.g.
 * "Skattning 16: sannolik risk, allvarliga konsekvenser", worded by the matrix's templates.
 */
export function formatSkattningHeading(matrix: RiskMatrix, rating: RiskRating): string {
  const value = String(riskValue(rating));
  const sannolikhetStep = matrix.sannolikhet[rating.sannolikhet - 1];
  const konsekvensStep = matrix.konsekvens[rating.konsekvens - 1];
  const sannolikhet = sannolikhetStep
    ? fillTemplate(matrix.templates.sannolikhet, { step: stepPhrase(sannolikhetStep) })
    : String(rating.sannolikhet);
  const konsekvens = konsekvensStep
    ? fillTemplate(matrix.templates.konsekvens, { step: stepPhrase(konsekvensStep) })
    : String(rating.konsekvens);
  return fillTemplate(matrix.templates.heading, { value, sannolikhet, konsekvens });
}

/** A band of riskvärden that share a level: every value ≥ minValue up to the next band. */
export interface RiskValueBand {
  /** Lowest riskvärde of the band. */
  minValue: number;
  /** Level key of the band. */
  levelKey: string;
}

/**
 * Builds a grid whose cells get their level from the cell's riskvärde, for organisations whose
 * levels are value bands. Bands may be given in any order; a value below every band gets the
 * lowest band.
 */
export function buildGridFromBands(rows: number, columns: number, bands: RiskValueBand[]): string[][] {
  const sorted = bands.slice().sort((a, b) => a.minValue - b.minValue);
  const grid: string[][] = [];
  for (let s = 1; s <= rows; s++) {
    const row: string[] = [];
    for (let k = 1; k <= columns; k++) {
      const value = s * k;
      let key = sorted.length > 0 ? sorted[0].levelKey : '';
      for (const band of sorted) {
        if (value >= band.minValue) {
          key = band.levelKey;
        }
      }
      row.push(key);
    }
    grid.push(row);
  }
  return grid;
}

/** The four levels the seeds use, with colours whose text colour meets WCAG AA. */
export const DEFAULT_LEVELS: RiskLevel[] = [
  { key: 'lag', label: 'Låg', labelEn: 'Low', colour: '#2E7D32', textColour: '#FFFFFF' },
  { key: 'medium', label: 'Medium', labelEn: 'Medium', colour: '#F2C94C', textColour: '#000000' },
  { key: 'hog', label: 'Hög', labelEn: 'High', colour: '#F28C28', textColour: '#000000' },
  { key: 'mycket-hog', label: 'Mycket hög', labelEn: 'Very high', colour: '#C62828', textColour: '#FFFFFF' }
];

/** Sannolikhet steps 1–4 as seed 000 words them. */
const SANNOLIKHET_4: RiskScaleStep[] = [
  { label: 'Osannolik' },
  { label: 'Mindre sannolik' },
  { label: 'Möjlig' },
  { label: 'Sannolik' }
];

/** Konsekvens steps 1–4 as seed 000 words them; headings use the plural ("allvarliga konsekvenser"). */
const KONSEKVENS_4: RiskScaleStep[] = [
  { label: 'Försumbar', phrase: 'försumbara' },
  { label: 'Lindrig', phrase: 'lindriga' },
  { label: 'Kännbar', phrase: 'kännbara' },
  { label: 'Allvarlig', phrase: 'allvarliga' }
];

/**
 * Default 4 × 4 matrix with seed 000's step labels. Levels by riskvärde: Låg 1–3, Medium 4–6,
 * Hög 8–9, Mycket hög 12–16. It gives "Skattning 16: sannolik risk, allvarliga konsekvenser" and
 * "Skattning 9: möjlig risk, kännbara konsekvenser" as seed 000 prints them; seed 000's 15 and
 * 10 cannot come from any 4 × 4 product, so the seed-000 fixture uses the 5 × 5 matrix below.
 */
export function createDefaultMatrix4x4(): RiskMatrix {
  return {
    key: 'standard-4x4',
    name: '4 × 4',
    sannolikhet: SANNOLIKHET_4.map((step) => ({ ...step })),
    konsekvens: KONSEKVENS_4.map((step) => ({ ...step })),
    levels: DEFAULT_LEVELS.map((level) => ({ ...level })),
    grid: buildGridFromBands(4, 4, [
      { minValue: 1, levelKey: 'lag' },
      { minValue: 4, levelKey: 'medium' },
      { minValue: 8, levelKey: 'hog' },
      { minValue: 12, levelKey: 'mycket-hog' }
    ]),
    templates: { ...DEFAULT_TEMPLATES }
  };
}

/**
 * Default 5 × 5 matrix. It expresses seed 003 (Nacka, 2024): "Medium (6)" for a risk the text
 * calls "mindre sannolik" with "kännbar" konsekvens (2 × 3), "Medium (8)", "Medium (9)",
 * "Hög (12)", "Hög (15)" and the re-rating to "Låg". Levels by riskvärde: Låg 1–5,
 * Medium 6–10, Hög 12–16, Mycket hög 20–25. Steps 1–4 carry seed 000's labels; step 5 is
 * "Mycket sannolik" / "Mycket allvarlig", the wording of other Stockholm-region matrices.
 */
export function createDefaultMatrix5x5(): RiskMatrix {
  return {
    key: 'standard-5x5',
    name: '5 × 5',
    sannolikhet: [...SANNOLIKHET_4.map((step) => ({ ...step })), { label: 'Mycket sannolik' }],
    konsekvens: [...KONSEKVENS_4.map((step) => ({ ...step })), { label: 'Mycket allvarlig', phrase: 'mycket allvarliga' }],
    levels: DEFAULT_LEVELS.map((level) => ({ ...level })),
    grid: buildGridFromBands(5, 5, [
      { minValue: 1, levelKey: 'lag' },
      { minValue: 6, levelKey: 'medium' },
      { minValue: 12, levelKey: 'hog' },
      { minValue: 20, levelKey: 'mycket-hog' }
    ]),
    templates: { ...DEFAULT_TEMPLATES }
  };
}
