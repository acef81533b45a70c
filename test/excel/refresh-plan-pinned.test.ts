import "../support/dom-parser";
// What the plan of a refresh decides, pinned where a loose test let a change through: the key of
// a summary table, a produced row without an id, the prints of a table with a user's row, and
// the row runs Excel is asked to delete.
import { joinPrints, rowPrint } from "../../src/excel/ownership";
import {
  addUserColumn,
  clusters,
  Dataset,
  empty,
  freshWorkbook,
  HEADER,
  insertAt,
  note,
  refresh,
  results,
  V2,
  type Fake,
} from "./refresh-fixture";

let fake: Fake;
let dataset: Dataset;
beforeEach(() => {
  ({ fake, dataset } = freshWorkbook());
});
afterEach(() => fake.uninstall());

test("a summary table is keyed by its first column, whatever its fields: a user column is kept", async () => {
  // Summary requests carry no fields (the pane sends []): their key is the group column.
  dataset.rows["烟台"] = [
    ["烟台", 3],
    ["济南", 2],
  ];
  const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台", {
    chart: true,
    fields: [],
  });
  await addUserColumn("SD_t1", "备注", ["", "省会"]);
  dataset.version = V2;
  dataset.rows["烟台"] = [
    ["济南", 4],
    ["青岛", 1],
  ];
  const report = await refresh(registry, dataset);
  expect(results(report)).toStrictEqual(["refreshed"]);
  expect(report.outcomes[0]).toMatchObject({ added: 1, removed: 1 });
  expect(fake.workbook.values("Sheet1!B2:D6")).toStrictEqual([
    [note(V2), "", ""],
    ["城市", "数量", "备注"],
    ["济南", 4, "省会"],
    ["青岛", 1, ""],
    ["", "", ""],
  ]);
});

test("our row with an empty id is replaced by the produced row with an empty id, at the end", async () => {
  dataset.rows["烟台"] = [["", "集群0", "烟台"], ...clusters(2)];
  const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
  dataset.version = V2;
  dataset.rows["烟台"] = [["", "集群新", "烟台"], ...clusters(2)];
  const report = await refresh(registry, dataset);
  expect(report.outcomes[0]).toMatchObject({ status: "refreshed", added: 1, removed: 1 });
  expect(fake.workbook.values("Sheet1!B3:D6")).toStrictEqual([
    HEADER,
    ["c-2", "集群2", "烟台"],
    ["", "集群新", "烟台"],
    ["", "", ""],
  ]);
});

test("the registry keeps the prints of our rows only, not of the row the user changed", async () => {
  dataset.rows["烟台"] = clusters(1, 2, 3);
  const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
  fake.workbook.setValues("Sheet1!C5", [["我的集群"]]); // c-2's name: the row is now the user's
  dataset.version = V2;
  const report = await refresh(registry, dataset);
  expect(report.outcomes[0]).toMatchObject({ status: "refreshed", userRows: [5] });
  const ours = [clusters(1)[0], clusters(3)[0]].map((r) => rowPrint(r));
  expect(report.registry.registry.entries[0].rows).toBe(joinPrints(ours));
});

test("consecutive removed rows go in one delete per run, bottom run first", async () => {
  dataset.rows["烟台"] = clusters(1, 2, 3, 4, 5, 6);
  const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
  dataset.version = V2;
  dataset.rows["烟台"] = clusters(1, 4);
  fake.log.clear();
  const report = await refresh(registry, dataset);
  expect(report.outcomes[0]).toMatchObject({ status: "refreshed", removed: 4, moved: "cells" });
  // Body rows 2-3 (sheet rows 5-6) and 5-6 (sheet rows 8-9): two deletes, the lower first.
  expect(fake.log.of("delete").map((e) => e.path)).toStrictEqual([
    expect.stringContaining("getRangeByIndexes(7, 1, 2, 3)"),
    expect.stringContaining("getRangeByIndexes(4, 1, 2, 3)"),
  ]);
  expect(fake.workbook.values("Sheet1!B4:D6")).toStrictEqual([
    ["c-1", "集群1", "烟台"],
    ["c-4", "集群4", "烟台"],
    ["", "", ""],
  ]);
});
