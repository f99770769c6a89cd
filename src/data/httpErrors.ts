/**
 * Turns what PnPjs throws (HttpRequestError with a Response, TypeError on network failure,
 * AbortError on timeout) into the data layer's typed errors, worded for the operation.
 */
import {
  ConcurrencyError,
  DataError,
  DuplicateValuesError,
  ENTITY_NOUNS,
  EntityKind,
  NotFoundError,
  PermissionError,
  ThrottledError,
  UnavailableError,
  UnexpectedError,
  ValidationFailedError
} from './errors';
import type { ValidationIssue } from '../model/types';

/** What was being done when an error happened; words the messages. */
export interface OperationContext {
  /** The entity concerned. */
  entity: EntityKind;
  /** The operation. `manage` is creating lists or changing settings. */
  action: 'read' | 'create' | 'update' | 'delete' | 'manage';
  /** The item's name as the user knows it (title, "kontrollmoment 3"). */
  itemName?: string;
}

/** The HTTP status carried by a PnPjs error, or undefined for network errors and others. */
export function httpStatusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null) {
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number') {
      return status;
    }
  }
  return undefined;
}

/**
 * True when SharePoint refused a write because a unique column already holds the value.
 * SharePoint Online answers HTTP 500 with the code
 * "-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException" and "The list item could
 * not be added or updated because duplicate values were found …"; PnPjs puts the body in the
 * error's message. Checked before the status, since a 500 is otherwise an ambiguous failure.
 */
export function isDuplicateValuesError(error: unknown): boolean {
  if (error instanceof DuplicateValuesError) {
    return true;
  }
  if (typeof error !== 'object' || error === null || error instanceof DataError) {
    return false;
  }
  const text = String((error as { message?: unknown }).message ?? '');
  return /SPDuplicateValuesFoundException|-2130575169|duplicate values were found/i.test(text);
}

/**
 * True when SharePoint refused a write for a validation formula of the list or a column.
 * SharePoint Online answers HTTP 500 with "-2130575162, Microsoft.SharePoint.SPListDataValidationException"
 * (list) or "-2130575163, …" (column), and the list's ValidationMessage as the message. Nothing
 * was stored, so it is not an ambiguous failure.
 */
export function isListValidationError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || error instanceof DataError) {
    return false;
  }
  const text = String((error as { message?: unknown }).message ?? '');
  return /SPListDataValidationException|-213057516[23]\b/.test(text);
}

/** The message value of SharePoint's `odata.error` in a PnPjs error, if there is one. */
export function sharePointMessageOf(error: unknown): string | undefined {
  const text = String((error as { message?: unknown } | undefined)?.message ?? '');
  const start = text.indexOf('{');
  if (start < 0) {
    return undefined;
  }
  try {
    const body = JSON.parse(text.slice(start)) as { 'odata.error'?: { message?: { value?: unknown } }; error?: { message?: { value?: unknown } } };
    const value = (body['odata.error'] ?? body.error)?.message?.value;
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The validation failure SharePoint reported, as the model's issue: SharePoint answers with
 * the list's ValidationMessage ("svenska / English"), or its own text when the list has none.
 */
function sharePointValidationIssue(error: unknown): ValidationIssue {
  const text = sharePointMessageOf(error) ?? 'List data validation failed.';
  const split = text.indexOf(' / ');
  const own = text === 'List data validation failed.';
  return {
    field: '',
    fieldLabel: '',
    code: 'sharepoint-validation',
    message: own ? 'SharePoint godtog inte uppgifterna (listans validering).' : split < 0 ? text : text.slice(0, split),
    messageEn: own ? 'SharePoint did not accept the data (the list validation).' : split < 0 ? text : text.slice(split + 3)
  };
}

/**
 * True when a write may or may not have been applied: no answer (network error, timeout) or a
 * server failure (5xx). 429 is not ambiguous: SharePoint did not process a throttled request.
 */
export function isAmbiguousFailure(error: unknown): boolean {
  if (isDuplicateValuesError(error) || isListValidationError(error)) {
    // SharePoint answered: the write was refused, nothing was stored.
    return false;
  }
  if (error instanceof DataError) {
    // A typed error keeps the status it came from; a 503 may be throttling or a lost answer.
    return error.kind === 'unavailable' || (error.kind === 'throttled' && error.status !== 429);
  }
  const status = httpStatusOf(error);
  if (status === undefined) {
    // No HTTP answer at all: a network error or a timeout.
    return true;
  }
  return status >= 500;
}

/** The text of an error, for UnexpectedError's detail. */
function detailOf(error: unknown): string {
  if (error instanceof Error) {
    return error.message;
  }
  return String(error);
}

/** "ändra kontrollmomentet ”X”" and its English form, for PermissionError. */
export function describeAction(context: OperationContext): [string, string] {
  const noun = ENTITY_NOUNS[context.entity];
  const named = context.itemName !== undefined && context.itemName !== '';
  const sv = named ? `${noun.sv} ”${context.itemName}”` : noun.sv;
  const en = named ? `the ${noun.en} “${context.itemName}”` : `the ${noun.en}`;
  switch (context.action) {
    case 'read':
      return [`läsa ${sv}`, `read ${en}`];
    case 'create':
      return [`skapa ${noun.article} ${noun.svIndefinite}`, `create a ${noun.en}`];
    case 'update':
      return [`ändra ${sv}`, `change ${en}`];
    case 'delete':
      return [`ta bort ${sv}`, `delete ${en}`];
    default:
      return [`ändra ${sv}`, `change ${en}`];
  }
}

/** The typed error for a failure during the operation. DataErrors pass through unchanged. */
export function toDataError(error: unknown, context: OperationContext): DataError {
  if (error instanceof DataError) {
    return error;
  }
  const status = httpStatusOf(error);
  const name = context.itemName !== undefined && context.itemName !== '' ? context.itemName : ENTITY_NOUNS[context.entity].svIndefinite;
  if (status === 412) {
    return new ConcurrencyError(context.entity, name);
  }
  if (isDuplicateValuesError(error)) {
    return new DuplicateValuesError(context.entity, name, status ?? 500);
  }
  if (isListValidationError(error)) {
    return new ValidationFailedError([sharePointValidationIssue(error)]);
  }
  if (status === 401 || status === 403) {
    const [sv, en] = describeAction(context);
    return new PermissionError(sv, en, status);
  }
  if (status === 404) {
    return new NotFoundError(context.entity, name);
  }
  if (status === 429) {
    return new ThrottledError(status);
  }
  if (status === undefined || status === 502 || status === 503 || status === 504) {
    if (status === undefined && !(error instanceof TypeError) && !/abort|timeout|network|fetch/i.test(detailOf(error))) {
      return new UnexpectedError(detailOf(error));
    }
    return status === 503 ? new ThrottledError(status) : new UnavailableError(status);
  }
  return new UnexpectedError(detailOf(error), status);
}
