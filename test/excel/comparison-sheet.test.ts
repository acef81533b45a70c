import { installFakeExcel } from "../support/fake-excel";
import {
  comparisonFormulas,
  insertComparisonSheet,
  type ComparisonLayout,
} from "../../src/excel/comparison-sheet";
import { emptyRegistry } from "../../src/excel/registry-format";

const layout: ComparisonLayout = {
  sheetName: "对比",
  note: "齐鲁产业集群 · 2026.11.0",
  levelLabel: "级别",
  kindLabel: "类型",
  rowHeader: "城市",
  totalLabel: "合计",
  rows: [{ label: "济南" }, { label: "青岛" }, { label: "=烟台" }],
  columns: [
    { label: "国家级战新", level: "national", kind: "strategic-emerging" },
    { label: "省级先进制造业", level: "provincial", kind: "advanced-manufacturing" },
  ],
};

describe("comparisonFormulas", () => {
  test("lays out levels and kinds above the header, one SD.COUNT per city and programme, totals below", () => {
    const grid = comparisonFormulas(layout);
    expect(grid[1]).toEqual(["级别", "national", "provincial"]);
    expect(grid[2]).toEqual(["类型", "strategic-emerging", "advanced-manufacturing"]);
    expect(grid[3]).toEqual(["城市", "国家级战新", "省级先进制造业"]);
    expect(grid[4]).toEqual(["济南", "=SD.COUNT($A5,B$2,B$3)", "=SD.COUNT($A5,C$2,C$3)"]);
    expect(grid[6][2]).toBe("=SD.COUNT($A7,C$2,C$3)");
    expect(grid[7]).toEqual(["合计", "=SUM(B5:B7)", "=SUM(C5:C7)"]);
  });

  test("keeps a label that looks like a formula as text", () => {
    expect(comparisonFormulas(layout)[6][0]).toBe("'=烟台");
  });
});

describe("insertComparisonSheet", () => {
  test("writes live formulas on a new sheet in 2 syncs, and Excel evaluates them", async () => {
    const calls: unknown[][] = [];
    const fake = installFakeExcel({
      functions: {
        "SD.COUNT": (query, level, kind) => {
          calls.push([query, level, kind]);
          return query === "济南" ? 3 : 1;
        },
      },
    });
    try {
      const result = await insertComparisonSheet({
        layout,
        lang: "zh-CN",
        version: "2026.11.0",
        registry: { partId: null, registry: emptyRegistry() },
      });
      expect(result.sheetName).toBe("对比");
      expect(fake.log.syncCount).toBe(2);
      expect(fake.workbook.formulasAt("对比!B5:C5")).toEqual([
        ["=SD.COUNT($A5,B$2,B$3)", "=SD.COUNT($A5,C$2,C$3)"],
      ]);
      expect(fake.workbook.values("对比!B5:B6")).toEqual([[3], [1]]);
      expect(calls).toContainEqual(["济南", "national", "strategic-emerging"]);
      expect(fake.workbook.values("对比!A7:A7")).toEqual([["=烟台"]]);
      expect(fake.workbook.cell("对比!A7")!.formula).toBeUndefined();
      expect(result.entry).toMatchObject({
        type: "comparison",
        sheetName: "对比",
        columns: ["国家级战新", "省级先进制造业"],
      });
    } finally {
      fake.uninstall();
    }
  });
});
