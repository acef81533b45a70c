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
}

/**
 * Runs `work` against a fresh fake workbook (SD.COUNT registered) and counts what it cost;
 * what `setup` does to the workbook first is not counted.
 */
async function counted<T>(
  setup: () => Promise<T>,
  work: (prepared: T) => Promise<unknown>
): Promise<Counted> {
  const fake = installFakeExcel({
    sheetNames: ["Sheet1"],
    functions: { "SD.COUNT": sdCount as (...args: unknown[]) => unknown },
  });
  try {
    fake.workbook.select("B2");
    const prepared = await setup();
    fake.log.clear();
    const evaluated = fake.workbook.formulas.evaluations.length;
    await work(prepared);
    return {
      syncs: fake.log.syncCount,
      roundTrips: fake.log.roundTrips,
      evaluations: fake.workbook.formulas.evaluations.length - evaluated,
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

async function insertFigures(real: Catalog, large: Catalog): Promise<Figure[]> {
  const figures: Figure[] = [];
  const twentyFive = clustersTable(real, {}, "zh-CN");
  twentyFive.rows = twentyFive.rows.slice(0, 25);
  const tenThousand = clustersTable(large, {}, "zh-CN");
  const placements: [string, Placement][] = [
    ["at the selection", { kind: "selection" }],
    ["on a new sheet", { kind: "new-sheet", sheetName: "集群" }],
  ];
  for (const [content, rows] of [
    [twentyFive, 25],
    [tenThousand, tenThousand.rows.length],
  ] as const) {
    for (const [where, placement] of placements) {
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
      figures.push(
        syncFigure(
          `insertTable, ${rows.toLocaleString("en-US")} rows ${where}`,
          result,
          1,
          "insertTable reads before it writes (names in use, and whether the target cells are empty, so nothing is overwritten), then writes: 2 syncs, constant in the rows. " +
            "One sync would need the read folded into the write: e.g. the pane keeping the sheet and table names it last read, and the occupancy check done by Excel itself (a table add over occupied cells fails at the write's sync, which then rolls back nothing already written since the table is queued first)."
        )
      );
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
  comparisonRepeat: number
): Promise<LoadedRegistry> {
  let registry: LoadedRegistry = { partId: null, registry: emptyRegistry() };
  const cities = real.dataset.cities;
  for (let i = 0; i < tables; i++) {
    const request: TableQuery = {
      view: "clusters",
      query: cities[i % cities.length].short,
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

async function refreshFigures(real: Catalog): Promise<Figure[]> {
  const figures: Figure[] = [];
  const cases: [string, number, number, number, string][] = [
    ["refresh-all, K = 1 table", 1, 0, 2, "refresh-all"],
    ["refresh-all, K = 50 tables", 50, 0, 2, "refresh-all"],
    [
      "refresh-all re-entering 112 SD.COUNT formulas (comparison sheet) + 1 table",
      1,
      1,
      3,
      "re-evaluation",
    ],
    [
      "refresh-all re-entering 1,120 SD.COUNT formulas (comparison sheet) + 1 table",
      1,
      10,
      3,
      "re-evaluation",
    ],
  ];
  for (const [name, tables, repeat, target, kind] of cases) {
    let report: RefreshReport | undefined;
    const result = await counted(
      () => trackedWorkbook(real, tables, repeat),
      async (registry) => {
        report = await refreshTables({
          registry,
          produce: produce(real),
          datasetVersion: real.dataset.version,
          now: NOW,
        });
      }
    );
    const faults = report!.outcomes.filter((o) => o.status === "fault").length;
    const figure = syncFigure(
      name,
      result,
      target,
      kind === "refresh-all"
        ? "the refresh reads every table, then writes every table"
        : "re-entering formulas needs them read first (they are found with getSpecialCells in the write batch), so it is one sync after the write"
    );
    figures.push({
      ...figure,
      ...(kind === "re-evaluation"
        ? {
            target: {
              ...figure.target!,
              text: "3 syncs (read, write + formula search, formula re-entry), constant in the number of formulas",
            },
          }
        : {}),
      note: `${report!.outcomes.length - faults} of ${report!.outcomes.length} entries refreshed, ${report!.formulasRewritten} SD formulas re-entered${faults ? `, ${faults} faults` : ""}; setup not counted`,
    });
  }
  return figures;
}

export async function roundTripFigures(real: Catalog, large: Catalog): Promise<Figure[]> {
  return [
    ...(await insertFigures(real, large)),
    ...(await formulaFigures(real)),
    ...(await refreshFigures(real)),
  ];
}
