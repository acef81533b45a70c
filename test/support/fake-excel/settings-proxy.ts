/** Excel.Setting(Collection): per-workbook key/value pairs stored as JSON (ExcelApi 1.4). */

import { defineProps, FakeClientObject } from "./client-object";
import { FakeCollection } from "./collection";
import { invalidArgument, itemNotFound } from "./errors";
import { excelApi } from "./requirements";
import { parseSettingJson, toSettingJson } from "./settings-json";
import type { WorkbookModel } from "./workbook-model";

const SETTINGS = excelApi("1.4");

export class FakeSetting extends FakeClientObject<string> {
  declare readonly key: string;
  declare value: unknown;

  delete(): void {
    this._call("delete", [], (key) => this.context._model.settings.delete(key), SETTINGS);
  }
}
defineProps(FakeSetting, "Setting", {
  key: { get: (key) => key, requires: SETTINGS },
  value: {
    get: (key, context) => parseSettingJson(context._model.settings.get(key)!),
    set: (key, value, location, context) =>
      context._model.settings.set(key, storable(value, location)),
    requires: SETTINGS,
  },
});

/** Values go through JSON: undefined, functions at top level and cycles are refused. */
function storable(value: unknown, location: string): string {
  const json = toSettingJson(value);
  if (json === undefined) throw invalidArgument(location);
  return json;
}

export class FakeSettingCollection extends FakeCollection<WorkbookModel, string, FakeSetting> {
  protected override _countRequires = SETTINGS;

  protected _list(model: WorkbookModel): string[] {
    return [...model.settings.keys()];
  }

  protected _item(key: string, index: number): FakeSetting {
    return new FakeSetting(this.context, `${this._path}.items[${index}]`, () => key);
  }

  add(key: string, value: unknown): FakeSetting {
    this._call(
      "add",
      [key, value],
      (model, location) => {
        if (typeof key !== "string" || key === "") throw invalidArgument(location);
        model.settings.set(key, storable(value, location));
      },
      SETTINGS
    );
    return new FakeSetting(
      this.context,
      this._childPath("add", [key, value]),
      this._from(() => key)
    );
  }

  getItem(key: string): FakeSetting {
    return new FakeSetting(
      this.context,
      this._childPath("getItem", [key]),
      this._from((m) => {
        if (!m.settings.has(key)) throw itemNotFound("SettingCollection.getItem");
        return key;
      })
    );
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(
      this.context,
      this._childPath("getItemOrNullObject", [key]),
      this._from((m) => (m.settings.has(key) ? key : null)),
      {
        nullable: true,
      }
    );
  }
}
defineProps(FakeSettingCollection, "SettingCollection", {});
