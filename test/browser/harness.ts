/**
 * Runs the built add-in in headless Chromium: serves the test build over HTTP on loopback,
 * answers Microsoft's Office.js CDN URL with the npm copy of office.js (the whole dist folder,
 * file for file, since office.js loads siblings) or with a fake host, and records console errors.
 */
import { existsSync } from "fs";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { serve } from "../../scripts/static-server";

const { BUILD_DIR } = require("../global-setup.js");
const { findBrowser, CHROMIUM_ARGS } = require("../../scripts/find-browser.cjs");

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = path.resolve(__dirname, "../../node_modules/@microsoft/office-js/dist");

export type OfficeMode =
  | { kind: "real" } // the npm copy of office.js, as a plain browser would get it from the CDN
  | { kind: "offline" } // the CDN cannot be reached
  | { kind: "script"; source: string }; // a script of the test's own (a fake host) in office.js's place

export interface PaneSession {
  page: Page;
  /** Console errors and uncaught exceptions raised by the page's own code. */
  errors: string[];
  baseUrl: string;
  close(): Promise<void>;
}

let browser: Browser | undefined;

async function sharedBrowser(): Promise<Browser> {
  const executablePath: string | undefined = findBrowser();
  if (!executablePath) {
    throw new Error(
      'No Chromium, Chrome or Edge found: run the tests with "npm test" (it finds or installs one), or set CHROME_PATH.'
    );
  }
  browser ??= await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/** Opens the built task pane with the given Office.js behaviour. */
export async function openPane(
  office: OfficeMode,
  options: {
    locale?: string;
    buildDir?: string;
    viewport?: { width: number; height: number };
    /** Runs in the page before any of its scripts, e.g. to take a language feature away. */
    initScript?: string;
  } = {}
): Promise<PaneSession> {
  const server = await serve({ pane: options.buildDir ?? BUILD_DIR });
  const baseUrl = server.url("pane");
  const context = await (
    await sharedBrowser()
  ).newContext({
    locale: options.locale ?? "zh-CN",
    viewport: options.viewport ?? { width: 360, height: 800 },
  });
  const page = await context.newPage();
  if (options.initScript) await page.addInitScript(options.initScript);
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(`uncaught: ${err.message}`));
  page.on("console", (msg) => {
    // A resource the browser could not fetch (the CDN when offline) is the browser's report, not the page's.
    if (msg.type() === "error" && !msg.text().startsWith("Failed to load resource"))
      errors.push(msg.text());
  });
  await page.route(`${OFFICE_CDN}**`, async (route) => {
    if (office.kind === "offline") return route.abort("internetdisconnected");
    if (office.kind === "script") {
      return route.fulfill({ contentType: "text/javascript", body: office.source });
    }
    const file = path.join(
      OFFICE_DIST,
      route.request().url().slice(OFFICE_CDN.length).split("?")[0]
    );
    if (!file.startsWith(OFFICE_DIST) || !existsSync(file))
      return route.fulfill({ status: 404, body: "" });
    return route.fulfill({ path: file });
  });
  await page.goto(`${baseUrl}taskpane.html`);
  return {
    page,
    errors,
    baseUrl,
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}
