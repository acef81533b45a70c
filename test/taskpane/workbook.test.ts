import "../support/dom-parser";
import { excelWorkbook } from "../../src/taskpane/workbook";
import { loadRegistry, type LoadedRegistry } from "../../src/excel/registry";
import { installFakeExcel, type FakeExcel } from "../support/fake-excel";

let fake: FakeExcel & { uninstall(): void };
beforeEach(() => {
  fake = installFakeExcel();
});
afterEach(() => fake.uninstall());

const table = (sheetName: string) => ({
  content: { header: ["编号"], rows: [["a"]] },
  request: { view: "clusters" as const, query: "", level: "", kind: "", fields: ["id"] },
  lang: "zh-CN" as const,
  version: "test",
  note: "note",
  placement: { kind: "new-sheet" as const, sheetName },
});

test("reads the registry once and builds each write on the registry the last one returned", async () => {
  let loads = 0;
  const workbook = excelWorkbook(() => {
    loads += 1;
    return loadRegistry();
  });
  const first = await workbook.insertTable(table("A"));
  const second = await workbook.insertTable(table("B"));
  expect(loads).toBe(1);
  expect(first.entry.id).toBe("t-1");
  expect(second.entry.id).toBe("t-2");
  expect(second.registry.registry.entries.map((e) => e.id)).toEqual(["t-1", "t-2"]);
  expect(fake.workbook.customXmlParts).toHaveLength(1);
});

test("a registry that could not be read is read again on the next write", async () => {
  let loads = 0;
  const workbook = excelWorkbook(() => {
    loads += 1;
    return loads === 1
      ? Promise.reject(new Error("busy"))
      : Promise.resolve<LoadedRegistry>({ partId: null, registry: { format: 1, entries: [] } });
  });
  const result = await workbook.insertTable(table("A"));
  expect(loads).toBe(2);
  expect(result.entry.id).toBe("t-1");
});
