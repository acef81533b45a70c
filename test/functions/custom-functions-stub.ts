/**
 * A faithful stand-in for the `CustomFunctions` global that Excel's runtime provides: an
 * `Error` class with `code` and `message`, and the `ErrorCode` values of
 * @types/custom-functions-runtime. Tests install it to see exactly what Excel would receive,
 * and remove it to check the fallback used outside Excel.
 */

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

const OUTPUT_CODES: readonly string[] = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"];
const MESSAGE_CODES: readonly string[] = ["#VALUE!", "#N/A"];

export class StubError {
  readonly code: string;
  readonly message?: string;

  constructor(code: string, message?: string) {
    // Excel rejects codes a function cannot return, and messages on codes that cannot carry one.
    if (!OUTPUT_CODES.includes(code))
      throw new TypeError(`${code} is not a custom function result code`);
    if (message !== undefined && !MESSAGE_CODES.includes(code))
      throw new TypeError(`${code} cannot carry a message`);
    this.code = code;
    if (message !== undefined) this.message = message;
  }
}

type Host = { CustomFunctions?: unknown; Office?: unknown };

/** Installs the stand-in; returns a function that restores what was there before. */
export function installCustomFunctions(): () => void {
  const host = globalThis as Host;
  const before = host.CustomFunctions;
  host.CustomFunctions = { Error: StubError, ErrorCode, associate: () => undefined };
  return () => {
    host.CustomFunctions = before;
  };
}

/** Installs an `Office` global with a display language and the requirement sets it claims. */
export function installOffice(
  displayLanguage: string,
  supported: readonly string[] = []
): () => void {
  const host = globalThis as Host;
  const before = host.Office;
  host.Office = {
    context: {
      displayLanguage,
      requirements: {
        // As Office does: a set is supported at a version when the host has that version or a later one.
        isSetSupported: (name: string, version = "1.1") =>
          supported.some((entry) => {
            const [set, has = "1.1"] = entry.split(" ");
            const [hasMajor, hasMinor] = has.split(".").map(Number);
            const [major, minor = 0] = version.split(".").map(Number);
            return set === name && (hasMajor > major || (hasMajor === major && hasMinor >= minor));
          }),
      },
    },
  };
  return () => {
    host.Office = before;
  };
}

/** True when a value is what the functions return for an Excel error. */
export function isError(value: unknown): value is StubError {
  return value instanceof StubError;
}
