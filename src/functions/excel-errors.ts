/**
 * The one place Excel error values are made. `CustomFunctions.Error` exists only inside
 * Excel's runtime (not in a plain browser, not in tests), so it is looked up when an error
 * is built, never at module load, and a plain object of the same shape stands in without it.
 */

import { ERROR_CODES_REQUIREMENT, supports } from "./host";

/** Codes a custom function may return (#NAME? and #REF! are input-only). */
const OUTPUT_CODES = new Set([
  // Stryker disable next-line StringLiteral: a code outside this set is returned as #VALUE! anyway
  "#VALUE!",
  "#N/A",
  "#DIV/0!",
  "#NUM!",
  "#NULL!",
]);
/** The codes only CustomFunctionsRuntime 1.3 can return; older hosts get #VALUE! instead. */
const NEWER_CODES = new Set(["#DIV/0!", "#NUM!", "#NULL!"]);

/** The code to return for `code` on this host. */
function returnable(code: string): CustomFunctions.ErrorCode {
  if (!OUTPUT_CODES.has(code)) return "#VALUE!" as CustomFunctions.ErrorCode;
  if (NEWER_CODES.has(code) && !supports(ERROR_CODES_REQUIREMENT))
    return "#VALUE!" as CustomFunctions.ErrorCode;
  return code as CustomFunctions.ErrorCode;
}

type ErrorConstructor = new (
  code: CustomFunctions.ErrorCode,
  message?: string
) => CustomFunctions.Error;

/**
 * An Excel error value with an optional message (shown only for #VALUE! and #N/A). A code the
 * host cannot return (#DIV/0!, #NUM!, #NULL! before CustomFunctionsRuntime 1.3) becomes #VALUE!.
 *
 * @example
 * excelError("#N/A", "没有符合条件的集群。") // a CustomFunctions.Error inside Excel
 */
export function excelError(code: string, message?: string): CustomFunctions.Error {
  const errorCode = returnable(code);
  const host = globalThis as { CustomFunctions?: { Error?: unknown } };
  const Constructor = host.CustomFunctions?.Error;
  if (typeof Constructor === "function") {
    const ExcelError = Constructor as ErrorConstructor;
    return message === undefined ? new ExcelError(errorCode) : new ExcelError(errorCode, message);
  }
  return message === undefined ? { code: errorCode } : { code: errorCode, message };
}

/**
 * True for an Excel error arriving as an argument: a `CustomFunctions.Error` or an error
 * cell value, both of which carry a "#…" code.
 *
 * @example
 * isExcelError({ code: "#DIV/0!" }) //=> true
 */
export function isExcelError(value: unknown): value is { code?: unknown; basicValue?: unknown } {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as { code?: unknown; type?: unknown; errorType?: unknown };
  return (
    (typeof candidate.code === "string" && candidate.code.startsWith("#")) ||
    candidate.type === "Error"
  );
}

/** The code of an input error, as the code to pass on (#VALUE! when it cannot be returned). */
export function inputErrorCode(value: { code?: unknown; basicValue?: unknown }): string {
  // An error cell value carries its code as basicValue; anything else is not a returnable code.
  const code = typeof value.code === "string" ? value.code : value.basicValue;
  return OUTPUT_CODES.has(code as string) ? (code as string) : "#VALUE!";
}
