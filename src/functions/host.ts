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

function office(): OfficeLike | undefined {
  const host = globalThis as { Office?: OfficeLike };
  return typeof host.Office === "object" && host.Office !== null ? host.Office : undefined;
}

/**
 * Office's display language ("zh-CN", "en-US" …), or `undefined` outside Office.
 *
 * @example
 * displayLanguage() //=> undefined in node
 */
export function displayLanguage(): unknown {
  try {
    return office()?.context?.displayLanguage;
  } catch {
    return undefined;
  }
}

/**
 * Whether the host can show entity values returned by custom functions
 * (CustomFunctionsRuntime 1.4).
 *
 * @example
 * supportsEntities() //=> false outside Excel
 */
export function supportsEntities(): boolean {
  try {
    const requirements = office()?.context?.requirements;
    return (
      typeof requirements?.isSetSupported === "function" &&
      requirements.isSetSupported("CustomFunctionsRuntime", "1.4") === true
    );
  } catch {
    return false;
  }
}
