import { readdirSync, readFileSync } from "fs";
import path from "path";
import * as acorn from "acorn";

const { BUILD_DIR } = require("../global-setup.js");

const read = (file: string) => readFileSync(path.join(BUILD_DIR, file), "utf8");

describe("production build", () => {
  test("generates functions.json from the JSDoc of functions.ts", () => {
    const metadata = JSON.parse(read("functions.json"));
    const ids = metadata.functions.map((f: { id: string }) => f.id);
    expect(ids).toEqual(expect.arrayContaining(["CLUSTERS", "COUNT", "VERSION"]));
    for (const fn of metadata.functions) expect(fn.description).toBeTruthy();
  });

  test("derives zh-CN function metadata with the same functions", () => {
    const en = JSON.parse(read("functions.json"));
    const zh = JSON.parse(read("functions.zh-cn.json"));
    expect(zh.functions.map((f: { id: string }) => f.id)).toEqual(
      en.functions.map((f: { id: string }) => f.id)
    );
    expect(
      zh.functions.every((f: { description: string }) => /[\u4e00-\u9fff]/.test(f.description))
    ).toBe(true);
  });

  test("both metadata files let error cells reach the functions and offer level and kind as enums", () => {
    for (const file of ["functions.json", "functions.zh-cn.json"]) {
      const metadata = JSON.parse(read(file));
      expect({ file, errors: metadata.allowErrorForDataTypeAny }).toEqual({ file, errors: true });
      const count = metadata.functions.find((f: { id: string }) => f.id === "COUNT");
      expect(count.parameters.map((p: { customEnumId?: string }) => p.customEnumId)).toEqual([
        undefined,
        "Level",
        "Kind",
      ]);
      expect(metadata.enums.map((e: { id: string }) => e.id)).toEqual(["Level", "Kind"]);
    }
  });

  test("the page downloads the dataset and core once: the pane's bundle reuses the functions'", () => {
    // A cluster name and a core message stand for the dataset and the core modules.
    const probes = ["济南市信息技术服务产业集群", "齐鲁集群无法计算此公式"];
    for (const probe of probes) {
      expect({ probe, functions: read("functions.js").includes(probe) }).toEqual({
        probe,
        functions: true,
      });
      expect({ probe, taskpane: read("taskpane.js").includes(probe) }).toEqual({
        probe,
        taskpane: false,
      });
    }
  });

  test("ships no eval or Function constructor in its scripts", () => {
    const scripts = readdirSync(BUILD_DIR).filter((f) => f.endsWith(".js"));
    expect(scripts).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
    for (const file of scripts) {
      const code = read(file);
      expect({ file, evalCall: /\beval\s*\(/.test(code) }).toEqual({ file, evalCall: false });
      expect({ file, functionCtor: /\bnew Function\s*\(/.test(code) }).toEqual({
        file,
        functionCtor: false,
      });
    }
  });

  test("the ES5 check is emitted, parses as ES5 and runs before anything else, undeferred", () => {
    const source = read("es5-check.js");
    // An independent parser held to ES5: what Internet Explorer 11 can run.
    expect(() => acorn.parse(source, { ecmaVersion: 5 })).not.toThrow();
    const scripts = [...read("taskpane.html").matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts[0]).toMatch(/^<script src="?es5-check\.js"?>$/);
  });

  test("the CSP lets only Office.js's own telemetry frame in", () => {
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(
      read("taskpane.html")
    )?.[1];
    const frameSrc = csp
      ?.split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("frame-src"));
    expect(frameSrc).toBe("frame-src 'self' https://telemetryservice.firstpartyapps.oaspapps.com");
  });

  test("the task pane page loads the ES5 check, Office.js from Microsoft's CDN, then the functions, then the pane", () => {
    const html = read("taskpane.html");
    const order = [
      "es5-check.js",
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "functions.js",
      "taskpane.js",
    ].map((s) => html.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  test("the task pane page forbids inline scripts and eval by CSP", () => {
    const csp =
      /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(
        read("taskpane.html")
      )?.[1] ?? "";
    const scriptSrc =
      csp
        .split(";")
        .map((d) => d.trim())
        .find((d) => d.startsWith("script-src")) ?? "";
    expect(scriptSrc).toBe("script-src 'self' https://appsforoffice.microsoft.com");
    expect(read("taskpane.html")).not.toMatch(/<script>(?!<\/script>)/);
  });
});
