// Updates reach users: Excel keeps functions.json for up to a day and fetches it again when the
// manifest's <Version> changes. So the metadata a build emits must be the one recorded beside
// <Version> in manifest.xml; a change needs a new version (`npm version patch` records both).
import { createHash } from "crypto";
import { readFileSync } from "fs";
import path from "path";

const { recordVersion, recordedVersion } = require("../../scripts/manifest-version.js");
const { BUILD_DIR } = require("../global-setup.js");

const ROOT = path.resolve(__dirname, "../..");
const source = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));

/** sha256 over each metadata file's name, a newline, then its bytes, in this order. */
function builtMetadataHash(): string {
  const hash = createHash("sha256");
  for (const file of ["functions.json", "functions.zh-cn.json"])
    hash.update(`${file}\n`).update(readFileSync(path.join(BUILD_DIR, file)));
  return hash.digest("hex");
}

describe("manifest <Version> and the function metadata", () => {
  const recorded = recordedVersion(source);

  test("the build's function metadata is the one recorded for this Version", () => {
    const built = builtMetadataHash();
    if (built !== recorded.hash)
      throw new Error(
        `The function metadata changed since Version ${recorded.version} (built sha256 ${built}, ` +
          `manifest.xml records ${recorded.hash}). Excel would keep serving the cached ` +
          `functions.json: run "npm version patch", which bumps the version and records the new hash.`
      );
  });

  test("<Version> is package.json's version with a fourth part", () => {
    expect(recorded.version).toBe(`${pkg.version}.0`);
  });

  test("the deployed manifest carries the same Version", () => {
    const built = readFileSync(path.join(BUILD_DIR, "manifest.xml"), "utf8");
    expect(recordedVersion(built)).toEqual(recorded);
  });

  test("the bundle takes only the version from package.json, not the rest of it", () => {
    const bundle = readFileSync(path.join(BUILD_DIR, "functions.js"), "utf8");
    expect(bundle).toContain(pkg.version);
    expect(bundle).not.toContain("devDependencies");
  });
});

describe("recordVersion", () => {
  const hash = "ab".repeat(32);

  test("sets the Version and the hash beside it, replacing what was recorded", () => {
    const once = recordVersion(source, "9.8.7.0", hash);
    expect(recordedVersion(once)).toEqual({ version: "9.8.7.0", hash });
    const twice = recordVersion(once, "9.8.8.0", "cd".repeat(32));
    expect(recordedVersion(twice)).toEqual({ version: "9.8.8.0", hash: "cd".repeat(32) });
    expect(twice.match(/function metadata sha256/g)).toHaveLength(1);
  });

  test("adds the hash where none was recorded", () => {
    const bare = source.replace(/\s*<!-- function metadata sha256[^>]*-->/, "");
    expect(recordedVersion(bare).hash).toBeUndefined();
    expect(recordedVersion(recordVersion(bare, "1.0.0.0", hash))).toEqual({
      version: "1.0.0.0",
      hash,
    });
  });

  test("refuses a version Office would reject", () => {
    expect(() => recordVersion(source, "1.0.0", hash)).toThrow(/four numbers/);
  });
});
