/** Collections: `items` after a load, per-item property paths ("items/name" or "name"). */

import { FakeClientObject, type FakeClientResult, type LoadPaths } from "./client-object";
import type { OpResult } from "./context";
import type { ApiSet } from "./requirements";

export abstract class FakeCollection<
  M,
  IM,
  I extends FakeClientObject<IM>,
> extends FakeClientObject<M> {
  /** The models of the items, in order, at sync time. */
  protected abstract _list(model: M): IM[];
  /** A proxy bound to one item. */
  protected abstract _item(model: IM, index: number): I;
  /** Requirement set of getCount() on this collection. */
  protected _countRequires: ApiSet | undefined = undefined;

  get items(): I[] {
    return this._read("items") as I[];
  }

  getCount(): FakeClientResult<number> {
    return this._result("getCount", [], (m) => this._list(m).length, this._countRequires);
  }

  override _snapshot(paths: LoadPaths): OpResult {
    const own: string[][] = [];
    const perItem: string[][] = [];
    for (const path of paths === "all" ? [] : paths) {
      if (path[0] === "items") {
        if (path.length > 1) perItem.push(path.slice(1));
      } else if (path.length === 1 && path[0] in this._props) own.push(path);
      else perItem.push(path);
    }
    const mine = super._snapshot(paths === "all" ? "all" : own);
    const model = this._model();
    if (model === null) return mine;
    const items = this._list(model).map((m, i) => this._item(m, i));
    const loaded = items.map((item) =>
      item._snapshot(paths === "all" || perItem.length === 0 ? "all" : perItem)
    );
    return {
      apply: () => {
        mine.apply();
        this._values.set("items", items);
        loaded.forEach((l) => l.apply());
      },
      size: mine.size + loaded.reduce((n, l) => n + l.size, 0),
    };
  }

  override toJSON(): Record<string, unknown> {
    const items = this._values.get("items") as I[] | undefined;
    return { ...super.toJSON(), items: items?.map((i) => i.toJSON()) };
  }
}
