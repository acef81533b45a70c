/**
 * Browser entry: bundle this file (esbuild/webpack) and load it before the add-in's
 * scripts in place of office.js. It installs `window.Excel`, `window.Office` and
 * `window.OfficeExtension`, and exposes the fake as `window.__fakeExcel` so a
 * Playwright test can seed and inspect the workbook with `page.evaluate`.
 * Options may be set beforehand as `window.__fakeExcelOptions`.
 */

import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from "./index";

declare global {
  interface Window {
    __fakeExcel?: FakeExcel;
    __fakeExcelOptions?: FakeExcelOptions;
  }
}

const fake = createFakeExcel(window.__fakeExcelOptions);
Object.assign(window, {
  Excel: fake.Excel,
  Office: fake.Office,
  OfficeExtension: fake.OfficeExtension,
  __fakeExcel: fake,
});
