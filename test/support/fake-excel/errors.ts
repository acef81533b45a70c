/**
 * Errors shaped like office.js's `OfficeExtension.Error` (name "RichApi.Error").
 * Client-side messages (PropertyNotLoaded, ValueNotLoaded) are copied from the
 * runtime (`excel-web-16.00.js`); host messages come from Microsoft's error table
 * (docs/testing/application-specific-api-error-handling.md) or were observed.
 */

export const ErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  insertDeleteConflict: "InsertDeleteConflict",
  invalidArgument: "InvalidArgument",
  invalidObjectPath: "InvalidObjectPath",
  invalidOperation: "InvalidOperation",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  nonBlankCellOffSheet: "NonBlankCellOffSheet",
  propertyNotLoaded: "PropertyNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  runMustReturnPromise: "RunMustReturnPromise",
  valueNotLoaded: "ValueNotLoaded",
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export const Messages = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer version of Excel. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/reference/requirement-sets/excel-api-requirement-sets" for more information.',
  GeneralException: "There was an internal error while processing the request.",
  InsertDeleteConflict: "The insert or delete operation attempted resulted in a conflict.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidObjectPath:
    'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  InvalidOperation: "The operation attempted is invalid on the object.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  NonBlankCellOffSheet:
    "Microsoft Excel can't insert new cells because it would push non-empty cells off the end of the worksheet.",
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  valuesDimensionMismatch:
    "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
  tableOverlap:
    "A table cannot overlap a range that contains a PivotTable report, query results, protected cells or another table.",
  propertyNotLoaded: (name: string) =>
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
} as const;

export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

/** Same fields as `OfficeExtension.Error`, so `catch (e) { e.code }` code works unchanged. */
export class FakeRichApiError extends Error {
  readonly code: string;
  readonly debugInfo: FakeDebugInfo;
  readonly httpStatusCode: number;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    Object.setPrototypeOf(this, FakeRichApiError.prototype);
    this.name = "RichApi.Error";
    this.code = code;
    this.httpStatusCode = code === ErrorCodes.generalException ? 500 : 400;
    this.debugInfo =
      errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

type HostCode = Exclude<ErrorCode, "PropertyNotLoaded" | "ValueNotLoaded">;

/** A host-side failure with Microsoft's generic message for the code unless a specific one is given. */
export function hostError(code: HostCode, location: string, message?: string): FakeRichApiError {
  return new FakeRichApiError(code, message ?? Messages[code], location);
}

export function invalidArgument(location: string, message?: string): FakeRichApiError {
  return hostError(ErrorCodes.invalidArgument, location, message);
}

export function itemNotFound(location: string): FakeRichApiError {
  return hostError(ErrorCodes.itemNotFound, location);
}

export function propertyNotLoaded(typeName: string, property: string): FakeRichApiError {
  return new FakeRichApiError(
    ErrorCodes.propertyNotLoaded,
    Messages.propertyNotLoaded(property),
    `${typeName}.${property}`
  );
}

export function valueNotLoaded(): FakeRichApiError {
  return new FakeRichApiError(ErrorCodes.valueNotLoaded, Messages.ValueNotLoaded);
}
