import { csvCell, toCsv, UTF8_BOM } from "../../src/core/csv";
import { getCatalog } from "../../src/core/dataset";
import { DATE_FORMAT } from "../../src/core/fields";
import { clustersTable } from "../../src/core/queries";

describe("csvCell", () => {
  test.each(['=HYPERLINK("x")', "+1", "-1+2", "@SUM(A1)", "\tcmd", "\rcmd"])(
    "neutralises text that a spreadsheet would run as a formula: %j",
    (text) => {
      expect(csvCell(text).replace(/^"/, "").startsWith("'")).toBe(true);
    }
  );

  test("leaves a negative number a number, since it cannot carry a formula", () => {
    expect(csvCell(-3)).toBe("-3");
  });

  test("quotes commas, quotes and line breaks, doubling the quotes", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
  });

  test("quotes a neutralised cell that also needs quoting", () => {
    expect(csvCell("=1,2")).toBe('"\'=1,2"');
  });

  test("writes a non-finite number as a blank", () => {
    expect(csvCell(Number.NaN)).toBe("");
  });

  test("keeps Chinese and other text unchanged", () => {
    expect(csvCell("烟台市海洋工程装备产业集群")).toBe("烟台市海洋工程装备产业集群");
  });
});

describe("toCsv", () => {
  test("starts with the UTF-8 byte order mark and ends every row with CRLF", () => {
    const csv = toCsv({
      header: ["城市", "数量"],
      rows: [
        ["烟台", 3],
        ["=cmd", ""],
      ],
    });
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv).toBe(`${UTF8_BOM}城市,数量\r\n烟台,3\r\n'=cmd,\r\n`);
  });

  test("encodes to bytes beginning EF BB BF", () => {
    const bytes = Buffer.from(toCsv({ header: ["a"], rows: [] }), "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe("toCsv of date columns", () => {
  const dated = (rows: (string | number)[][]) =>
    toCsv({
      header: ["编号", "数量", "公布日期"],
      rows,
      formats: [undefined, undefined, DATE_FORMAT],
    });

  test("writes a date column's serials as ISO dates, which Excel reads as dates", () => {
    // 44562 is 2022-01-01 and 44895 is 2022-11-30 in Excel's 1900 date system.
    expect(
      dated([
        ["a", 3, 44562],
        ["b", 44895, 44895],
      ])
    ).toBe(`${UTF8_BOM}编号,数量,公布日期\r\na,3,2022-01-01\r\nb,44895,2022-11-30\r\n`);
  });

  test("leaves a blank date blank, and numbers in other columns numbers", () => {
    expect(dated([["c", 44562, ""]])).toBe(`${UTF8_BOM}编号,数量,公布日期\r\nc,44562,\r\n`);
  });

  test("writes numbers as numbers where the table has no formats", () => {
    expect(toCsv({ header: ["n"], rows: [[44562]] })).toBe(`${UTF8_BOM}n\r\n44562\r\n`);
  });

  test("writes the announcement dates of SD.CLUSTERS as the dataset states them", () => {
    const catalog = getCatalog();
    const table = clustersTable(
      catalog,
      { query: ["na1-qingdao-smart-home-appliances"], fields: ["id,announced"] },
      "zh-CN"
    );
    expect(toCsv(table)).toBe(
      `${UTF8_BOM}编号,公布日期\r\nna1-qingdao-smart-home-appliances,2022-11-30\r\n`
    );
  });
});
