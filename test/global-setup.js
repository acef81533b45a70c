// Once per jest run: check the data, generate the name index, and build the add-in the way it is
// deployed (ADDIN_URL set), so that tests read the real bundle, manifest and metadata.
const { execFileSync } = require("child_process");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const BUILD_DIR = path.join(ROOT, "test", "artifacts", "build");
// The same add-in built on a dataset with one more cluster, for the refresh browser test.
const UPDATED_BUILD_DIR = path.join(ROOT, "test", "artifacts", "build-updated");
const UPDATED_DATASET = path.join(ROOT, "test", "artifacts", "clusters-updated.json");
const TEST_ADDIN_URL = "https://addin.example.org/qilu/";

module.exports = async function globalSetup() {
  const node = (args, env) =>
    execFileSync(process.execPath, args, {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, ...env },
    });
  // npm test has prepared already (its type check needs the name index).
  if (process.env.QILU_PREPARED !== "1") node(["scripts/prepare.mjs"]);
  // For quick unit runs (QILU_SKIP_BUILD=1 npx jest test/core): the manifest, build and browser
  // tests then read the last build in test/artifacts/build.
  if (process.env.QILU_SKIP_BUILD === "1") return;
  node(
    ["node_modules/webpack/bin/webpack.js", "--mode", "production", "--env", `outDir=${BUILD_DIR}`],
    {
      ADDIN_URL: TEST_ADDIN_URL,
    }
  );
  node(["--import", "tsx", "test/browser/refresh-dataset.ts", UPDATED_DATASET]);
  node(
    [
      "node_modules/webpack/bin/webpack.js",
      "--mode",
      "production",
      "--env",
      `outDir=${UPDATED_BUILD_DIR}`,
    ],
    { ADDIN_URL: TEST_ADDIN_URL, QILU_DATASET: UPDATED_DATASET }
  );
};

module.exports.BUILD_DIR = BUILD_DIR;
module.exports.UPDATED_BUILD_DIR = UPDATED_BUILD_DIR;
module.exports.TEST_ADDIN_URL = TEST_ADDIN_URL;
