// Renders assets/icon.svg to the PNG sizes the manifest needs. Run after editing the SVG:
//   node scripts/render-icons.mjs
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { ensureBrowser, CHROMIUM_ARGS } from "./find-browser.cjs";

const SIZES = [16, 32, 64, 80, 128];
const svg = readFileSync(new URL("../assets/icon.svg", import.meta.url), "utf8");
const executablePath = ensureBrowser();
if (!executablePath)
  throw new Error("No browser: install one (apt-get install -y chromium) or set CHROME_PATH.");
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace("<svg ", `<svg width="${size}" height="${size}" `);
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${sized}</body></html>`
    );
    await page.screenshot({ path: `assets/icon-${size}.png`, omitBackground: true });
    await page.close();
    console.log(`assets/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
