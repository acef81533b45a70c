/**
 * createFakeExcel(): an in-memory Excel host for tests. Returns
 * - `Excel`: `Excel.run`, enums and ErrorCodes (cast to `typeof Excel` at the boundary),
 * - `Office`: `onReady`, `context.requirements.isSetSupported`, `context.displayLanguage`,
 * - `OfficeExtension`: `Error` (the fake error class) and `ErrorCodes`,
 * - `workbook`: the WorkbookModel to pre-populate and inspect,
 * - `log`: the CallLog of every call, property write, load and sync,
 * - `host`: mutable host settings (requirement sets, payload limits).
 */

import { FakeClientObject, FakeClientResult } from "./client-object";
import { FakeRequestContext, type HostSettings } from "./context";
import { ErrorCodes, FakeRichApiError, Messages } from "./errors";
import type { CustomFunction, FallbackEvaluator } from "./formulas";
import { createOffice, type FakePlatform } from "./office";
import { CallLog } from "./recorder";
import { DEFAULT_SUPPORTED_SETS, type SupportedSets } from "./requirements";
import { restoreWorkbook, snapshotWorkbook, type WorkbookSnapshot } from "./snapshot";
import { WorkbookModel } from "./workbook-model";

export interface FakeExcelOptions {
  /** Initial sheets, first one active (default ["Sheet1"]). */
  sheetNames?: string[];
  /** Highest version per requirement set (default ExcelApi 1.16, CustomFunctionsRuntime 1.4). */
  supportedSets?: SupportedSets;
  /** Office.context.displayLanguage (default "zh-CN"). */
  displayLanguage?: string;
  /** Default "PC". "OfficeOnline" also makes empty cells reach custom functions as null instead of 0. */
  platform?: FakePlatform;
  /** Bytes per request (default 5 MB, Excel on the web); larger batches reject. */
  requestPayloadLimit?: number;
  responsePayloadLimit?: number;
  /** Custom functions by formula name ("SD.COUNT"); evaluated when a formula calling them is entered. */
  functions?: Record<string, CustomFunction | { fn: CustomFunction; volatile?: boolean }>;
  /** Computes other formulas; return undefined to leave one uncomputed. */
  fallbackEvaluator?: FallbackEvaluator;
  /** A workbook saved by `fake.save()`, reopened (see snapshot.ts for what travels). */
  snapshot?: WorkbookSnapshot;
}

const FIVE_MB = 5 * 1024 * 1024;

export const ExcelEnums = {
  ChartType: {
    columnClustered: "ColumnClustered",
    columnStacked: "ColumnStacked",
    barClustered: "BarClustered",
    line: "Line",
    pie: "Pie",
    xyscatter: "XYScatter",
    area: "Area",
    doughnut: "Doughnut",
  },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  InsertShiftDirection: { down: "Down", right: "Right" },
  DeleteShiftDirection: { up: "Up", left: "Left" },
  CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
  ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
};

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

export function createFakeExcel(options: FakeExcelOptions = {}) {
  const platform = options.platform ?? "PC";
  const workbook = new WorkbookModel({
    sheetNames: options.sheetNames,
    emptyCellArgument: platform === "OfficeOnline" ? null : 0,
    fallbackEvaluator: options.fallbackEvaluator,
  });
  if (options.snapshot) restoreWorkbook(workbook, options.snapshot);
  for (const [name, entry] of Object.entries(options.functions ?? {})) {
    if (typeof entry === "function") workbook.registerFunction(name, entry);
    else workbook.registerFunction(name, entry.fn, { volatile: entry.volatile });
  }
  const log = new CallLog();
  const host: HostSettings = {
    model: workbook,
    log,
    supportedSets: { ...DEFAULT_SUPPORTED_SETS, ...options.supportedSets },
    requestPayloadLimit: options.requestPayloadLimit ?? FIVE_MB,
    responsePayloadLimit: options.responsePayloadLimit ?? FIVE_MB,
  };

  /** Excel.run(batch) or Excel.run(objectOrContext, batch): runs, then flushes what is pending. */
  async function run<T>(
    first: Batch<T> | FakeRequestContext | FakeClientObject<unknown>,
    second?: Batch<T>
  ): Promise<T> {
    const batch = typeof first === "function" ? first : second!;
    const reused =
      first instanceof FakeRequestContext
        ? first
        : first instanceof FakeClientObject
          ? first.context
          : undefined;
    const context = reused ?? new FakeRequestContext(host);
    const pending: unknown = batch(context);
    if (!pending || typeof (pending as Promise<T>).then !== "function") {
      throw new FakeRichApiError(ErrorCodes.runMustReturnPromise, Messages.RunMustReturnPromise);
    }
    const value = await (pending as Promise<T>);
    if (reused) await context.sync();
    else await context._finish();
    return value;
  }

  const Excel = {
    run,
    RequestContext: function RequestContext() {
      return new FakeRequestContext(host);
    } as unknown as new () => FakeRequestContext,
    ErrorCodes: { ...ErrorCodes },
    ...ExcelEnums,
  };
  const Office = createOffice({
    displayLanguage: options.displayLanguage ?? "zh-CN",
    platform,
    supportedSets: () => host.supportedSets,
  });
  const OfficeExtension = {
    Error: FakeRichApiError,
    ErrorCodes: { ...ErrorCodes },
    ClientResult: FakeClientResult,
  };
  /** The workbook as a file would keep it, for `snapshot` of a fake opened later. */
  const save = () => snapshotWorkbook(workbook);
  return { Excel, Office, OfficeExtension, workbook, log, host, save };
}

export type FakeExcel = ReturnType<typeof createFakeExcel>;
export { FakeRichApiError, ErrorCodes, Messages } from "./errors";
export type { WorkbookModel } from "./workbook-model";
export type { WorkbookSnapshot } from "./snapshot";
export { CallLog } from "./recorder";

/**
 * For jest: puts the fake's `Excel`, `Office` and `OfficeExtension` on globalThis,
 * where code under test finds them; call `uninstall()` in afterEach.
 */
export function installFakeExcel(options?: FakeExcelOptions): FakeExcel & { uninstall(): void } {
  const fake = createFakeExcel(options);
  const scope = globalThis as Record<string, unknown>;
  const previous = {
    Excel: scope.Excel,
    Office: scope.Office,
    OfficeExtension: scope.OfficeExtension,
  };
  Object.assign(scope, {
    Excel: fake.Excel,
    Office: fake.Office,
    OfficeExtension: fake.OfficeExtension,
  });
  return { ...fake, uninstall: () => Object.assign(scope, previous) };
}
