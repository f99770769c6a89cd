/**
 * The matrix editor's view-model: the id of every field (so an error summary can link to it),
 * the issues at each field by the model's paths, and the accessible name of each grid cell.
 */
import { levelContrast, riskLevelFor, RiskMatrix, ValidationIssue } from '../../model';
import { issueText, levelLabel } from '../common/labels';
import { formatText } from '../i18n';
import type { IUiStrings } from '../i18n';

/** The DOM id of the field holding the value at a model path. */
export function fieldId(path: string): string {
  return `ik-${path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-+$/, '')}`;
}

/** The issues at a path (and below it when `deep`), as one message, or undefined. */
export function issueAt(issues: ValidationIssue[], path: string, strings: IUiStrings, deep: boolean = false): string | undefined {
  const found = issues.filter((issue) => issue.field === path || (deep && issue.field.indexOf(`${path}[`) === 0) || (deep && issue.field.indexOf(`${path}.`) === 0));
  return found.length > 0 ? found.map((issue) => issueText(issue, strings)).join(' ') : undefined;
}

/**
 * The field an issue is shown at: grid cells and level keys have no text field of their own, so
 * their issues are shown at the grid and the level's name.
 */
export function fieldPathOf(issue: ValidationIssue, basePath: string): string {
  if (issue.field.indexOf(`${basePath}.grid`) === 0) {
    return `${basePath}.grid`;
  }
  const key = /^(.*\.levels\[\d+\])\.key$/.exec(issue.field);
  return key ? `${key[1]}.label` : issue.field;
}

/** A step's label in the UI's language. */
export function stepLabel(matrix: RiskMatrix, scale: 'sannolikhet' | 'konsekvens', index: number, strings: IUiStrings): string {
  const step = matrix[scale][index];
  if (!step) {
    return '';
  }
  return strings.language === 'en' && step.labelEn ? step.labelEn : step.label;
}

/**
 * A cell's name, read by screen readers and used to find it: "Sannolikhet 3 (Möjlig),
 * konsekvens 2 (Lindrig), riskvärde 6: Medium".
 */
export function editorCellName(matrix: RiskMatrix, sannolikhet: number, konsekvens: number, strings: IUiStrings): string {
  const level = riskLevelFor(matrix, { sannolikhet, konsekvens });
  return formatText(strings.matrixCellName, {
    s: sannolikhet,
    sLabel: stepLabel(matrix, 'sannolikhet', sannolikhet - 1, strings) || '–',
    k: konsekvens,
    kLabel: stepLabel(matrix, 'konsekvens', konsekvens - 1, strings) || '–',
    value: sannolikhet * konsekvens,
    level: level ? levelLabel(level, strings) : strings.matrixNoLevel
  });
}

/** The live contrast line of a level: "Kontrast 4,54:1 – uppfyller WCAG AA" or "… – för låg, minst 4,5:1". */
export function contrastText(level: { colour: string; textColour: string }, strings: IUiStrings): { text: string; passes: boolean } {
  const contrast = levelContrast(level);
  const ratio = strings.language === 'en' ? contrast.text.en : contrast.text.sv;
  return { text: formatText(contrast.passes ? strings.matrixContrastPasses : strings.matrixContrastFails, { ratio }), passes: contrast.passes };
}

/** The sizes the model supports, for the size choosers. */
export function sizeOptions(): Array<{ key: number; text: string }> {
  const options: Array<{ key: number; text: string }> = [];
  for (let n = 2; n <= 10; n++) {
    options.push({ key: n, text: String(n) });
  }
  return options;
}
