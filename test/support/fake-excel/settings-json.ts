/** How setting values are stored: JSON text, with Dates kept as Dates. */

/** Settings keep Dates as Dates (office.js does); everything else is plain JSON. */
export function toSettingJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
      const raw = this[key];
      return raw instanceof Date ? { __fakeExcelDate: raw.toISOString() } : v;
    });
  } catch {
    return undefined;
  }
}

export function parseSettingJson(json: string): unknown {
  return JSON.parse(json, (_key, v) =>
    v && typeof v === "object" && typeof v.__fakeExcelDate === "string"
      ? new Date(v.__fakeExcelDate)
      : v
  );
}
