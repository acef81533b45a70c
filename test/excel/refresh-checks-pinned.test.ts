import "../support/dom-parser";
// What the checks of a refresh ask Excel for, pinned: only the tables' names, where rows move.
import {
  clusters,
  Dataset,
  empty,
  freshWorkbook,
  insertAt,
  refresh,
  V2,
  type Fake,
} from "./refresh-fixture";

let fake: Fake;
let dataset: Dataset;
beforeEach(() => {
  ({ fake, dataset } = freshWorkbook());
});
afterEach(() => fake.uninstall());

test("the tables below a table whose rows move are read by name only", async () => {
  dataset.rows["烟台"] = clusters(1, 2);
  const registry = await insertAt(fake, empty(), dataset, "Sheet1!B2", "烟台");
  dataset.version = V2;
  dataset.rows["烟台"] = clusters(1, 2, 3);
  fake.log.clear();
  const report = await refresh(registry, dataset);
  expect(report.outcomes[0]).toMatchObject({ status: "refreshed", added: 1, moved: "cells" });
  const tableLoads = fake.log.entries
    .filter((e) => e.kind === "load" && /getTables\((true|false)\)$/.test(e.path))
    .map((e) => [e.path.slice(e.path.lastIndexOf("getTables")), e.member]);
  expect(tableLoads).toStrictEqual([
    ["getTables(false)", "items/name"],
    ["getTables(true)", "items/name"],
  ]);
});
