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
  UnexpectedError
} from './errors';

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
 * True when a write may or may not have been applied: no answer (network error, timeout) or a
 * server failure (5xx). 429 is not ambiguous: SharePoint did not process a throttled request.
 */
export function isAmbiguousFailure(error: unknown): boolean {
  if (isDuplicateValuesError(error)) {
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
