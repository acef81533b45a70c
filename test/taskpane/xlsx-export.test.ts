/**
 * The preview mode's .xlsx, opened by LibreOffice: the full dataset with every field, in both
 * header languages, converted to CSV equals the pane's CSV export cell for cell (after the note
 * row); LibreOffice's own reading (flat ODS) finds no formula, the native table and the frozen
 * header.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { JSDOM } from "jsdom";
import os from "os";
import path from "path";
import { toCsv } from "../../src/core/csv";
import { getCatalog } from "../../src/core/dataset";
import { FIELDS } from "../../src/core/fields";
import type { Language } from "../../src/core/i18n";
import { sourcesTable } from "../../src/core/listings";
import { recordsTable } from "../../src/core/queries";
import { columnLetter } from "../../src/excel/names";
import { buildXlsx } from "../../src/taskpane/xlsx-export";
import { convert } from "../support/libreoffice";
import { zipEntries } from "../support/zip-entries";

jest.setTimeout(180_000);

/** RFC 4180, as LibreOffice writes it: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") (row.push(field), (field = ""));
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      (row.push(field), rows.push(row), (row = []), (field = ""));
    } else field += ch;
  }
  if (field || row.length) (row.push(field), rows.push(row));
  return rows;
}

const { DOMParser } = new JSDOM("").window;

/** A part of the package as a strict XML parser reads it; fails on a part that is not well-formed. */
function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

/**
 * Follows the package's own references from the first sheet to its table: the sheet's tablePart
 * names a relationship, the relationship a part, the content types that part's type. Returns
 * the table part.
 */
function resultTable(entries: Map<string, string>): Element {
  for (const [name, xml] of entries)
    if (name.endsWith(".xml") || name.endsWith(".rels")) parseXml(xml);
  const sheet = parseXml(entries.get("xl/worksheets/sheet1.xml")!);
  const parts = sheet.getElementsByTagName("tablePart");
  expect(parts.length).toBe(1);
  expect(sheet.documentElement.lastElementChild!.tagName).toBe("tableParts");
  const id = parts[0].getAttributeNS(
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "id"
  );
  const rels = parseXml(entries.get("xl/worksheets/_rels/sheet1.xml.rels")!);
  const rel = [...rels.getElementsByTagName("Relationship")].find(
    (r) => r.getAttribute("Id") === id
  )!;
  expect(rel.getAttribute("Type")).toMatch(/\/relationships\/table$/);
  const target = path.posix.normalize(`xl/worksheets/${rel.getAttribute("Target")}`);
  const types = parseXml(entries.get("[Content_Types].xml")!);
  const override = [...types.getElementsByTagName("Override")].find(
    (o) => o.getAttribute("PartName") === `/${target}`
  )!;
  expect(override.getAttribute("ContentType")).toBe(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"
  );
  return parseXml(entries.get(target)!).documentElement;
}

/** The CSV export writes text that could start a formula with a leading apostrophe. */
const unneutralised = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

describe.each<Language>(["zh-CN", "en"])("the full dataset, headers in %s", (language) => {
  const catalog = getCatalog();
  const clusters = catalog.dataset.clusters;
  const fields = FIELDS.map((f) => f.id);
  const result = recordsTable(catalog, clusters, fields, language);
  const dir = mkdtempSync(path.join(os.tmpdir(), "qilu-xlsx-"));
  const file = path.join(dir, `clusters-${language}.xlsx`);
  const note = `note ${language}`;

  beforeAll(async () => {
    const bytes = await buildXlsx({
      result,
      note,
      sources: sourcesTable(catalog, [], language),
      sheetNames: { result: "Clusters", sources: "Sources" },
    });
    writeFileSync(file, bytes);
  });

  test("LibreOffice's CSV of the result sheet equals the CSV export, cell for cell", () => {
    const csv = convert(
      file,
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true",
      "csv",
      dir
    );
    const opened = parseCsv(readFileSync(csv, "utf8"));
    const exported = parseCsv(toCsv(result).slice(1)).map((row) => row.map(unneutralised));
    expect(opened[0][0]).toBe(note);
    expect(opened[0].slice(1).every((cell) => cell === "")).toBe(true);
    const body = opened.slice(1);
    expect(body.length).toBe(exported.length);
    expect(body.length).toBe(clusters.length + 1);
    for (let r = 0; r < exported.length; r++) {
      for (let c = 0; c < exported[r].length; c++) {
        if (body[r][c] !== exported[r][c])
          throw new Error(
            `row ${r + 2}, column ${c + 1}: LibreOffice reads ${JSON.stringify(body[r][c])}, the CSV export has ${JSON.stringify(exported[r][c])}`
          );
      }
      expect(body[r].length).toBe(exported[r].length);
    }
  });

  test("LibreOffice finds no formula, both sheets and the Table; the note and header rows are frozen", () => {
    const flat = readFileSync(convert(file, "fods", "fods", dir), "utf8");
    expect(flat).not.toMatch(/table:formula=/);
    // LibreOffice reads an Excel Table as a database range with filter buttons.
    const last = `${columnLetter(result.header.length - 1)}${clusters.length + 2}`;
    expect(flat).toMatch(
      new RegExp(
        `<table:database-range table:name="QiluResult" table:target-range-address="Clusters\\.A2:Clusters\\.${last}" table:display-filter-buttons="true"`
      )
    );
    expect(flat).toMatch(/<table:table table:name="Clusters"/);
    expect(flat).toMatch(/<table:table table:name="Sources"/);
    // LibreOffice headless keeps no view settings, so the frozen pane is read from the file.
    const entries = zipEntries(readFileSync(file));
    const sheet = entries.get("xl/worksheets/sheet1.xml")!;
    expect(sheet).toMatch(/<pane [^>]*ySplit="2"[^>]*state="frozen"/);
    for (const [name, xml] of entries)
      if (name.startsWith("xl/worksheets/")) expect(xml).not.toMatch(/<f[ >]/);
  });

  test("the Table part covers the header and every row, its columns named by the header", () => {
    const table = resultTable(zipEntries(readFileSync(file)));
    const ref = `A2:${columnLetter(result.header.length - 1)}${clusters.length + 2}`;
    expect(table.getAttribute("ref")).toBe(ref);
    expect(table.getElementsByTagName("autoFilter")[0].getAttribute("ref")).toBe(ref);
    expect(
      [...table.getElementsByTagName("tableColumn")].map((c) => c.getAttribute("name"))
    ).toEqual(result.header);
    expect(table.getElementsByTagName("tableStyleInfo")[0].getAttribute("name")).toBe(
      "TableStyleMedium2"
    );
  });
});

test("header texts with XML's special characters name the Table's columns exactly; LibreOffice keeps the Table when it saves as .xlsx", async () => {
  const header = ["a & b", "<x>", 'say "hi"', "行\n二"];
  const dir = mkdtempSync(path.join(os.tmpdir(), "qilu-xlsx-"));
  const file = path.join(dir, "special.xlsx");
  writeFileSync(
    file,
    await buildXlsx({
      result: { header, rows: [["1", "2", "3", "4"]] },
      note: "n",
      sources: { header: ["id"], rows: [] },
      sheetNames: { result: "R", sources: "S" },
    })
  );
  const table = resultTable(zipEntries(readFileSync(file)));
  expect([...table.getElementsByTagName("tableColumn")].map((c) => c.getAttribute("name"))).toEqual(
    header
  );
  const outDir = mkdtempSync(path.join(os.tmpdir(), "qilu-xlsx-resaved-"));
  const resaved = zipEntries(
    readFileSync(convert(file, "xlsx:Calc MS Excel 2007 XML", "xlsx", outDir))
  );
  const again = resultTable(resaved);
  expect(again.getAttribute("ref")).toBe("A2:D3");
  expect([...again.getElementsByTagName("tableColumn")].map((c) => c.getAttribute("name"))).toEqual(
    header
  );
});

test("a result without rows gets no Table (a Table spans a header and at least one row)", async () => {
  const bytes = await buildXlsx({
    result: { header: ["a"], rows: [] },
    note: "n",
    sources: { header: ["id"], rows: [] },
    sheetNames: { result: "R", sources: "S" },
  });
  const entries = zipEntries(Buffer.from(bytes));
  expect([...entries.keys()].some((name) => name.startsWith("xl/tables/"))).toBe(false);
  expect(entries.get("xl/worksheets/sheet1.xml")).not.toMatch(/tableParts/);
});

test("text that Excel or LibreOffice would read as a formula, a date, a number or TRUE stays text", async () => {
  const tricky = [
    "=1+1",
    '=HYPERLINK("http://x")',
    "+86 535",
    "-3",
    "@SUM(A1)",
    "2021-02",
    "00123",
    "TRUE",
    "1e5",
  ];
  const dir = mkdtempSync(path.join(os.tmpdir(), "qilu-xlsx-"));
  const file = path.join(dir, "tricky.xlsx");
  writeFileSync(
    file,
    await buildXlsx({
      result: { header: ["text", "n"], rows: tricky.map((t, i) => [t, i]) },
      note: "=NOTE()",
      sources: { header: ["id"], rows: [["=src"]] },
      sheetNames: { result: "R", sources: "S" },
    })
  );
  const flat = readFileSync(convert(file, "fods", "fods", dir), "utf8");
  expect(flat).not.toMatch(/table:formula=/);
  const opened = parseCsv(
    readFileSync(
      convert(file, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true", "csv", dir),
      "utf8"
    )
  );
  expect(opened.map((row) => row[0])).toEqual(["=NOTE()", "text", ...tricky]);
  // Stored as strings: LibreOffice's cells are of string type, not float, boolean or date.
  for (const text of tricky) {
    const escaped = text.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
    expect(flat).toMatch(
      new RegExp(
        `office:value-type="string"[^>]*>\\s*<text:p>${escaped.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}</text:p>`
      )
    );
  }
});

test("a column of full dates is written as dates, a column of mixed precision stays text", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "qilu-xlsx-"));
  const file = path.join(dir, "dates.xlsx");
  writeFileSync(
    file,
    await buildXlsx({
      result: {
        header: ["day", "mixed"],
        rows: [
          ["2022-11-30", "2019-10"],
          ["", "2022-11-30"],
          ["2024-09-19", "2024"],
        ],
      },
      note: "n",
      sources: { header: ["id"], rows: [] },
      sheetNames: { result: "R", sources: "S" },
    })
  );
  const flat = readFileSync(convert(file, "fods", "fods", dir), "utf8");
  expect(flat).toMatch(/office:value-type="date" office:date-value="2022-11-30"/);
  expect(flat).toMatch(/office:value-type="date" office:date-value="2024-09-19"/);
  for (const text of ["2019-10", "2024"])
    expect(flat).toMatch(
      new RegExp(`office:value-type="string"[^>]*>\\s*<text:p>${text}</text:p>`)
    );
});
