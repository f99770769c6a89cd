/**
 * The settings page's view-model: the draft the form edits (a default matrix and periods to
 * start from when none are saved), what is saved from it, and the error summary's entries
 * linking to the fields.
 */
import type { StoredSettings } from '../../data/InternkontrollService';
import {
  cloneMatrix,
  createDefaultMatrix5x5,
  OrganisationSettings,
  PeriodTemplate,
  presetTemplates,
  RiskMatrix,
  sameMatrix,
  ValidationIssue
} from '../../model';
import { issueText } from '../common/labels';
import type { IUiStrings } from '../i18n';
import { fieldId, fieldPathOf } from '../RiskMatrixEditor/matrixEditorModel';

/** Path of the settings in issues. */
export const SETTINGS_PATH = 'installningar';
/** Path of the default matrix in issues. */
export const MATRIX_PATH = 'installningar.defaultRiskMatrix';
/** Path of the default periods in issues. */
export const PERIODS_PATH = 'installningar.defaultPeriods';

/** What the form edits. */
export interface SettingsDraft {
  organisation: string;
  diarienummerPattern: string;
  diarienummerExample: string;
  matrix: RiskMatrix;
  periods: PeriodTemplate[];
}

/** The draft of stored settings; the default 5 × 5 matrix and the usual periods when none are saved. */
export function draftOf(stored: StoredSettings): SettingsDraft {
  return {
    organisation: stored.organisation ?? '',
    diarienummerPattern: stored.diarienummerPattern ?? '',
    diarienummerExample: stored.diarienummerExample ?? '',
    matrix: stored.defaultRiskMatrix ? cloneMatrix(stored.defaultRiskMatrix) : createDefaultMatrix5x5(),
    periods: stored.defaultPeriods ? stored.defaultPeriods.map((p) => ({ ...p })) : presetTemplates('tertial-delar-helar')
  };
}

function optional(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The settings to save: the stored identity (for If-Match) with the draft's values. */
export function settingsOf(draft: SettingsDraft, stored: StoredSettings): StoredSettings {
  const value: OrganisationSettings = {
    organisation: optional(draft.organisation),
    diarienummerPattern: optional(draft.diarienummerPattern),
    diarienummerExample: optional(draft.diarienummerExample),
    defaultRiskMatrix: draft.matrix,
    defaultPeriods: draft.periods
  };
  return { ...value, id: stored.id, etag: stored.etag };
}

/** True when saving would change the matrix that plans use (so the impact is shown first). */
export function matrixChanged(draft: SettingsDraft, stored: StoredSettings): boolean {
  return stored.defaultRiskMatrix !== undefined && !sameMatrix(stored.defaultRiskMatrix, draft.matrix);
}

/** One entry of the error summary: the message and the field it links to. */
export interface SummaryEntry {
  /** DOM id of the field. */
  fieldId: string;
  /** The message. */
  text: string;
}

/** The error summary: one entry per issue, linking to the field the issue is shown at. */
export function summaryEntries(issues: ValidationIssue[], strings: IUiStrings): SummaryEntry[] {
  return issues.map((issue) => ({ fieldId: fieldId(fieldPathOf(issue, MATRIX_PATH)), text: issueText(issue, strings) }));
}
