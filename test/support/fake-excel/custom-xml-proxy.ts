/** Excel.CustomXmlPart(Collection) and the namespace-scoped collection (ExcelApi 1.5). */

import { defineProps, FakeClientObject, type FakeClientResult } from "./client-object";
import { FakeCollection } from "./collection";
import { ErrorCodes, hostError, invalidArgument, itemNotFound } from "./errors";
import { excelApi } from "./requirements";
import type { CustomXmlPartModel, WorkbookModel } from "./workbook-model";

const XML_PARTS = excelApi("1.5");

/**
 * The namespace of a part is the one its root element is in: the default `xmlns`, or
 * `xmlns:p` for a root named `p:…`; "" when the root declares none. Undefined when
 * the text has no root element (Excel refuses such XML).
 */
export function rootNamespace(xml: string): string | undefined {
  const body = xml
    .replace(/<\?[\s\S]*?\?>/g, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .trim();
  const root = /^<([A-Za-z_][\w.-]*)(?::([A-Za-z_][\w.-]*))?((?:\s+[^>]*?)?)\/?>/.exec(body);
  if (!root) return undefined;
  const [, first, local, attributes] = root;
  const closes = body.endsWith("/>") || body.endsWith(`</${local ? `${first}:${local}` : first}>`);
  if (!closes) return undefined;
  const attribute = local ? `xmlns:${first}` : "xmlns";
  const m = new RegExp(`\\s${attribute}\\s*=\\s*(["'])(.*?)\\1`).exec(attributes);
  return m ? m[2] : "";
}

function parsedNamespace(xml: unknown, location: string): string {
  const ns = typeof xml === "string" ? rootNamespace(xml) : undefined;
  if (ns === undefined) throw invalidArgument(location);
  return ns;
}

export class FakeCustomXmlPart extends FakeClientObject<CustomXmlPartModel> {
  declare readonly id: string;
  declare readonly namespaceUri: string;

  getXml(): FakeClientResult<string> {
    return this._result("getXml", [], (part) => part.xml, XML_PARTS);
  }

  setXml(xml: string): void {
    this._call(
      "setXml",
      [xml],
      (part, location) => {
        part.namespaceUri = parsedNamespace(xml, location);
        part.xml = xml;
      },
      XML_PARTS
    );
  }

  delete(): void {
    this._call(
      "delete",
      [],
      (part) => {
        const parts = this.context._model.customXmlParts;
        parts.splice(parts.indexOf(part), 1);
      },
      XML_PARTS
    );
  }
}
defineProps(FakeCustomXmlPart, "CustomXmlPart", {
  id: { get: (p) => p.id },
  namespaceUri: { get: (p) => p.namespaceUri },
});

abstract class PartList<M> extends FakeCollection<M, CustomXmlPartModel, FakeCustomXmlPart> {
  protected override _countRequires = XML_PARTS;

  protected _item(part: CustomXmlPartModel, index: number): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.context, `${this._path}.items[${index}]`, () => part);
  }

  getItem(id: string): FakeCustomXmlPart {
    return new FakeCustomXmlPart(
      this.context,
      this._childPath("getItem", [id]),
      this._from((m) => {
        const part = this._list(m).find((p) => p.id === id);
        if (!part) throw itemNotFound(`${this._typeName}.getItem`);
        return part;
      })
    );
  }

  getItemOrNullObject(id: string): FakeCustomXmlPart {
    const find = this._from((m) => this._list(m).find((p) => p.id === id) ?? null);
    return new FakeCustomXmlPart(this.context, this._childPath("getItemOrNullObject", [id]), find, {
      nullable: true,
    });
  }
}

export class FakeCustomXmlPartScopedCollection extends PartList<CustomXmlPartModel[]> {
  protected _list(parts: CustomXmlPartModel[]): CustomXmlPartModel[] {
    return parts;
  }

  /** Exactly one part or an error: none is ItemNotFound, several InvalidOperation (code not confirmed). */
  getOnlyItem(): FakeCustomXmlPart {
    return new FakeCustomXmlPart(
      this.context,
      this._childPath("getOnlyItem", []),
      this._from((parts) => {
        const location = "CustomXmlPartScopedCollection.getOnlyItem";
        if (parts.length === 0) throw itemNotFound(location);
        if (parts.length > 1) throw hostError(ErrorCodes.invalidOperation, location);
        return parts[0];
      })
    );
  }

  getOnlyItemOrNullObject(): FakeCustomXmlPart {
    const only = this._from((parts) => (parts.length === 1 ? parts[0] : null));
    return new FakeCustomXmlPart(
      this.context,
      this._childPath("getOnlyItemOrNullObject", []),
      only,
      { nullable: true }
    );
  }
}
defineProps(FakeCustomXmlPartScopedCollection, "CustomXmlPartScopedCollection", {});

export class FakeCustomXmlPartCollection extends PartList<WorkbookModel> {
  protected _list(model: WorkbookModel): CustomXmlPartModel[] {
    return model.customXmlParts;
  }

  add(xml: string): FakeCustomXmlPart {
    let created: CustomXmlPartModel | undefined;
    this._call(
      "add",
      [xml],
      (model, location) => {
        created = { id: model.guid(), xml, namespaceUri: parsedNamespace(xml, location) };
        model.customXmlParts.push(created);
      },
      XML_PARTS
    );
    return new FakeCustomXmlPart(this.context, this._childPath("add", [xml]), () => {
      if (!created) throw itemNotFound("CustomXmlPartCollection.add");
      return created;
    });
  }

  /** Parts whose root element declares this namespace (a part without xmlns is never found). */
  getByNamespace(namespaceUri: string): FakeCustomXmlPartScopedCollection {
    const path = this._childPath("getByNamespace", [namespaceUri]);
    return new FakeCustomXmlPartScopedCollection(
      this.context,
      path,
      this._from((m) =>
        m.customXmlParts.filter((p) => p.namespaceUri !== "" && p.namespaceUri === namespaceUri)
      )
    );
  }
}
defineProps(FakeCustomXmlPartCollection, "CustomXmlPartCollection", {});
