/**
 * Where the registry lives in the workbook: one custom XML part in our namespace.
 *
 * Why a custom XML part rather than document settings: settings are scoped to the add-in's id,
 * so a workbook filled by a sideloaded copy would look empty to the store copy (and to any
 * later manifest id); a custom XML part belongs to the file itself. Both travel with saves and
 * with copies of the file, and neither shows in the grid. Needs ExcelApi 1.5.
 *
 * Reading takes two round trips (find the part, then its XML), so the pane reads it once when it
 * starts and keeps it (`LoadedRegistry`); inserts and refreshes then queue their registry write
 * into their own final sync instead of adding trips.
 */
import {
  REGISTRY_NAMESPACE,
  emptyRegistry,
  parseRegistry,
  RegistryFormatError,
  serializeRegistry,
  type Registry,
} from "./registry-format";

export interface LoadedRegistry {
  /** Id of the part holding it, or null where the workbook has none yet. */
  partId: string | null;
  registry: Registry;
}

/** Reads the registry from the workbook (2 syncs). A workbook without one gets an empty registry. */
export async function loadRegistry(): Promise<LoadedRegistry> {
  return Excel.run(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(REGISTRY_NAMESPACE);
    const count = parts.getCount();
    const part = parts.getOnlyItemOrNullObject();
    part.load("id");
    await context.sync();
    // The add-in writes one part; several mean something else wrote here, and guessing which
    // one is ours could lose entries. (ClientResults have no load(): the lint rule cannot see
    // that their value is read after the sync, here and below.)
    // eslint-disable-next-line office-addins/load-object-before-read
    if (count.value > 1) throw new RegistryFormatError("unreadable");
    if (part.isNullObject) return { partId: null, registry: emptyRegistry() };
    const xml = part.getXml();
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read
    return { partId: part.id, registry: parseRegistry(xml.value) };
  });
}

/**
 * Queues writing `registry` into the workbook, in the caller's batch (no sync of its own).
 * Returns a function to call after the caller's sync, giving the registry as now stored.
 */
export function queueRegistryWrite(
  context: Excel.RequestContext,
  loaded: LoadedRegistry,
  registry: Registry
): () => LoadedRegistry {
  const xml = serializeRegistry(registry);
  if (loaded.partId) {
    context.workbook.customXmlParts.getItem(loaded.partId).setXml(xml);
    const partId = loaded.partId;
    return () => ({ partId, registry });
  }
  const part = context.workbook.customXmlParts.add(xml);
  part.load("id");
  return () => ({ partId: part.id, registry });
}
