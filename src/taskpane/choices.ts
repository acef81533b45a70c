/**
 * Two pieces of the Insert tab that stand on their own: the field checklist (in core's column
 * order) and the file download.
 */
import { FIELDS } from "../core/fields";
import { pick, type Language } from "../core/i18n";
import { el } from "./dom";
import { strings } from "./strings";

/** A collapsible checklist of core's fields; reports the chosen ids in core's column order. */
export function fieldChoice(
  language: Language,
  initial: readonly string[],
  onChange: (fields: string[]) => void
): HTMLElement {
  const s = strings(language);
  const summary = el("summary", {}, `${s.fields} (${initial.length})`);
  const boxes = FIELDS.map((field) => {
    const box = el("input", {
      id: `field-${field.id}`,
      attrs: { type: "checkbox", value: field.id },
    });
    box.checked = initial.includes(field.id);
    box.addEventListener("change", () => {
      // Keep the catalogue's column order whatever order the boxes were ticked in.
      const ticked = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
      const fields = FIELDS.map((f) => f.id).filter((id) => ticked.has(id));
      summary.textContent = `${s.fields} (${fields.length})`;
      onChange(fields);
    });
    return box;
  });
  return el(
    "details",
    { id: "fields" },
    summary,
    el(
      "div",
      { className: "checks" },
      ...FIELDS.map((field, i) => el("label", {}, boxes[i], pick(field.label, language)))
    )
  );
}

export const CSV_TYPE = "text/csv;charset=utf-8";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Starts a download of the data as a file, through a Blob link (no server, no data: URL). */
export function download(
  data: string | Uint8Array<ArrayBuffer>,
  filename: string,
  type: string
): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = el("a", { attrs: { href: url, download: filename, hidden: "" } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
