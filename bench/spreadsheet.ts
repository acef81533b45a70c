/**
 * Section 1: what an analyst would do instead. The clusters table sits in a HyperFormula sheet
 * with the same columns SD.CLUSTERS returns; a query cell drives COUNTIFS and FILTER formulas,
 * and the figure is the recalculation after that cell changes, against SD.CLUSTERS + SD.COUNT
 * for the same query. HyperFormula's FILTER takes one column at a time, so the sheet holds one
 * FILTER per column (Excel would take one FILTER over the block; the work is the same).
 */
import { HyperFormula } from "hyperformula";
import type { Catalog } from "../src/core/catalog";
import { clustersTable, countClusters } from "../src/core/queries";
import { toGrid } from "../src/core/table";
import { clusters as sdClusters, count as sdCount } from "../src/functions/functions";
import type { Figure } from "./results";
import { compare, consume } from "./timing";

/** One query of each kind the issue names, with a second value of the same kind to move away to. */
export interface SheetQuery {
  kind: "city" | "district" | "industry" | "name variant" | "empty";
  text: string;
  other: string;
}

const COLUMN_OF_KIND = {
  city: "C",
  district: "D",
  industry: "E",
  "name variant": "C",
  empty: "C",
} as const;
const letter = (i: number) => String.fromCharCode(65 + i);

/** A sheet per query kind: data on one sheet, the query cell and its formulas on another. */
function buildSheet(catalog: Catalog, query: SheetQuery): { hf: HyperFormula; sheet: number } {
  const table = clustersTable(catalog, {}, "zh-CN");
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", useArrayArithmetic: true });
  const data = hf.getSheetId(hf.addSheet("data"))!;
  hf.setSheetContent(data, [table.header, ...table.rows]);
  // The variant has to be turned into the name the data uses: a lookup table of every city's other spellings.
  const aliases = hf.getSheetId(hf.addSheet("alias"))!;
  const aliasRows = catalog.dataset.cities.flatMap((city) =>
    [city.traditional, city.traditional.replace(/市$/, ""), city.en, city.zh].map((name) => [
      name,
      city.short,
    ])
  );
  hf.setSheetContent(aliases, aliasRows);
  const last = table.rows.length + 1;
  const col = COLUMN_OF_KIND[query.kind];
  const match = `data!$${col}$2:$${col}$${last}`;
  const key =
    query.kind === "name variant"
      ? `IFERROR(VLOOKUP($A$1,alias!$A$1:$B$${aliasRows.length},2,FALSE),$A$1)`
      : "$A$1";
  const condition =
    query.kind === "empty" ? `IF($A$1="",data!$A$2:$A$${last}<>"",${match}=$A$1)` : `${match}=$B$1`;
  const countFormula =
    query.kind === "empty"
      ? `=IF($A$1="",COUNTA(data!$A$2:$A$${last}),COUNTIFS(${match},$A$1))`
      : `=COUNTIFS(${match},$B$1)`;
  const sheet = hf.getSheetId(hf.addSheet("query"))!;
  hf.setSheetContent(sheet, [
    [query.other, `=${key}`, countFormula],
    table.header.map((_, i) => `=FILTER(data!${letter(i)}$2:${letter(i)}$${last},${condition})`),
  ]);
  return { hf, sheet };
}

export interface SpreadsheetSide {
  label: string;
  catalog: Catalog;
  /** SD.CLUSTERS + SD.COUNT for one query text ("" = the argument left empty). */
  sd: (text: string) => unknown;
}

/** The registered function code, as Excel calls it: ranges as 2-D arrays, omitted arguments as null. */
export function functionsSide(catalog: Catalog): SpreadsheetSide {
  return {
    label: "SD.CLUSTERS + SD.COUNT (functions.ts)",
    catalog,
    sd: (text) => {
      const query = text === "" ? null : [[text]];
      consume(sdClusters(query as unknown[][], null as never, null as never, null as never, null));
      return sdCount(query as unknown[][], null as never, null as never);
    },
  };
}

/** The same two calls on core directly, for a catalog the functions are not bound to. */
export function coreSide(catalog: Catalog): SpreadsheetSide {
  return {
    label: "core clustersTable + countClusters",
    catalog,
    sd: (text) => {
      const query = text === "" ? [] : [text];
      consume(toGrid(clustersTable(catalog, { query }, "zh-CN"), true, "clusters"));
      return countClusters(catalog, { query });
    },
  };
}

/** HyperFormula recalculation vs the add-in, per query; `target` is the speed-up the issue asks for. */
export function spreadsheetFigures(
  section: string,
  side: SpreadsheetSide,
  queries: readonly SheetQuery[],
  target: number | undefined
): Figure[] {
  const rows = side.catalog.dataset.clusters.length;
  return queries.map((query) => {
    const { hf, sheet } = buildSheet(side.catalog, query);
    const cell = { sheet, row: 0, col: 0 };
    const [hfUs, sdUs] = compare(
      [
        {
          name: "HyperFormula",
          // Every timed change is a real change: the cell is first set to the other query, untimed.
          before: () => hf.setCellContents(cell, [[query.other]]),
          run: () => hf.setCellContents(cell, [[query.text]]),
        },
        { name: "SD", run: () => side.sd(query.text) },
      ],
      { samples: 11, warmup: 3, minSampleMs: 3, collect: true }
    );
    hf.destroy();
    const ratio = hfUs / sdUs;
    return {
      section,
      name: `${query.kind} "${query.text}" at ${rows.toLocaleString("en-US")} rows: ${side.label}`,
      value: sdUs,
      unit: "µs",
      versus: `HyperFormula recalc (COUNTIFS + FILTER) ${Math.round(hfUs).toLocaleString("en-US")} µs`,
      ratio,
      ratioLabel: "faster",
      ...(target === undefined
        ? {}
        : {
            target: {
              text: `≥ ${target}× faster`,
              met: ratio >= target,
              ...(ratio >= target
                ? {}
                : {
                    why:
                      `HyperFormula's recalculation at ${rows.toLocaleString("en-US")} rows is itself only a few ms, so ${target}× leaves the add-in some 15-40 µs for SD.CLUSTERS + SD.COUNT together. ` +
                      "The match and the field list now come from per-catalog memos, so what is left is formatting: SD.CLUSTERS of every record sends each of its cells through field.value (a programme lookup and a label per cell). " +
                      "Keeping the formatted default rows per record and language would close it.",
                  }),
            },
          }),
    };
  });
}
