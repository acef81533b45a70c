/**
 * Everything the pane learns from Office, read once at start: whether it runs in Excel, the
 * display language, the theme, and which requirement sets are missing. The only module of the
 * pane that reads `Office`; outside Office (or when office.js could not load) it reports a
 * preview host.
 */
import { INSERT_REQUIREMENT, missingRequirements } from "../excel/requirements";

export type Mode = "excel" | "preview";

export interface HostInfo {
  mode: Mode;
  /** Office's display language, e.g. "zh-CN"; absent outside Office. */
  displayLanguage?: string;
  /** Office's theme is dark; absent where Office gives no theme (then the browser decides). */
  dark?: boolean;
  /** Requirement sets that inserting needs and this host lacks, e.g. ["ExcelApi 1.7"]. */
  missing: string[];
}

/** Relative luminance of "#rrggbb" below the middle grey. */
export function isDarkColour(hex: string | undefined): boolean | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!m) return undefined;
  const [r, g, b] = m.slice(1).map((part) => parseInt(part, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

function officeGlobal(): typeof Office | undefined {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return office && typeof office.onReady === "function" ? office : undefined;
}

/** What the host is, once Office is ready (at once outside Office). */
export async function detectHost(): Promise<HostInfo> {
  const office = officeGlobal();
  if (!office) return { mode: "preview", missing: [] };
  const info = await office.onReady();
  if (info.host !== office.HostType.Excel) return { mode: "preview", missing: [] };
  const context = office.context;
  return {
    mode: "excel",
    displayLanguage: context.displayLanguage,
    dark: isDarkColour(context.officeTheme?.bodyBackgroundColor),
    missing: missingRequirements(context.requirements, [INSERT_REQUIREMENT]),
  };
}
