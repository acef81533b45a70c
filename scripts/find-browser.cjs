// Finds a Chromium-family browser for the browser tests, the benchmarks and the icon renderer,
// and installs what the tests need from the system on a fresh Debian machine (root, apt-get).
// Order: CHROME_PATH, Debian's chromium, then installed Chrome or Edge. CommonJS and Node's own
// modules only, so that the ESM scripts, the TypeScript tests (compiled to CommonJS by ts-jest)
// and .ci/run before `npm ci` (`node scripts/find-browser.cjs`) can all load it.
const { existsSync } = require("node:fs");
const { execFileSync, execSync } = require("node:child_process");

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

const sofficeCandidates = [
  "/usr/bin/soffice",
  "/usr/bin/libreoffice",
  "/Applications/LibreOffice.app/Contents/MacOS/soffice",
  "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
];

/** The path of a usable browser, or undefined. */
function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return candidates.find((p) => existsSync(p));
}

/** LibreOffice's soffice, which opens the pane's .xlsx download as a real spreadsheet program. */
function findSoffice() {
  return sofficeCandidates.find((p) => existsSync(p));
}

/** Whether Chromium has a font with Chinese glyphs (Windows and macOS ship their own). */
function hasChineseFont() {
  if (process.platform !== "linux") return true;
  if (existsSync("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")) return true;
  try {
    return execFileSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" }).trim() !== "";
  } catch {
    return false; // no fontconfig tools: judged by the font file alone
  }
}

// What the tests take from the system, as Debian packages, each with how to tell it is there.
const SYSTEM_PACKAGES = [
  { name: "chromium", neededFor: "the browser tests", present: () => !!findBrowser() },
  {
    name: "fonts-wqy-microhei",
    neededFor: "Chinese text in the zh-CN screenshots (boxes without it)",
    present: hasChineseFont,
  },
  {
    name: "libreoffice-calc",
    neededFor: "the test that opens the pane's .xlsx download in a spreadsheet program",
    present: () => !!findSoffice(),
  },
];

const INSTALL_COMMAND = `sudo apt-get update && sudo apt-get install -y ${SYSTEM_PACKAGES.map(
  (p) => p.name
).join(" ")}`;

/**
 * Installs whichever of SYSTEM_PACKAGES is missing, where this machine can (root with apt-get);
 * elsewhere prints what is missing and the command that installs it. Returns the missing ones.
 */
function ensureSystemPackages() {
  let missing = SYSTEM_PACKAGES.filter((p) => !p.present());
  if (missing.length === 0) return [];
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    const names = missing.map((p) => p.name).join(" ");
    console.log(`Installing Debian's ${names} for the tests …`);
    execSync(
      `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${names}`,
      { stdio: "inherit" }
    );
    missing = missing.filter((p) => !p.present());
  }
  for (const p of missing) console.error(`Missing ${p.name}, needed for ${p.neededFor}.`);
  if (missing.length > 0) console.error(`Install with:\n  ${INSTALL_COMMAND}`);
  return missing;
}

/** Installs what is missing (see ensureSystemPackages), then returns the browser's path or undefined. */
function ensureBrowser() {
  ensureSystemPackages();
  return findBrowser();
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

module.exports = {
  findBrowser,
  findSoffice,
  ensureBrowser,
  ensureSystemPackages,
  SYSTEM_PACKAGES,
  INSTALL_COMMAND,
  CHROMIUM_ARGS,
};

// `node scripts/find-browser.cjs` (.ci/run): install what is missing, fail if any still is.
if (require.main === module) process.exit(ensureSystemPackages().length > 0 ? 1 : 0);
