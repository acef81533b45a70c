/**
 * What the functions need to know about the host, read defensively: outside Office (tests,
 * a plain browser) `Office` is undefined, and inside it `context` may not be ready yet.
 */

interface OfficeLike {
  context?: {
    displayLanguage?: unknown;
    requirements?: { isSetSupported?: (name: string, version?: string) => boolean };
  };
}

/** `Office`; undefined outside Office. */
function office(): OfficeLike | undefined {
  return (globalThis as { Office?: OfficeLike }).Office;
}

/**
 * Office's display language ("zh-CN", "en-US" …), or `undefined` outside Office.
 *
 * @example
 * displayLanguage() //=> undefined in node
 */
export function displayLanguage(): unknown {
  // Optional chaining, not a caught TypeError: every call asks, and a throw costs microseconds.
  return office()?.context?.displayLanguage;
}

/** A requirement set as the manifest and `isSetSupported` name it. */
export interface Requirement {
  name: string;
  version: string;
}

/**
 * What the manifest's <Requirements> declare, so Excel installs the add-in only where these
 * hold: the shared runtime (one page for pane, ribbon and functions) and `CustomFunctions.Error`
 * (CustomFunctionsRuntime 1.2).
 */
export const MANIFEST_REQUIREMENTS: readonly Requirement[] = [
  { name: "SharedRuntime", version: "1.1" },
  { name: "CustomFunctionsRuntime", version: "1.2" },
];

/** The error codes #DIV/0!, #NUM! and #NULL! as results (CustomFunctionsRuntime 1.3). */
export const ERROR_CODES_REQUIREMENT: Requirement = {
  name: "CustomFunctionsRuntime",
  version: "1.3",
};
/** Entity values returned by a function (CustomFunctionsRuntime 1.4). */
export const ENTITY_REQUIREMENT: Requirement = { name: "CustomFunctionsRuntime", version: "1.4" };

/**
 * Whether the host supports a requirement set above the manifest's; false outside Office.
 *
 * @example
 * supports(ENTITY_REQUIREMENT) //=> false in node
 */
export function supports(requirement: Requirement): boolean {
  const requirements = office()?.context?.requirements;
  return requirements?.isSetSupported?.(requirement.name, requirement.version) === true;
}

/**
 * Whether the host can show entity values returned by custom functions.
 *
 * @example
 * supportsEntities() //=> false outside Excel
 */
export function supportsEntities(): boolean {
  return supports(ENTITY_REQUIREMENT);
}
