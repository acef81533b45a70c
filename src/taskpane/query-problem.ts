/**
 * The search's problem line: core's message, and for an unknown word each suggestion as a
 * button that puts it in the word's place in the query. Rendering only; the words and the
 * suggestions come from the error core throws (UnknownNameError: the word, where it is in the
 * query when core says, and its suggestions).
 */
import { UnknownNameError, type QueryError } from "../core/errors";
import type { Language } from "../core/i18n";
import { el } from "./dom";

/** Where in the query the unknown word is: core's span where it gives one, else its first occurrence. */
function wordSpan(error: UnknownNameError, query: string): [number, number] | undefined {
  const span = (error as { span?: readonly [number, number] }).span;
  if (span && query.slice(span[0], span[1]).length > 0) return [span[0], span[1]];
  const at = query.toLowerCase().indexOf(error.term.toLowerCase());
  return at < 0 ? undefined : [at, at + error.term.length];
}

/**
 * The problem's content: the message, then the suggestion buttons (none when the word cannot
 * be found in the query, since then there is nothing to replace).
 *
 * @example
 * queryProblem(error, "烟太 生物医药", "zh-CN", "是否指：", replace) // message + [烟台]
 */
export function queryProblem(
  error: QueryError,
  query: string,
  language: Language,
  didYouMean: string,
  replace: (query: string) => void
): HTMLElement[] {
  const message = el("span", {}, error.describe(language));
  if (!(error instanceof UnknownNameError) || error.suggestions.length === 0) return [message];
  const span = wordSpan(error, query);
  if (!span) return [message];
  // Someone who typed Latin letters gets the suggestion in Latin letters, as core's message does.
  const latin = !/[\u3400-\u9fff]/.test(error.term);
  const buttons = error.suggestions.map((suggestion) => {
    const word = latin ? suggestion.en : suggestion.zh;
    return el(
      "button",
      {
        className: "btn small",
        attrs: { type: "button", "data-suggestion": word, lang: latin ? "en" : "zh-CN" },
        on: { click: () => replace(query.slice(0, span[0]) + word + query.slice(span[1])) },
      },
      word
    );
  });
  return [
    message,
    el("div", { className: "row suggestions" }, el("span", {}, didYouMean), ...buttons),
  ];
}
