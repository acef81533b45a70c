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
  /** What the table lists: clusters, a count summary by city / kind / industry, or recognitions per year and programme. */
  view: "clusters" | "summary-by-city" | "summary-by-kind" | "summary-by-industry" | "timeline";
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
  /** The note cell's text exactly as last written: a note that differs is not ours. */
  note?: string;
  /** Excel's id of the chart inserted with the table (a chart by that name with another id is the user's). */
  chartId?: string;
  /** Fingerprints of the rows we wrote (ownership.ts): a row whose print is not here is the user's. */
  rows?: string;
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

/** The XML of the registry part. The root declares xmlns, without which getByNamespace cannot find it. */
export function serializeRegistry(registry: Registry): string {
  return (
    `<registry xmlns="${REGISTRY_NAMESPACE}" format="${registry.format}">` +
    escapeXml(JSON.stringify(registry.entries)) +
    `</registry>`
  );
}

/**
 * Reads the registry part with the platform's XML parser (DOMParser), so that a part another
 * program re-serialised (`&quot;`, `&apos;`, numeric references, CDATA, an XML declaration, other
 * quoting of attributes) still reads. Throws RegistryFormatError for a newer format (a newer
 * add-in wrote it: refreshing with this one could lose what it recorded) or an unreadable part.
 */
export function parseRegistry(xml: string): Registry {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  // Never null: a part that does not parse still gives a root (Firefox's and jsdom's
  // <parsererror>, or Chrome's partly read root with a <parsererror> inside).
  const root = doc.documentElement;
  if (
    doc.getElementsByTagName("parsererror").length > 0 ||
    root.localName !== "registry" ||
    root.namespaceURI !== REGISTRY_NAMESPACE
  )
    throw new RegistryFormatError("unreadable");
  // An absent attribute reads "null", which is no number.
  const attribute = String(root.getAttribute("format"));
  const format = Number(attribute);
  if (!/^\d+$/.test(attribute) || format < 1) throw new RegistryFormatError("unreadable");
  if (format > REGISTRY_FORMAT) throw new RegistryFormatError("newer", format);
  let entries: unknown;
  try {
    // An element's textContent is never null.
    entries = JSON.parse(String(root.textContent));
  } catch {
    // Not JSON: entries stay undefined, refused below with everything else not a list.
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
  "timeline",
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
    // An entry without an id gets one no insert can ever give ("t-N" is what inserts give).
    id: text(e.id) || `damaged-${index + 1}`,
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
    ...(typeof e.note === "string" ? { note: e.note } : {}),
    ...(typeof e.chartId === "string" ? { chartId: e.chartId } : {}),
    ...(typeof e.rows === "string" ? { rows: e.rows } : {}),
  };
}

/** The next entry id: one above every "t-N" in use, so an id is never given twice. */
export function nextEntryId(registry: Registry): string {
  const numbers = registry.entries.map((e) => Number(/^t-(\d+)$/.exec(e.id)?.[1] ?? 0));
  return `t-${Math.max(registry.entries.length, ...numbers) + 1}`;
}

/** Ids that more than one entry carries: each such entry is refused (which one is real is unknown). */
export function duplicateIds(registry: Registry): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const e of registry.entries) (seen.has(e.id) ? twice : seen).add(e.id);
  return twice;
}
