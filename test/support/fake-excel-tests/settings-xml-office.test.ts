import { fakeExcel, rejection } from "./helpers";

describe("settings", () => {
  it("round-trips values through JSON, keeping Dates", async () => {
    const { run, workbook } = fakeExcel();
    const when = new Date("2026-01-02T03:04:05Z");
    const value = { version: 2, cities: ["济南", "青岛"], when, skip: undefined, fn: () => 1 };
    await run(async (context) => {
      context.workbook.settings.add("state", value);
      await context.sync();
    });
    expect(workbook.settings.get("state")).toBe(
      '{"version":2,"cities":["济南","青岛"],"when":{"__fakeExcelDate":"2026-01-02T03:04:05.000Z"}}'
    );
    const read = await run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject("state").load("value");
      const missing = context.workbook.settings.getItemOrNullObject("nope");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      return setting.value as { when: Date; fn?: unknown };
    });
    expect(read).toEqual({ version: 2, cities: ["济南", "青岛"], when });
    expect(read.when).toBeInstanceOf(Date);
  });

  it("rejects a value JSON cannot hold", async () => {
    const { run } = fakeExcel();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const error = await rejection(
      run(async (context) => {
        context.workbook.settings.add("bad", cyclic);
        await context.sync();
      })
    );
    expect([error.code, error.debugInfo.errorLocation]).toEqual([
      "InvalidArgument",
      "SettingCollection.add",
    ]);
  });

  it("deletes settings and rejects getItem on a missing key", async () => {
    const { run, workbook } = fakeExcel();
    workbook.settings.set("k", "1");
    await run(async (context) => {
      context.workbook.settings.getItem("k").delete();
      await context.sync();
    });
    expect(workbook.settings.size).toBe(0);
    const error = await rejection(
      run(async (context) => {
        context.workbook.settings.getItem("k").load("value");
        await context.sync();
      })
    );
    expect(error.code).toBe("ItemNotFound");
  });
});

describe("custom XML parts", () => {
  const NS = "urn:qilu-clusters:registry";

  it("finds a part by namespace only when its root element declares xmlns", async () => {
    const { run, workbook } = fakeExcel();
    await run(async (context) => {
      context.workbook.customXmlParts.add(
        `<?xml version="1.0"?><registry xmlns="${NS}"><entry/></registry>`
      );
      context.workbook.customXmlParts.add(`<registry><entry ns="${NS}"/></registry>`);
      await context.sync();
    });
    expect(workbook.customXmlParts.map((p) => p.namespaceUri)).toEqual([NS, ""]);
    const xml = await run(async (context) => {
      const part = context.workbook.customXmlParts.getByNamespace(NS).getOnlyItemOrNullObject();
      await context.sync();
      expect(part.isNullObject).toBe(false);
      const text = part.getXml();
      part.setXml(`<registry xmlns="${NS}"><entry id="2"/></registry>`);
      await context.sync();
      return text.value;
    });
    expect(xml).toContain("<entry/>");
    expect(workbook.customXmlParts[0].xml).toContain('id="2"');
  });

  it("resolves a prefixed root to its prefix's namespace", async () => {
    const { run } = fakeExcel();
    const count = await run(async (context) => {
      context.workbook.customXmlParts.add(`<q:registry xmlns:q="${NS}"/>`);
      const n = context.workbook.customXmlParts.getByNamespace(NS).getCount();
      await context.sync();
      return n.value;
    });
    expect(count).toBe(1);
  });

  it("fails getOnlyItem when no part matches, and rejects XML without a root element", async () => {
    const { run } = fakeExcel();
    const none = await rejection(
      run(async (context) => {
        context.workbook.customXmlParts.getByNamespace(NS).getOnlyItem().load("id");
        await context.sync();
      })
    );
    expect(none.code).toBe("ItemNotFound");
    const bad = await rejection(
      run(async (context) => {
        context.workbook.customXmlParts.add("not xml");
        await context.sync();
      })
    );
    expect(bad.code).toBe("InvalidArgument");
  });

  it("needs ExcelApi 1.5", async () => {
    const { run, Office } = fakeExcel({ supportedSets: { ExcelApi: "1.4" } });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.5")).toBe(false);
    const error = await rejection(
      run(async (context) => {
        context.workbook.customXmlParts.add(`<r xmlns="${NS}"/>`);
        await context.sync();
      })
    );
    expect([error.code, error.debugInfo.errorLocation]).toEqual([
      "ApiNotFound",
      "CustomXmlPartCollection.add",
    ]);
  });
});

describe("requirement sets and Office", () => {
  it("answers isSetSupported from the configured maxima", () => {
    const { Office } = fakeExcel();
    const supported = (name: string, version?: string) =>
      Office.context.requirements.isSetSupported(name, version);
    expect([
      supported("ExcelApi", "1.16"),
      supported("ExcelApi", "1.17"),
      supported("excelapi", "1.4"),
    ]).toEqual([true, false, true]);
    expect([
      supported("CustomFunctionsRuntime", "1.4"),
      supported("CustomFunctionsRuntime", "1.5"),
    ]).toEqual([true, false]);
    expect(supported("WordApi")).toBe(false);
  });

  it("rejects a 1.4 method on a 1.3 host with ApiNotFound at sync", async () => {
    const { run } = fakeExcel({ supportedSets: { ExcelApi: "1.3" } });
    const error = await rejection(
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject("Sheet1");
        await context.sync();
        return sheet.isNullObject;
      })
    );
    expect(error).toMatchObject({ name: "RichApi.Error", code: "ApiNotFound" });
    expect(error.debugInfo.errorLocation).toBe("WorksheetCollection.getItemOrNullObject");
  });

  it("reports the host, platform and display language", async () => {
    const { Office } = fakeExcel({ displayLanguage: "en-US" });
    await expect(Office.onReady()).resolves.toEqual({ host: "Excel", platform: "PC" });
    expect(Office.context.displayLanguage).toBe("en-US");
    expect(fakeExcel().Office.context.displayLanguage).toBe("zh-CN");
  });
});
