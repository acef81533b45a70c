/**
 * Section 4: Excel round trips, counted by the recording fake host (test/support/fake-excel).
 * Round trips are what make an add-in slow in Excel on the web, so the figure is their number,
 * which must not grow with the rows or tables handled.
 */
import type { Catalog } from "../src/core/catalog";
import { clustersTable } from "../src/core/queries";
import { insertComparisonSheet, type ComparisonLayout } from "../src/excel/comparison-sheet";
import { insertTable, type Placement } from "../src/excel/insert-table";
import { refreshTables, type RefreshReport } from "../src/excel/refresh";
import type { Produce } from "../src/excel/refresh-types";
import type { LoadedRegistry } from "../src/excel/registry";
import { emptyRegistry, type TableQuery } from "../src/excel/registry-format";
import { count as sdCount } from "../src/functions/functions";
import { installFakeExcel } from "../test/support/fake-excel";
import type { Figure } from "./results";

const SECTION = "4 round trips";
const NOW = "2025-01-01T00:00:00.000Z";

interface Counted {
  syncs: number;
  roundTrips: number;
  evaluations: number;
  /** Bytes of the largest request or response of any sync. */
  largest: number;
}

/**
 * Runs `work` against a fresh fake workbook (SD.COUNT registered) and counts what it cost;
 * what `setup` does to the workbook first is not counted.
 */
async function counted<T>(
  setup: (fake: ReturnType<typeof installFakeExcel>) => Promise<T>,
  work: (prepared: T) => Promise<unknown>
): Promise<Counted> {
  const fake = installFakeExcel({
    sheetNames: ["Sheet1"],
    functions: { "SD.COUNT": sdCount as (...args: unknown[]) => unknown },
  });
  try {
    fake.workbook.select("B2");
    const prepared = await setup(fake);
    fake.log.clear();
    const evaluated = fake.workbook.formulas.evaluations.length;
    await work(prepared);
    return {
      syncs: fake.log.syncCount,
      roundTrips: fake.log.roundTrips,
      evaluations: fake.workbook.formulas.evaluations.length - evaluated,
      largest: Math.max(fake.log.largestRequest, fake.log.largestResponse),
    };
  } finally {
    fake.uninstall();
  }
}

function syncFigure(name: string, result: Counted, target: number, why: string): Figure {
  return {
    section: SECTION,
    name,
    value: result.syncs,
    unit: "syncs",
    versus: `${result.roundTrips} round trips with Excel.run's closing flush`,
    target: {
      text: `${target} sync${target > 1 ? "s" : ""}, whatever the size`,
      met: result.syncs <= target,
      ...(result.syncs <= target ? {} : { why }),
    },
  };
}

const MB = 1_000_000;

function payloadFigure(name: string, result: Counted, note: string): Figure {
  return {
    section: SECTION,
    name: `${name}: largest sync`,
    value: Math.round((result.largest / MB) * 100) / 100,
    unit: "MB",
    versus: `${result.syncs} syncs`,
    target: { text: "≤ 4 MB (Excel on the web refuses 5 MB)", met: result.largest <= 4 * MB },
    note,
  };
}

const INSERT_TARGET =
  "2 + C: one read, C batches of rows (≤ 4 MB each, C grows only with bytes), one registry write";

async function insertFigures(real: Catalog, large: Catalog): Promise<Figure[]> {
  const figures: Figure[] = [];
  const twentyFive = clustersTable(real, {}, "zh-CN");
  twentyFive.rows = twentyFive.rows.slice(0, 25);
  const tenThousand = clustersTable(large, {}, "zh-CN");
  const hundredThousand = {
    header: Array.from({ length: 20 }, (_, c) => `字段${c + 1}`),
    rows: Array.from({ length: 100_000 }, (_, r) =>
      Array.from({ length: 20 }, (_, c) => (c === 0 ? `c-${r}` : `烟台市第${r}号集群 ${c}`))
    ),
  };
  const placements: [string, Placement][] = [
    ["at the selection", { kind: "selection" }],
    ["on a new sheet", { kind: "new-sheet", sheetName: "集群" }],
  ];
  for (const [content, rows, fields] of [
    [twentyFive, 25, twentyFive.header.length],
    [tenThousand, tenThousand.rows.length, tenThousand.header.length],
    [hundredThousand, 100_000, 20],
  ] as const) {
    for (const [where, placement] of placements) {
      if (rows === 100_000 && placement.kind === "new-sheet") continue;
      const result = await counted(
        async () => undefined,
        () =>
          insertTable({
            content,
            request: { view: "clusters", query: "", level: "", kind: "", fields: [] },
            lang: "zh-CN",
            version: real.dataset.version,
            note: `数据版本 ${real.dataset.version}`,
            placement,
            registry: { partId: null, registry: emptyRegistry() },
            now: NOW,
          })
      );
      const name = `insertTable, ${rows.toLocaleString("en-US")} rows × ${fields} fields ${where}`;
      const chunks = result.syncs - 2;
      figures.push({
        section: SECTION,
        name,
        value: result.syncs,
        unit: "syncs",
        versus: `C = ${chunks} batch${chunks > 1 ? "es" : ""} of rows`,
        target: { text: INSERT_TARGET, met: result.largest <= 4 * MB },
      });
      figures.push(payloadFigure(name, result, "request of the largest batch, as JSON in UTF-8"));
    }
  }
  return figures;
}

/** The comparison sheet: SD.COUNT formulas for `cities` rows × every programme. */
function layout(real: Catalog, repeat: number): ComparisonLayout {
  const rows = Array.from({ length: repeat }, () =>
    real.dataset.cities.map((city) => ({ label: city.short }))
  ).flat();
  return {
    sheetName: "对比",
    note: "note",
    levelLabel: "级别",
    kindLabel: "类别",
    rowHeader: "城市",
    totalLabel: "合计",
    rows,
    columns: real.dataset.programs.map((p) => ({ label: p.name.zh, level: p.level, kind: p.kind })),
  };
}

async function formulaFigures(real: Catalog): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const repeat of [1, 10]) {
    const sheet = layout(real, repeat);
    const formulas = sheet.rows.length * sheet.columns.length;
    const result = await counted(
      async () => undefined,
      () =>
        insertComparisonSheet({
          layout: sheet,
          lang: "zh-CN",
          version: real.dataset.version,
          registry: { partId: null, registry: emptyRegistry() },
          now: NOW,
        })
    );
    figures.push({
      ...syncFigure(
        `comparison sheet of ${formulas.toLocaleString("en-US")} SD.COUNT formulas (written and evaluated)`,
        result,
        2,
        "the sheet's write grows with the formulas"
      ),
      note: `the fake host ran ${result.evaluations} formula evaluations while the sheet was written, all within those 2 syncs`,
    });
  }
  return figures;
}

/** A workbook with `tables` inserted tables (one per sheet) and, optionally, a comparison sheet. */
async function trackedWorkbook(
  real: Catalog,
  tables: number,
  comparisonRepeat: number,
  everything = false
): Promise<LoadedRegistry> {
  let registry: LoadedRegistry = { partId: null, registry: emptyRegistry() };
  const cities = real.dataset.cities;
  for (let i = 0; i < tables; i++) {
    const request: TableQuery = {
      view: "clusters",
      query: everything ? "" : cities[i % cities.length].short,
      level: "",
      kind: "",
      fields: [],
    };
    const produced = produce(real)(request, "zh-CN");
    const placement: Placement = { kind: "new-sheet", sheetName: `表${i + 1}` };
    registry = (
      await insertTable({
        content: produced,
        request,
        lang: "zh-CN",
        version: real.dataset.version,
        note: produced.note,
        placement,
        registry,
        now: NOW,
      })
    ).registry;
  }
  if (comparisonRepeat > 0) {
    registry = (
      await insertComparisonSheet({
        layout: layout(real, comparisonRepeat),
        lang: "zh-CN",
        version: real.dataset.version,
        registry,
        now: NOW,
      })
    ).registry;
  }
  return registry;
}

/** The pane's way of producing a tracked table again, over the real catalog. */
const produce =
  (real: Catalog): Produce =>
  (request, lang) => ({
    ...clustersTable(
      real,
      {
        query: [request.query],
        level: [request.level],
        kind: [request.kind],
        fields: request.fields,
      },
      lang
    ),
    note: `数据版本 ${real.dataset.version}`,
  });

const REFRESH_TARGET =
  "1 find + R reads + 1 checks + B writes + 1 + F formula bands (+ W): R, B, F ≥ 1 grow only with bytes; constant in K and in formulas";

/** 400,000 ordinary formulas (no SD ones) on a sheet of their own: 20,000 rows × 20 columns. */
function manyFormulas(fake: ReturnType<typeof installFakeExcel>): void {
  const sheet = fake.workbook.sheets[0];
  for (let r = 0; r < 20_000; r++)
    for (let c = 0; c < 20; c++) {
      const cell = sheet.cells.ensure(5_000 + r, 30 + c);
      cell.formula = `=AE${5_000 + r}*${c + 1}+ROW()`;
      cell.value = 0;
    }
}

async function refreshFigures(real: Catalog, large: Catalog): Promise<Figure[]> {
  const figures: Figure[] = [];
  const cases: [string, Catalog, number, number, boolean][] = [
    ["refresh-all, K = 1 table", real, 1, 0, false],
    ["refresh-all, K = 50 tables", real, 50, 0, false],
    ["refresh-all, 1 table of 10,000 rows", large, 1, 0, false],
    ["refresh-all, 1 table + 400,000 ordinary formulas", real, 1, 0, true],
    [
      "refresh-all re-entering 1,120 SD.COUNT formulas (comparison sheet) + 1 table",
      real,
      1,
      10,
      false,
    ],
  ];
  for (const [name, catalog, tables, repeat, formulas] of cases) {
    let report: RefreshReport | undefined;
    const result = await counted(
      async (fake) => {
        const registry = await trackedWorkbook(catalog, tables, repeat, catalog === large);
        if (formulas) manyFormulas(fake);
        return registry;
      },
      async (registry) => {
        report = await refreshTables({
          registry,
          produce: produce(catalog),
          datasetVersion: catalog.dataset.version,
          now: NOW,
        });
      }
    );
    const faults = report!.outcomes.filter((o) => o.status === "fault").length;
    figures.push({
      section: SECTION,
      name,
      value: result.syncs,
      unit: "syncs",
      versus: `${result.roundTrips} round trips with Excel.run's closing flush`,
      target: { text: REFRESH_TARGET, met: faults === 0 && result.largest <= 4 * MB },
      note: `${report!.outcomes.length - faults} of ${report!.outcomes.length} entries refreshed, ${report!.formulasRewritten} SD formulas re-entered${faults ? `, ${faults} faults` : ""}; setup not counted`,
    });
    figures.push(payloadFigure(name, result, "request or response, whichever is larger"));
  }
  return figures;
}

export async function roundTripFigures(real: Catalog, large: Catalog): Promise<Figure[]> {
  return [
    ...(await insertFigures(real, large)),
    ...(await formulaFigures(real)),
    ...(await refreshFigures(real, large)),
  ];
}
