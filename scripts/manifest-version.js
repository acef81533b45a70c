// Excel keeps an add-in's functions.json for up to a day and fetches it again when the manifest's
// <Version> changes, so a build whose function metadata changed must carry a new <Version>.
// manifest.xml records, beside <Version>, the hash of the metadata that version shipped;
// test/scripts/manifest-version.test.ts fails when the build's metadata no longer matches it.
//
// `npm version patch` (or minor, major) runs this as package.json's "version" script: <Version>
// follows package.json's version, and the recorded hash becomes that of a fresh build.
const { execFileSync } = require("node:child_process");
const { createHash } = require("node:crypto");
const { mkdtempSync, readFileSync, rmSync, writeFileSync } = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const METADATA_FILES = ["functions.json", "functions.zh-cn.json"];
const RECORD = /<Version>[^<]*<\/Version>(\s*<!-- function metadata sha256 [0-9a-f]+[^>]*-->)?/;

/** The sha256 of the function metadata files a build wrote into `dir`, in a fixed order. */
function metadataHash(dir) {
  const hash = createHash("sha256");
  for (const file of METADATA_FILES)
    hash.update(`${file}\n`).update(readFileSync(path.join(dir, file)));
  return hash.digest("hex");
}

/** manifest.xml with <Version> set to `version` (four parts) and the metadata hash beside it. */
function recordVersion(xml, version, hash) {
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(version))
    throw new Error(`A manifest Version has four numbers (got "${version}")`);
  if (!RECORD.test(xml)) throw new Error("manifest.xml has no <Version> element");
  return xml.replace(
    RECORD,
    `<Version>${version}</Version>\n  <!-- function metadata sha256 ${hash}: a change needs a new Version (npm version patch) -->`
  );
}

/** What manifest.xml records: its <Version> and the metadata hash beside it (undefined if none). */
function recordedVersion(xml) {
  const match = /<Version>([^<]*)<\/Version>\s*(?:<!-- function metadata sha256 ([0-9a-f]+))?/.exec(
    xml
  );
  return { version: match?.[1], hash: match?.[2] };
}

module.exports = { metadataHash, recordVersion, recordedVersion, METADATA_FILES };

if (require.main === module) {
  const root = path.resolve(__dirname, "..");
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
  const out = mkdtempSync(path.join(os.tmpdir(), "qilu-metadata-"));
  const node = (args) =>
    execFileSync(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  try {
    node(["scripts/prepare.mjs"]);
    node(["node_modules/webpack/bin/webpack.js", "--mode", "production", "--env", `outDir=${out}`]);
    const manifest = path.join(root, "manifest.xml");
    const hash = metadataHash(out);
    writeFileSync(
      manifest,
      recordVersion(readFileSync(manifest, "utf8"), `${pkg.version}.0`, hash)
    );
    console.log(`manifest.xml: Version ${pkg.version}.0, function metadata sha256 ${hash}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
