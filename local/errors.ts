/**
 * SharePoint's REST errors. Every failure the core reports is an {@link SpError} carrying the
 * HTTP status, SharePoint's own error code ("-2147024809, System.ArgumentException") and its
 * English message, so callers see what SharePoint Online would send.
 */

/** An error answered to the client as `{"odata.error": …}` with the given status. */
export class SpError extends Error {
  /** HTTP status code. */
  public readonly status: number;
  /** SharePoint's error code, "<hresult>, <exception type>". */
  public readonly code: string;
  /** Extra response headers (e.g. `Retry-After`). */
  public readonly headers: Record<string, string>;

  public constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'SpError';
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

/** SharePoint's exception codes, named for what they mean. */
export const ErrorCodes = {
  argument: '-2147024809, System.ArgumentException',
  argumentMinusOne: '-1, System.ArgumentException',
  spException: '-1, Microsoft.SharePoint.SPException',
  spExceptionGeneric: '-2146232832, Microsoft.SharePoint.SPException',
  invalidClientQuery: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
  resourceNotFound: '-1, Microsoft.SharePoint.Client.ResourceNotFoundException',
  accessDenied: '-2147024891, System.UnauthorizedAccessException',
  securityValidation: '-2130575251, Microsoft.SharePoint.SPException',
  etagMismatch: '-2130575305, Microsoft.SharePoint.SPException',
  throttled: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
  listNotFoundById: '-2130575322, Microsoft.SharePoint.SPException',
  duplicateList: '-2130575342, Microsoft.SharePoint.SPException',
  duplicateField: '-2130575340, Microsoft.SharePoint.SPException',
  duplicateValues: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
  fieldValidation: '-2130575155, Microsoft.SharePoint.SPFieldValidationException',
  requestThrottled: '-2147024860, Microsoft.SharePoint.SPRequestThrottledException',
  unexpected: '-2146233088, System.InvalidOperationException',
  indexOutOfRange: '-1, System.IndexOutOfRangeException',
  listDataValidation: '-2130575162, Microsoft.SharePoint.SPListDataValidationException',
  fieldDataValidation: '-2130575163, Microsoft.SharePoint.SPListDataValidationException',
  groupNameInUse: '-2130575293, Microsoft.SharePoint.SPException'
} as const;

/** 404: a list title that does not exist (SharePoint's exact wording). */
export function listNotFound(title: string, siteUrl: string): SpError {
  return new SpError(404, ErrorCodes.argumentMinusOne, `List '${title}' does not exist at site with URL '${siteUrl}'.`);
}

/** 404: a list id that does not exist. */
export function listIdNotFound(): SpError {
  return new SpError(
    404,
    ErrorCodes.listNotFoundById,
    'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.'
  );
}

/** 404: an item id that does not exist. */
export function itemNotFound(): SpError {
  return new SpError(404, ErrorCodes.argument, 'Item does not exist. It may have been deleted by another user.');
}

/** 400: a column named in $filter or $orderby that the list does not have. */
export function columnNotFound(name: string): SpError {
  return new SpError(400, ErrorCodes.spException, `Column '${name}' does not exist. It may have been deleted by another user.`);
}

/** 404: a field addressed by name or id that the list does not have. */
export function fieldNotFound(name: string): SpError {
  return new SpError(404, ErrorCodes.argument, `Column '${name}' does not exist. It may have been deleted by another user.`);
}

/** 400: a name in $select or $expand that is neither a field nor a property. */
export function propertyNotFound(name: string): SpError {
  return new SpError(400, ErrorCodes.spException, `The field or property '${name}' does not exist.`);
}

/** 400: a property in a request body that the entity type does not have. */
export function unknownBodyProperty(name: string, typeName: string): SpError {
  return new SpError(
    400,
    ErrorCodes.invalidClientQuery,
    `The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`
  );
}

/** 400: a body value of the wrong JSON type for its column. */
export function wrongValueType(edmType: string): SpError {
  return new SpError(
    400,
    ErrorCodes.invalidClientQuery,
    `Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details.`
  );
}

/** 400: a body that is not JSON. */
export function invalidJson(): SpError {
  return new SpError(400, ErrorCodes.invalidClientQuery, 'Invalid JSON. A token was not recognized in the JSON content.');
}

/** 400: a $filter (or other query option) that does not parse. */
export function invalidExpression(expression: string): SpError {
  return new SpError(400, ErrorCodes.spException, `The expression "${expression}" is not valid.`);
}

/** 403: a caller without the needed permission. */
export function accessDenied(): SpError {
  return new SpError(
    403,
    ErrorCodes.accessDenied,
    'Access denied. You do not have permission to perform this action or access this resource.'
  );
}

/** 403: a write without a valid form digest. */
export function securityValidation(): SpError {
  return new SpError(
    403,
    ErrorCodes.securityValidation,
    "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."
  );
}

/** 412: an If-Match that does not match the current ETag. */
export function etagMismatch(sent: string, current: string): SpError {
  return new SpError(412, ErrorCodes.etagMismatch, `The request ETag value '${sent}' does not match the object's ETag value '${current}'.`);
}

/** 500: a query over a large list that is not narrowed by an index. */
export function listViewThreshold(): SpError {
  return new SpError(
    500,
    ErrorCodes.throttled,
    'The attempted operation is prohibited because it exceeds the list view threshold.'
  );
}

/** 404: a REST path the core does not know. */
export function resourceNotFound(segment: string): SpError {
  return new SpError(404, ErrorCodes.resourceNotFound, `Cannot find resource for the request ${segment}.`);
}

/** 400: an argument outside its allowed values. */
export function valueOutOfRange(): SpError {
  return new SpError(400, ErrorCodes.argument, 'Value does not fall within the expected range.');
}

/** 405: a method the addressed resource does not accept. */
export function methodNotAllowed(method: string): SpError {
  return new SpError(405, ErrorCodes.invalidClientQuery, `The HTTP method '${method}' is not supported for this resource.`);
}
