import { tableStatuses } from "../../src/excel/table-status";
import type { RegistryEntry } from "../../src/excel/registry-format";

const entry = (id: string, extra: Partial<RegistryEntry>): RegistryEntry => ({
  id,
  type: "table",
  tableName: `SD_${id}`,
  sheetName: "Sheet1",
  noteAddress: "Sheet1!A1",
  request: { view: "clusters", query: "", level: "", kind: "", fields: ["id"] },
  lang: "zh-CN",
  version: "2026.11.0",
  insertedAt: "2026-11-01T00:00:00.000Z",
  refreshedAt: "2026-11-02T00:00:00.000Z",
  columns: ["编号"],
  ...extra,
});

test("says per entry whether it is current, or which version it was written from", () => {
  const loaded = {
    partId: "{P}",
    registry: {
      format: 1,
      entries: [
        entry("t1", {}),
        entry("t2", { version: "2026.12.0" }),
        entry("t3", { type: "comparison", tableName: "", sheetName: "集群对比", version: "" }),
      ],
    },
  };
  expect(tableStatuses(loaded, "2026.12.0")).toEqual([
    {
      entryId: "t1",
      type: "table",
      name: "SD_t1",
      sheetName: "Sheet1",
      version: "2026.11.0",
      refreshedAt: "2026-11-02T00:00:00.000Z",
      current: false,
    },
    expect.objectContaining({ entryId: "t2", current: true }),
    expect.objectContaining({ entryId: "t3", name: "集群对比", version: "", current: false }),
  ]);
});
