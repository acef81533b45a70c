// The committed lock must install everywhere with `npm ci`: Linux, Mac and Windows CI alike.
// It once held only the Linux builds of @unrs/resolver-binding-* (4 of 21): npm drops from the
// lock, without a word, any optional package its registry could not serve when the lock was
// written, and `npm ci` on a machine whose registry serves them all then rejects the lock.
import { readFileSync } from "fs";
import path from "path";

interface LockEntry {
  version?: string;
  optional?: boolean;
  engines?: { node?: string };
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
interface Lock {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
}

// Untyped (no @types/semver for one test): satisfies, subset, validRange, minVersion.
const semver = require("semver");

const ROOT = path.resolve(__dirname, "../..");
const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
const lock: Lock = JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8"));

/** The lock key Node's resolution reaches for `name` required from the package at `from`. */
function resolveIn(packages: Lock["packages"], from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const key = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[key]) return key;
    if (!dir) return undefined;
    const cut = dir.lastIndexOf("/node_modules/");
    dir = cut < 0 ? "" : dir.slice(0, cut);
  }
}

/** What `npm ci` would reject: a package.json the lock was not made from, or an edge it cannot satisfy. */
function lockProblems(lockFile: Lock, manifest: typeof pkg): string[] {
  const problems: string[] = [];
  const root = lockFile.packages[""];
  for (const field of ["dependencies", "devDependencies", "optionalDependencies"] as const) {
    const want = JSON.stringify(manifest[field] ?? {});
    if (JSON.stringify(root[field] ?? {}) !== want)
      problems.push(`the lock's ${field} differ from package.json's`);
  }
  for (const [from, entry] of Object.entries(lockFile.packages)) {
    // devDependencies are installed for the project itself only.
    const dev = from === "" ? entry.devDependencies : {};
    const edges = { ...entry.dependencies, ...entry.optionalDependencies, ...dev };
    for (const [name, range] of Object.entries(edges)) {
      const at = resolveIn(lockFile.packages, from, name);
      const who = from || "package.json";
      if (!at) problems.push(`${who} needs ${name}@${range}, which the lock does not hold`);
      else {
        const version = lockFile.packages[at].version;
        if (semver.validRange(range) && version && !semver.satisfies(version, range))
          problems.push(`${who} needs ${name}@${range}, the lock holds ${version}`);
      }
    }
  }
  return problems;
}

describe("package-lock.json", () => {
  test("is a version 3 lock that satisfies package.json and every locked package's dependencies", () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(lockProblems(lock, pkg)).toEqual([]);
  });

  test("holds every platform's build of the packages that ship native bindings", () => {
    const unrs = lock.packages["node_modules/unrs-resolver"];
    expect(Object.keys(unrs.optionalDependencies ?? {})).toHaveLength(21);
    const bindings = Object.keys(lock.packages).filter((k) =>
      k.includes("@unrs/resolver-binding-")
    );
    expect(bindings).toHaveLength(21);
  });

  test("the check reports a platform binding left out, and a package.json it was not made from", () => {
    const packages = { ...lock.packages };
    delete packages["node_modules/@unrs/resolver-binding-darwin-arm64"];
    expect(lockProblems({ ...lock, packages }, pkg)).toEqual([
      "node_modules/unrs-resolver needs @unrs/resolver-binding-darwin-arm64@1.13.0, which the lock does not hold",
    ]);
    const added = { ...pkg, devDependencies: { ...pkg.devDependencies, "left-pad": "^1.3.0" } };
    expect(lockProblems(lock, added)).toContain(
      "the lock's devDependencies differ from package.json's"
    );
    const older = structuredClone(lock);
    older.packages["node_modules/semver"].version = "6.3.1";
    expect(lockProblems(older, pkg)).toContain(
      "package.json needs semver@^7.8.6, the lock holds 6.3.1"
    );
  });

  test("lists no URL to download from, so every machine uses its own registry or mirror", () => {
    const resolved = Object.keys(lock.packages).filter(
      (k) => "resolved" in lock.packages[k] && k.includes("node_modules/")
    );
    expect(resolved).toEqual([]);
  });
});

describe("package.json engines", () => {
  const declared: string = pkg.engines.node;

  test("every Node version it admits meets every locked package's own engines", () => {
    const unmet = Object.entries(lock.packages)
      .filter(([key, e]) => key && !e.optional && e.engines?.node)
      .map(([key, e]) => [key.replace(/^.*node_modules\//, ""), e.engines!.node!] as const)
      .filter(([, range]) => !semver.subset(declared, range));
    expect(unmet).toEqual([]);
  });

  test("is no stricter than the locked packages need (the lowest admitted version is needed)", () => {
    // Lowering the floor by one patch must admit a version some package refuses.
    const floor = semver.minVersion(declared)!;
    const below = `${floor.major}.${floor.minor}.${Math.max(floor.patch - 1, 0)}`;
    const lowerFloor = floor.patch > 0 ? below : `${floor.major}.${floor.minor - 1}.0`;
    const refusers = Object.entries(lock.packages).filter(
      ([key, e]) =>
        key && !e.optional && e.engines?.node && !semver.satisfies(lowerFloor, e.engines.node)
    );
    expect(refusers.length).toBeGreaterThan(0);
  });
});
