import { csvCell, toCsv, UTF8_BOM } from "../../src/core/csv";

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
