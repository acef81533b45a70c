/** Requirement sets: what the fake host claims to support, and what each API needs. */

export type ApiSet = readonly [set: string, version: string];

export type SupportedSets = Record<string, string>;

export const DEFAULT_SUPPORTED_SETS: SupportedSets = {
  ExcelApi: "1.16",
  CustomFunctionsRuntime: "1.4",
};

function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Office.context.requirements.isSetSupported: unknown sets are unsupported. */
export function isSetSupported(
  supported: SupportedSets,
  name: string,
  minVersion?: string | number
): boolean {
  const max = Object.entries(supported).find(
    ([set]) => set.toUpperCase() === name.toUpperCase()
  )?.[1];
  if (max === undefined) return false;
  return minVersion === undefined || compareVersions(max, String(minVersion)) >= 0;
}

export const excelApi = (version: string): ApiSet => ["ExcelApi", version];
