/** The small hand-made dataset in fixtures/, for behaviour the real data may not show (joint clusters, shared initials). */
import type { Dataset } from "../../src/data/types";
import { buildCatalog } from "../../src/core/catalog";
import mini from "./fixtures/mini-dataset.json";

export const miniDataset = mini as unknown as Dataset;
export const miniCatalog = buildCatalog(miniDataset);

/**
 * A Chinese name as written, and without the mark our translations carry: the spellings the
 * name lookup may hold for it. The mark is written out, not imported, so that the oracle does
 * not share the code's constant.
 */
export const asWritten = (zh: string) => [zh, zh.replace("（本项目译名）", "")];

/** Entries as "category:id", for comparing what a name resolves to. */
export const ids = (entries: readonly { category: string; id: string }[]) =>
  entries.map((e) => `${e.category}:${e.id}`);

/** The error a call throws; fails the test when it returns instead. */
export function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}
