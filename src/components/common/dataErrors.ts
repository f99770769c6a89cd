/**
 * How the components read the data layer's errors: by their `kind` (see src/data/errors.ts), so
 * the UI needs no runtime import of the data layer and still tells a conflict from a missing
 * permission.
 */
import type { DataErrorKind } from '../../data/errors';
import type { ValidationIssue } from '../../model';
import type { IUiStrings } from '../i18n';

/** The parts of a DataError the UI uses. */
export interface UiDataError {
  /** What went wrong. */
  kind: DataErrorKind;
  /** Swedish message. */
  message: string;
  /** English message. */
  messageEn: string;
  /** The issues of a validation failure. */
  issues?: ValidationIssue[];
}

const KINDS: DataErrorKind[] = ['concurrency', 'permission', 'not-found', 'validation', 'throttled', 'unavailable', 'partial-save', 'unexpected'];

/** The issues of a refused save (a validation error of the data layer), or undefined for any other error. */
export function validationIssuesOf(error: unknown): ValidationIssue[] | undefined {
  const dataError = asDataError(error);
  return dataError !== undefined && dataError.kind === 'validation' ? dataError.issues : undefined;
}

/** The error as a DataError, or undefined for anything else (a bug, not a SharePoint answer). */
export function asDataError(error: unknown): UiDataError | undefined {
  if (typeof error !== 'object' || error === null) {
    return undefined;
  }
  const candidate = error as Partial<UiDataError>;
  if (typeof candidate.kind !== 'string' || KINDS.indexOf(candidate.kind) < 0 || typeof candidate.message !== 'string') {
    return undefined;
  }
  return {
    kind: candidate.kind,
    message: candidate.message,
    messageEn: typeof candidate.messageEn === 'string' ? candidate.messageEn : candidate.message,
    issues: Array.isArray(candidate.issues) ? candidate.issues : undefined
  };
}

/** The message to show for any error, in the UI's language. */
export function errorText(error: unknown, strings: IUiStrings): string {
  const dataError = asDataError(error);
  if (!dataError) {
    return strings.unexpectedError;
  }
  return strings.language === 'en' ? dataError.messageEn : dataError.message;
}
