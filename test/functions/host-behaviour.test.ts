// What the functions show on each kind of host: error codes and data-type cards only where the
// host's requirement sets allow them, plain objects outside Excel, and a host that is not ready.
import { excelError, inputErrorCode, isExcelError } from "../../src/functions/excel-errors";
import { cellText, InputError } from "../../src/functions/args";
import { InvalidArgumentError } from "../../src/core/errors";
import * as SD from "../../src/functions/functions";
import { installOffice } from "./custom-functions-stub";

const one = (value: unknown) => [[value]] as any[][];
const id = "ns1-jinan-it-services";
const nameZh = "济南市信息技术服务产业集群";

/** Runs `check` with an `Office` global claiming `sets`. */
function on(sets: string[], check: () => void) {
  const undo = installOffice("zh-CN", sets);
  try {
    check();
  } finally {
    undo();
  }
}

describe("error codes of CustomFunctionsRuntime 1.3", () => {
  test("are returned, and passed on from arguments, where the host has 1.3", () => {
    on(["CustomFunctionsRuntime 1.3"], () => {
      for (const code of ["#DIV/0!", "#NUM!", "#NULL!"]) {
        expect(excelError(code)).toStrictEqual({ code });
        expect(SD.clusters(one({ code }))).toStrictEqual([[{ code }]]);
      }
    });
  });

  test("are #VALUE! on a 1.2 host, the manifest's minimum", () => {
    on(["CustomFunctionsRuntime 1.2"], () => {
      for (const code of ["#DIV/0!", "#NUM!", "#NULL!"]) {
        expect(excelError(code)).toStrictEqual({ code: "#VALUE!" });
        expect(SD.clusters(one({ code }))).toStrictEqual([[{ code: "#VALUE!" }]]);
      }
    });
  });

  test("#N/A and #VALUE! are returned everywhere, with or without a message", () => {
    expect(excelError("#N/A")).toStrictEqual({ code: "#N/A" });
    expect(excelError("#VALUE!", "m")).toStrictEqual({ code: "#VALUE!", message: "m" });
  });
});

describe("data-type cards (CustomFunctionsRuntime 1.4)", () => {
  test("SD.CARD is the cluster's name on a host below 1.4", () => {
    on(["CustomFunctionsRuntime 1.3"], () => expect(SD.card(id)).toBe(nameZh));
    on([], () => expect(SD.card(id)).toBe(nameZh));
  });

  test("SD.CARD is a card titled by the name property, laid out in lists, on 1.4", () => {
    on(["CustomFunctionsRuntime 1.4"], () => {
      const entity = SD.card(id);
      expect(entity.type).toBe("Entity");
      expect(entity.layouts.card.title).toStrictEqual({ property: "name" });
      expect(entity.properties.name.basicValue).toBe(nameZh);
      const layouts = entity.layouts.card.sections.map((s: { layout: string }) => s.layout);
      expect(layouts.length).toBeGreaterThan(0);
      expect(new Set(layouts)).toStrictEqual(new Set(["List"]));
    });
  });
});

describe("a host that is not ready", () => {
  test.each([
    ["Office without context", {}],
    ["context without requirements", { context: {} }],
    ["requirements without isSetSupported", { context: { requirements: {} } }],
  ])("%s: Chinese, no cards, #VALUE! for newer codes, nothing thrown", (_name, office) => {
    const host = globalThis as { Office?: unknown };
    const before = host.Office;
    host.Office = office;
    try {
      expect(SD.version()).toMatch(/^数据集 /);
      expect(SD.card(id)).toBe(nameZh);
      expect(excelError("#NUM!")).toStrictEqual({ code: "#VALUE!" });
    } finally {
      host.Office = before;
    }
  });
});

describe("error values as arguments", () => {
  test("an error cell value gives its own code; one a function cannot return gives #VALUE!", () => {
    const na = { type: "Error", errorType: "NotAvailable", basicValue: "#N/A" };
    expect(SD.clusters(one(na))).toStrictEqual([[{ code: "#N/A" }]]);
    expect(inputErrorCode(na)).toBe("#N/A");
    expect(inputErrorCode({ code: "#N/A", basicValue: "#VALUE!" })).toBe("#N/A");
    expect(inputErrorCode({ code: "#REF!" })).toBe("#VALUE!");
    const busy = { type: "Error", errorType: "Busy", basicValue: "#BUSY!" };
    expect(inputErrorCode(busy)).toBe("#VALUE!");
  });

  test("only an object with a #… code or of type Error is an error", () => {
    for (const value of [null, undefined, "#N/A", { code: "N/A" }, { type: "String" }])
      expect(isExcelError(value)).toBe(false);
    expect(() => cellText({ code: "N/A" }, "query")).toThrow(InvalidArgumentError);
    expect(() => cellText({ code: "#N/A" }, "query")).toThrow(InputError);
  });
});
