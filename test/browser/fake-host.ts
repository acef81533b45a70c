/**
 * The fake Office/Excel host as a script the harness serves in office.js's place: the fake's
 * browser entry bundled with esbuild, preceded by its options and followed by what the fake
 * does not model (Office's theme colours), so one test can open a dark Excel, another an
 * Excel that lacks requirement sets.
 */
import path from "path";
import type { OfficeMode } from "./harness";

export interface FakeHostOptions {
  displayLanguage?: string;
  /** e.g. { ExcelApi: "1.3" } for a host too old to insert. */
  supportedSets?: Record<string, string>;
  sheetNames?: string[];
  /** Office.context.officeTheme.bodyBackgroundColor, e.g. "#262626" for Office's dark theme. */
  bodyBackgroundColor?: string;
}

let bundled: string | undefined;

function fakeBundle(): string {
  if (bundled === undefined) {
    const esbuild = require("esbuild") as typeof import("esbuild");
    const result = esbuild.buildSync({
      entryPoints: [path.resolve(__dirname, "../support/fake-excel/browser.ts")],
      bundle: true,
      write: false,
      format: "iife",
      target: "es2020",
      platform: "browser",
    });
    bundled = result.outputFiles[0].text;
  }
  return bundled;
}

export function fakeHost(options: FakeHostOptions = {}): OfficeMode {
  const { bodyBackgroundColor, ...fakeOptions } = options;
  const theme = bodyBackgroundColor
    ? `window.Office.context.officeTheme = ${JSON.stringify({
        bodyBackgroundColor,
        bodyForegroundColor: "#ffffff",
        controlBackgroundColor: bodyBackgroundColor,
        controlForegroundColor: "#ffffff",
      })};`
    : "";
  return {
    kind: "script",
    source: `window.__fakeExcelOptions = ${JSON.stringify(fakeOptions)};\n${fakeBundle()}\n${theme}`,
  };
}
