/**
 * Runs before the custom functions bundle. Outside Office (a plain browser, or when office.js
 * could not load) there is no `CustomFunctions` global, and the `CustomFunctions.associate`
 * calls that the metadata plugin appends to functions.ts would throw. A registry that only
 * records the associations lets the page start in preview mode with no console error.
 */
const host = globalThis as { CustomFunctions?: { associate?: unknown } };
if (typeof host.CustomFunctions?.associate !== "function") {
  const registered = new Map<string, unknown>();
  host.CustomFunctions = Object.assign(host.CustomFunctions ?? {}, {
    associate(id: string, fn: unknown) {
      registered.set(id.toUpperCase(), fn);
    },
    previewRegistry: registered,
  });
}

export {};
