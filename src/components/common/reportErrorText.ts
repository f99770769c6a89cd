/**
 * The message of an error from the data service or the reports feature, in the UI's language:
 * a `DataError` by its kind, a `ReportError` (unknown period, invalid shape) by its own Swedish
 * and English messages; anything else is the general error.
 */
import type { IUiStrings } from '../i18n';
import { asDataError, errorText } from './dataErrors';

/** The message to show for an error of the data layer or of a report. */
export function reportErrorText(error: unknown, strings: IUiStrings): string {
  if (asDataError(error)) {
    return errorText(error, strings);
  }
  const candidate = error as { name?: unknown; message?: unknown; messageEn?: unknown } | undefined;
  if (candidate && candidate.name === 'ReportError' && typeof candidate.message === 'string') {
    return strings.language === 'en' && typeof candidate.messageEn === 'string' ? candidate.messageEn : candidate.message;
  }
  return strings.unexpectedError;
}
