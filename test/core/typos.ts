/**
 * The ways a name is commonly mistyped: a character dropped, doubled, replaced, or two swapped.
 * Shared by the suggestion tests (a random sample) and the bench (every typo of every name).
 */
export const TYPO_KINDS = ["drop", "double", "replace", "swap"] as const;
export type TypoKind = (typeof TYPO_KINDS)[number];

/**
 * One typo of a key at a position (taken modulo its length).
 *
 * @example
 * typo("yantai", "swap", 3, "x") //=> "yanati"
 */
export function typo(key: string, kind: TypoKind, position: number, letter: string): string {
  const chars = [...key];
  if (chars.length === 0) return letter;
  const i = position % chars.length;
  switch (kind) {
    case "drop":
      return [...chars.slice(0, i), ...chars.slice(i + 1)].join("");
    case "double":
      return [...chars.slice(0, i + 1), ...chars.slice(i)].join("");
    case "replace":
      return [...chars.slice(0, i), letter, ...chars.slice(i + 1)].join("");
    case "swap":
      return i + 1 < chars.length
        ? [...chars.slice(0, i), chars[i + 1], chars[i], ...chars.slice(i + 2)].join("")
        : key;
  }
}

/** Every typo of a key (drop, double, replace with `letter`, swap at each position). */
export function allTypos(key: string, letter = "x"): string[] {
  const length = [...key].length;
  const out: string[] = [];
  for (let i = 0; i < length; i++)
    for (const kind of TYPO_KINDS) out.push(typo(key, kind, i, letter));
  return out;
}
