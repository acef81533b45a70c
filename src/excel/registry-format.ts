/**
 * The workbook registry: what the add-in inserted, stored in the workbook itself as a custom XML
 * part (see registry.ts for why). This module is the format alone: parsing, serialising,
 * migrating. Pure, so every version of it can be tested without Excel.
 */

export const REGISTRY_NAMESPACE = "urn:qilu-clusters:registry";
export const REGISTRY_FORMAT = 1;

export type Language = "zh-CN" | "en";

/** The query that produced an inserted table: enough to produce it again from a newer dataset. */
export interface TableQuery {
  /** What the table lists: clusters, or a count summary by city / kind / industry. */
  view: "clusters" | "summary-by-city" | "summary-by-kind" | "summary-by-industry";
  /** The search text, as typed. */
  query: string;
  level: string;
  kind: string;
  /** The pane's narrowing filters, "" or absent for all: a city id, "programme#batch", an industry (zh). */
  city?: string;
  batch?: string;
  industry?: string;
  /** Field ids in column order (clusters view). */
  fields: string[];
}

export interface RegistryEntry {
  /** Stable id of this entry, e.g. "t-3". */
  id: string;
  type: "table" | "chart" | "comparison";
  /** The table's name as the add-in last wrote it: the key it is found by. */
  tableName: string;
  /**
   * Excel's table id, which survives renames. Excel assigns it only once the insert's write has
   * synced, so the first refresh records it; from then on a renamed table is still found.
   */
  tableId?: string;
  sheetName: string;
  /** Excel's worksheet id, recorded by refresh: a renamed comparison sheet is still found. */
  sheetId?: string;
  /** Address of the note cell beside the table (version and sources). */
  noteAddress: string;
  /** The chart built on the table, where type is "chart". */
  chartName?: string;
  request: TableQuery;
  lang: Language;
  /** Dataset version the table was last written from. */
  version: string;
  insertedAt: string;
  refreshedAt: string;
  /** Our column headers, in order, as last written: columns not listed are the user's own. */
  columns: string[];
}

export interface Registry {
  format: number;
  entries: RegistryEntry[];
}

export class RegistryFormatError extends Error {
  constructor(
    readonly reason: "newer" | "unreadable",
    readonly found?: number
  ) {
    super(
      reason === "newer"
        ? `registry format ${found} is newer than ${REGISTRY_FORMAT}`
        : "registry unreadable"
    );
    this.name = "RegistryFormatError";
  }
}

export function emptyRegistry(): Registry {
  return { format: REGISTRY_FORMAT, entries: [] };
}

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const unescapeXml = (s: string) =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The XML of the registry part. The root declares xmlns, without which getByNamespace cannot find it. */
export function serializeRegistry(registry: Registry): string {
  return (
    `<registry xmlns="${REGISTRY_NAMESPACE}" format="${registry.format}">` +
    escapeXml(JSON.stringify(registry.entries)) +
    `</registry>`
  );
}

/**
 * Reads the registry part. Throws RegistryFormatError for a newer format (a newer add-in wrote
 * it: refreshing with this one could lose what it recorded) or an unreadable part.
 */
export function parseRegistry(xml: string): Registry {
  const match = /^\s*(?:<\?xml[^>]*\?>\s*)?<registry\b([^>]*)>([\s\S]*)<\/registry>\s*$/.exec(xml);
  if (!match) throw new RegistryFormatError("unreadable");
  const format = Number(/\bformat="(\d+)"/.exec(match[1])?.[1]);
  if (!Number.isInteger(format) || format < 1) throw new RegistryFormatError("unreadable");
  if (format > REGISTRY_FORMAT) throw new RegistryFormatError("newer", format);
  let entries: unknown;
  try {
    entries = JSON.parse(unescapeXml(match[2]));
  } catch {
    throw new RegistryFormatError("unreadable");
  }
  if (!Array.isArray(entries)) throw new RegistryFormatError("unreadable");
  return { format: REGISTRY_FORMAT, entries: entries.map(withDefaults) };
}

const text = (value: unknown, fallback = ""): string =>
  typeof value === "string" ? value : fallback;
const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
const VIEWS: TableQuery["view"][] = [
  "clusters",
  "summary-by-city",
  "summary-by-kind",
  "summary-by-industry",
];

/**
 * An entry as recorded by any add-in of this format, older ones included: fields an older
 * version did not write (or a damaged part lacks) get defaults, so that the entry can still be
 * listed and refreshed, or reported as pointing at nothing when it names no table or sheet.
 */
function withDefaults(raw: unknown, index: number): RegistryEntry {
  const e = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const q = (e.request && typeof e.request === "object" ? e.request : {}) as Record<
    string,
    unknown
  >;
  const type = e.type === "chart" || e.type === "comparison" ? e.type : "table";
  const view = VIEWS.find((v) => v === q.view) ?? "clusters";
  const insertedAt = text(e.insertedAt);
  return {
    id: text(e.id) || `t-${index + 1}`,
    type,
    tableName: text(e.tableName),
    ...(typeof e.tableId === "string" ? { tableId: e.tableId } : {}),
    sheetName: text(e.sheetName),
    ...(typeof e.sheetId === "string" ? { sheetId: e.sheetId } : {}),
    noteAddress: text(e.noteAddress),
    ...(typeof e.chartName === "string" ? { chartName: e.chartName } : {}),
    request: {
      view,
      query: text(q.query),
      level: text(q.level),
      kind: text(q.kind),
      ...(typeof q.city === "string" ? { city: q.city } : {}),
      ...(typeof q.batch === "string" ? { batch: q.batch } : {}),
      ...(typeof q.industry === "string" ? { industry: q.industry } : {}),
      fields: texts(q.fields),
    },
    lang: e.lang === "en" ? "en" : "zh-CN",
    version: text(e.version),
    insertedAt,
    refreshedAt: text(e.refreshedAt, insertedAt),
    columns: texts(e.columns),
  };
}

/** The next free entry id. */
export function nextEntryId(registry: Registry): string {
  const used = new Set(registry.entries.map((e) => e.id));
  let n = registry.entries.length + 1;
  while (used.has(`t-${n}`)) n += 1;
  return `t-${n}`;
}
