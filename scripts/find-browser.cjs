// Finds a Chromium-family browser for the browser tests, the benchmarks and the icon renderer.
// Order: CHROME_PATH, Debian's chromium, then installed Chrome or Edge. CommonJS, so that the
// ESM scripts and the TypeScript tests (compiled to CommonJS by ts-jest) can both load it.
const { existsSync } = require("node:fs");
const { execSync } = require("node:child_process");

const candidates = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/microsoft-edge",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
];

const INSTALL_COMMAND =
  "sudo apt-get update && sudo apt-get install -y chromium fonts-wqy-microhei";

/** The path of a usable browser, or undefined. */
function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return candidates.find((p) => existsSync(p));
}

/**
 * Finds a browser, installing Debian's chromium when this machine can (root with apt-get).
 * Returns the path, or undefined with the reason printed.
 */
function ensureBrowser() {
  const found = findBrowser();
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (isRoot && hasApt) {
    console.log("No browser found: installing Debian's chromium for the browser tests …");
    execSync(
      "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium",
      {
        stdio: "inherit",
      }
    );
    return findBrowser();
  }
  return undefined;
}

/** Launch flags for headless Chromium on a closed network (no background connections). */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

module.exports = { findBrowser, ensureBrowser, INSTALL_COMMAND, CHROMIUM_ARGS };
