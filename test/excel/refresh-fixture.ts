import "../support/dom-parser";
/**
 * A workbook with tables inserted the way the pane inserts them, and a dataset that can change
 * under them, for the refresh tests.
 */
import { installFakeExcel } from "../support/fake-excel";
import { insertComparisonSheet, type ComparisonLayout } from "../../src/excel/comparison-sheet";
import { insertTable } from "../../src/excel/insert-table";
import type { LoadedRegistry } from "../../src/excel/registry";
import {
  emptyRegistry,
  type RegistryEntry,
  type TableQuery,
} from "../../src/excel/registry-format";
import { refreshTables, type RefreshOptions, type RefreshReport } from "../../src/excel/refresh";
import type { ProducedTable } from "../../src/excel/refresh-types";
import type { PlannedWrite } from "../../src/excel/refresh-write";

export const HEADER = ["编号", "名称", "城市"];
export const FIELDS = ["id", "name", "city"];
export const V1 = "2026.11.0";
export const V2 = "2026.12.0";
export const INSERTED_AT = "2026-11-23T08:00:00.000Z";
export const REFRESHED_AT = "2026-12-20T09:30:00.000Z";

export type Fake = ReturnType<typeof installFakeExcel>;

/** Cluster rows as the dataset gives them: [id, name, city]. */
export const clusters = (...ids: number[]) => ids.map((n) => [`c-${n}`, `集群${n}`, "烟台"]);

export const note = (version: string) => `齐鲁产业集群 数据版本 ${version}`;

/** The dataset: rows per query, at a version; tests change `rows` to "update" it. */
export class Dataset {
  version = V1;
  rows: Record<string, (string | number)[][]> = {};
  calls = 0;

  produce = (request: TableQuery): ProducedTable => {
    this.calls += 1;
    const rows = this.rows[request.query];
    if (!rows) throw new Error(`unknown query ${request.query}`);
    const header = request.view === "clusters" ? HEADER : ["城市", "数量"];
    return {
      header,
      rows: rows.map((r) => r.slice()),
      note: note(this.version),
    };
  };
}

/** A test's workbook: a fresh fake Excel with these sheets (else one Sheet1), an empty dataset. */
export function freshWorkbook(sheetNames?: string[]): { fake: Fake; dataset: Dataset } {
  const fake = installFakeExcel({ sheetNames });
  return { fake, dataset: new Dataset() };
}

/** Sheet1 and Sheet2, the dataset answering 烟台 with c-1, c-2 and 济南 with `jinan` (c-7). */
export function twoCityWorkbook(jinan = clusters(7)): { fake: Fake; dataset: Dataset } {
  const { fake, dataset } = freshWorkbook(["Sheet1", "Sheet2"]);
  dataset.rows["烟台"] = clusters(1, 2);
  dataset.rows["济南"] = jinan;
  return { fake, dataset };
}

export const request = (query: string, fields = FIELDS): TableQuery => ({
  view: "clusters",
  query,
  level: "",
  kind: "",
  fields,
});

/** Inserts a table at `at` (the note's cell) through the add-in's own insert. */
export async function insertAt(
  fake: Fake,
  registry: LoadedRegistry,
  dataset: Dataset,
  at: string,
  query: string,
  extra: { fields?: string[]; chart?: boolean } = {}
): Promise<LoadedRegistry> {
  fake.workbook.select(at);
  const req = request(query, extra.fields);
  if (extra.chart) req.view = "summary-by-city";
  const produced = dataset.produce(req);
  const result = await insertTable({
    content: { header: produced.header, rows: produced.rows },
    request: req,
    lang: "zh-CN",
    version: dataset.version,
    note: produced.note,
    placement: { kind: "selection" },
    registry,
    now: INSERTED_AT,
    ...(extra.chart ? { chart: { title: "数量" } } : {}),
  });
  return result.registry;
}

export const empty = (): LoadedRegistry => ({ partId: null, registry: emptyRegistry() });

/** The comparison sheet the refresh tests insert: 集群对比, one city, one programme, at V1. */
export const COMPARISON_LAYOUT: ComparisonLayout = {
  sheetName: "集群对比",
  note: note(V1),
  levelLabel: "级别",
  kindLabel: "类别",
  rowHeader: "城市",
  totalLabel: "合计",
  rows: [{ label: "烟台" }],
  columns: [{ label: "国家级", level: "国家级", kind: "先进制造业集群" }],
};

/** Inserts the comparison sheet at V1 through the add-in's own insert; returns the new registry. */
export async function insertComparison(
  registry = empty(),
  lang: "zh-CN" | "en" = "zh-CN"
): Promise<LoadedRegistry> {
  const inserted = await insertComparisonSheet({
    layout: COMPARISON_LAYOUT,
    lang,
    version: V1,
    registry,
    now: INSERTED_AT,
  });
  return inserted.registry;
}

/** The registry with its entries replaced by `entries` (the part id kept). */
export const withEntries = (r: LoadedRegistry, entries: RegistryEntry[]): LoadedRegistry => ({
  ...r,
  registry: { ...r.registry, entries },
});

/** What each entry of a refresh came to: the fault (kind and facts) or its status, "refreshed". */
export const results = (report: RefreshReport) =>
  report.outcomes.map((o) => (o.status === "fault" ? o.fault : o.status));

/** A refresh from the updated dataset, as the pane runs it. */
export function refresh(
  registry: LoadedRegistry,
  dataset: Dataset,
  extra: Partial<RefreshOptions> = {}
) {
  return refreshTables({
    registry,
    produce: dataset.produce,
    datasetVersion: dataset.version,
    now: REFRESHED_AT,
    ...extra,
  });
}

/** Every non-empty cell of a sheet outside `except` ("B2:D9"), as "A1=value". */
export function cellsOutside(fake: Fake, sheet: string, except?: string): string[] {
  const grid = fake.workbook.formulasAt(`${sheet}!A1:Z200`);
  const box = except ? fake.workbook.ref(`${sheet}!${except}`).rect : undefined;
  const out: string[] = [];
  grid.forEach((row, r) =>
    row.forEach((v, c) => {
      const inside =
        box &&
        r >= box.row &&
        r < box.row + box.rowCount &&
        c >= box.column &&
        c < box.column + box.columnCount;
      if (v !== "" && !inside) out.push(`${String.fromCharCode(65 + c)}${r + 1}=${String(v)}`);
    })
  );
  return out;
}

/** The user adds a column to a table (Excel's table.columns.add), header and values given. */
export async function addUserColumn(tableName: string, header: string, values: string[]) {
  await Excel.run(async (context) => {
    context.workbook.tables
      .getItem(tableName)
      .columns.add(undefined, [[header], ...values.map((v) => [v])]);
    await context.sync();
  });
}

/** Everything a sheet holds, formulas and values, for "nothing changed" checks. */
export const sheetContents = (fake: Fake, sheet: string) =>
  JSON.stringify(fake.workbook.formulasAt(`${sheet}!A1:Z200`));

/** A table's write as the batching sees it, rows given in full; jsonBytes(["a"]) + jsonBytes(["@"]) is 10 bytes. */
export const rowsWrite = (values: string[][]) =>
  ({ plan: { values, formats: ["@"] }, move: "none", offset: 0 }) as unknown as PlannedWrite;
