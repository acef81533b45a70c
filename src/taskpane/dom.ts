/**
 * A tiny element builder. Every string it is given becomes a text node or an attribute value,
 * so dataset and user text can never be parsed as HTML.
 */

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  className?: string;
  id?: string;
  /** Attributes, set with setAttribute (aria-*, role, data-*, for, type …). */
  attrs?: Record<string, string | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

/**
 * An element with text-only content.
 *
 * @example
 * el("p", { className: "hint" }, "烟台 <b>") // a <p> whose text is "烟台 <b>"
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.id) node.id = props.id;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value !== undefined) node.setAttribute(name, value);
  }
  for (const [type, handler] of Object.entries(props.on ?? {})) {
    node.addEventListener(type, handler as EventListener);
  }
  node.append(...texts(children));
  return node;
}

function texts(children: Child[]): (Node | string)[] {
  return children
    .filter((c): c is Node | string | number => c !== null && c !== undefined && c !== false)
    .map((c) => (typeof c === "number" ? String(c) : c));
}

/**
 * The lang attribute for a piece of dataset text shown on a page in `page`'s language: set only
 * where the text is in the other language (Chinese firms on an English page, an English name on
 * a Chinese page), so screen readers switch voice and browsers pick the right font.
 *
 * @example
 * otherLanguage("浪潮集团", "en")  //=> "zh-CN"
 * otherLanguage("Inspur", "zh-CN") //=> "en"
 * otherLanguage("烟台", "zh-CN")   //=> undefined
 */
export function otherLanguage(text: string, page: "zh-CN" | "en"): "zh-CN" | "en" | undefined {
  const han = /[\u3400-\u9fff]/.test(text);
  if (page === "en") return han ? "zh-CN" : undefined;
  return !han && /[A-Za-z]{2}/.test(text) ? "en" : undefined;
}

/** A <select> with a label, whose options are [value, text] pairs. */
export function labelledSelect(
  id: string,
  label: string,
  options: readonly (readonly [string, string])[],
  value: string,
  onChange: (value: string) => void
): HTMLElement {
  const select = el("select", { id, on: { change: () => onChange(select.value) } });
  for (const [optionValue, text] of options) {
    const option = el("option", { attrs: { value: optionValue } }, text);
    option.selected = optionValue === value;
    select.append(option);
  }
  return el("div", { className: "field" }, el("label", { attrs: { for: id } }, label), select);
}

/** A link only for http(s) addresses; anything else is shown as plain text. */
export function safeLink(url: string, text: string, label: string): HTMLElement {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== "https:" && parsed.protocol !== "http:"))
    return el("span", {}, text);
  return el(
    "a",
    {
      attrs: {
        href: parsed.href,
        target: "_blank",
        rel: "noopener noreferrer",
        "aria-label": label,
      },
    },
    text
  );
}
