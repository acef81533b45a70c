/**
 * Proxy objects with office.js load/sync semantics. A proxy holds a path and a
 * resolver that finds its model object when a sync runs (so a missing item fails
 * the sync, not the call). Scalar properties are readable once loaded and synced,
 * or after the code set them; everything else throws PropertyNotLoaded at once.
 */

import { invalidArgument, propertyNotLoaded, valueNotLoaded } from "./errors";
import { preview } from "./recorder";
import type { ApiSet } from "./requirements";
import type { FakeRequestContext, OpResult } from "./context";

export interface PropDef<M> {
  get(model: M, context: FakeRequestContext): unknown;
  /** Absent for read-only properties (assigning one throws a TypeError, as in office.js). */
  set?(model: M, value: unknown, location: string, context: FakeRequestContext): void;
  requires?: ApiSet;
}

export type PropTable<M> = Record<string, PropDef<M>>;

/** A load request: property paths, or "all" for every scalar property. */
export type LoadPaths = string[][] | "all";

export type LoadSpec = string | string[] | Record<string, unknown> | undefined;

export function parseLoadSpec(spec: LoadSpec): LoadPaths {
  if (spec === undefined) return "all";
  const split = (text: string) =>
    text
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => p.split("/").map((s) => s.trim()));
  if (typeof spec === "string") return split(spec);
  if (Array.isArray(spec)) return spec.flatMap(split);
  if ("select" in spec || "expand" in spec) {
    const select = typeof spec.select === "string" ? split(spec.select) : [];
    const expand = typeof spec.expand === "string" ? split(spec.expand) : [];
    return [...select, ...expand];
  }
  if (spec.$all === true) return "all";
  const paths: string[][] = [];
  for (const [key, value] of Object.entries(spec)) {
    if (value === true) paths.push([key]);
    else if (value && typeof value === "object") {
      const inner = parseLoadSpec(value as Record<string, unknown>);
      if (inner === "all") paths.push([key]);
      else paths.push(...inner.map((p) => [key, ...p]));
    }
  }
  return paths;
}

export class FakeClientResult<T> {
  private loaded = false;
  private result: T | undefined;

  get value(): T {
    if (!this.loaded) throw valueNotLoaded();
    return this.result as T;
  }

  _set(value: T): void {
    this.loaded = true;
    this.result = value;
  }
}

export interface ProxyOptions {
  /** An *OrNullObject proxy: never fails to resolve; `isNullObject` is known after the next sync. */
  nullable?: boolean;
  /** The requirement set of the method or property that produced this proxy. */
  requires?: ApiSet;
  requiresLocation?: string;
}

const encoder = new TextEncoder();

/** Bytes of a response as JSON (UTF-8: a Chinese character is 3 bytes), for the 5 MB limit. */
function sizeOf(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}

export abstract class FakeClientObject<M = unknown> {
  declare readonly _typeName: string;
  declare readonly _props: PropTable<M>;
  private resolution: { model: M | null } | undefined;
  protected readonly _values = new Map<string, unknown>();
  private isNull: boolean | undefined;
  private readonly navigations = new Map<string, unknown>();

  constructor(
    readonly context: FakeRequestContext,
    readonly _path: string,
    private readonly resolver: () => M | null,
    options: ProxyOptions = {}
  ) {
    if (options.requires) {
      const inner = resolver;
      const [requires, location] = [options.requires, options.requiresLocation ?? _path];
      this.resolver = () => {
        context._requireSet(requires, location);
        return inner();
      };
    }
    if (options.nullable)
      context._enqueue({ location: _path, payload: null, run: () => this._instantiate() });
  }

  /** The model object, resolved at most once (at sync time); null for a null object. */
  _model(): M | null {
    if (!this.resolution) this.resolution = { model: this.resolver() };
    return this.resolution.model;
  }

  /** Navigation properties return the same proxy on every access, as in office.js. */
  protected _nav<C>(name: string, create: () => C): C {
    if (!this.navigations.has(name)) this.navigations.set(name, create());
    return this.navigations.get(name) as C;
  }

  /** A resolver for a child proxy: a child of a null object is null too. */
  protected _from<C>(fn: (model: M) => C | null): () => C | null {
    return () => {
      const model = this._model();
      return model === null ? null : fn(model);
    };
  }

  get isNullObject(): boolean {
    if (this.isNull === undefined) throw propertyNotLoaded(this._typeName, "isNullObject");
    return this.isNull;
  }

  /** Navigation properties reachable from load paths ("format/font/bold"). */
  protected _navigation(_name: string): FakeClientObject<unknown> | undefined {
    return undefined;
  }

  _read(name: string): unknown {
    if (this._values.has(name)) return this._values.get(name);
    if (this.isNull === true) return undefined;
    throw propertyNotLoaded(this._typeName, name);
  }

  _write(name: string, value: unknown): void {
    const def = this._props[name];
    const location = `${this._typeName}.${name}`;
    this.context._log.record("set", this._path, name, [value]);
    this._values.set(name, value);
    this.context._enqueue({
      location,
      payload: value,
      run: () => {
        if (def.requires) this.context._requireSet(def.requires, location);
        const model = this._model();
        if (model !== null) def.set!(model, value, location, this.context);
      },
    });
  }

  /** Queues a method call; `run` executes at sync against the model (skipped for a null object). */
  protected _call(
    member: string,
    args: unknown[],
    run: (model: M, location: string) => void,
    requires?: ApiSet
  ): void {
    const location = `${this._typeName}.${member}`;
    this.context._log.record("call", this._path, member, args);
    this.context._enqueue({
      location,
      payload: args,
      run: () => {
        if (requires) this.context._requireSet(requires, location);
        const model = this._model();
        if (model !== null) run(model, location);
      },
    });
  }

  /** Queues a method whose answer arrives in a ClientResult after the sync. */
  protected _result<T>(
    member: string,
    args: unknown[],
    compute: (model: M, location: string) => T,
    requires?: ApiSet
  ): FakeClientResult<T> {
    const location = `${this._typeName}.${member}`;
    const result = new FakeClientResult<T>();
    this.context._log.record("call", this._path, member, args);
    this.context._enqueue({
      location,
      payload: args,
      run: (): OpResult | void => {
        if (requires) this.context._requireSet(requires, location);
        const model = this._model();
        const value = model === null ? (null as T) : compute(model, location);
        return { apply: () => result._set(value), size: sizeOf(value) };
      },
    });
    return result;
  }

  /** Logs a method that only builds a new proxy (nothing reaches the host until it is used). */
  protected _childPath(member: string, args: unknown[]): string {
    return `${this._path}.${member}(${args.map(preview).join(", ")})`;
  }

  load(spec?: LoadSpec): this {
    const paths = parseLoadSpec(spec);
    this.context._log.record(
      "load",
      this._path,
      paths === "all" ? "*" : paths.map((p) => p.join("/")).join(",")
    );
    this.context._enqueue({
      location: `${this._typeName}.load`,
      payload: paths,
      run: () => this._snapshot(paths),
    });
    return this;
  }

  /** Reads the requested properties now (inside a sync) and returns how to publish them. */
  _snapshot(paths: LoadPaths): OpResult {
    const model = this._model();
    if (model === null) return { apply: () => (this.isNull = true), size: 4 };
    const scalars = new Map<string, unknown>();
    const children: OpResult[] = [];
    const names = paths === "all" ? Object.keys(this._props).filter((n) => this._supported(n)) : [];
    const nested = new Map<string, string[][]>();
    for (const path of paths === "all" ? [] : paths) {
      if (path.length === 1 && path[0] in this._props) names.push(path[0]);
      else if (this._navigation(path[0]))
        nested.set(path[0], [
          ...(nested.get(path[0]) ?? []),
          ...(path.length > 1 ? [path.slice(1)] : []),
        ]);
      else throw invalidArgument(`${this._typeName}.load`);
    }
    for (const name of names) {
      const def = this._props[name];
      if (def.requires) this.context._requireSet(def.requires, `${this._typeName}.${name}`);
      scalars.set(name, def.get(model, this.context));
    }
    for (const [name, sub] of nested)
      children.push(this._navigation(name)!._snapshot(sub.length > 0 ? sub : "all"));
    return {
      apply: () => {
        this.isNull = false;
        for (const [k, v] of scalars) this._values.set(k, v);
        children.forEach((c) => c.apply());
      },
      size: sizeOf([...scalars.values()]) + children.reduce((n, c) => n + c.size, 0),
    };
  }

  _instantiate(): OpResult {
    const isNull = this._model() === null;
    return { apply: () => (this.isNull = isNull), size: 0 };
  }

  private _supported(name: string): boolean {
    const requires = this._props[name].requires;
    return !requires || this.context._supports(requires);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._values);
  }
}

/** Defines the scalar property accessors of a proxy class from its property table. */
export function defineProps<M>(
  cls: abstract new (...args: never[]) => FakeClientObject<M>,
  typeName: string,
  props: PropTable<M>
): void {
  Object.defineProperty(cls.prototype, "_typeName", { value: typeName });
  Object.defineProperty(cls.prototype, "_props", { value: props });
  for (const [name, def] of Object.entries(props)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: FakeClientObject<M>) {
        return this._read(name);
      },
      set: def.set
        ? function (this: FakeClientObject<M>, value: unknown) {
            this._write(name, value);
          }
        : undefined,
    });
  }
}
