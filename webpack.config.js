const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DEV_URL } = require("./scripts/manifest-urls.js");
const { productionManifest } = require("./scripts/manifest-variants.js");
const { devServerHttps } = require("./scripts/dev-certs.js");

// Lets the build call the TypeScript modules that finish the metadata and derive its zh-CN copy.
require("tsx/cjs/api").register();
const { finishMetadata } = require("./src/functions/metadata-build.ts");
const { toZhCn } = require("./src/functions/metadata-zh-cn.ts");
const { datasetFileProblems } = require("./src/data/check-file.ts");

const FUNCTIONS_INPUT = "./src/functions/functions.ts";

/**
 * Finishes the functions.json the metadata plugin generated (error inputs, enum labels) and emits
 * functions.zh-cn.json beside it.
 */
class FunctionMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionMetadata", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "FunctionMetadata",
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return; // the metadata plugin has reported its own error
          const generated = JSON.parse(asset.source.source().toString());
          const { RawSource } = compiler.webpack.sources;
          const json = (metadata) => new RawSource(JSON.stringify(metadata, null, 2));
          compilation.updateAsset("functions.json", json(finishMetadata(generated, "en")));
          const zh = toZhCn(finishMetadata(generated, "zh-CN"));
          compilation.emitAsset("functions.zh-cn.json", json(zh));
        }
      );
    });
  }
}

/** A production build without ADDIN_URL says that its manifest is the localhost development one. */
class LocalhostManifestWarning {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalhostManifestWarning", (compilation) => {
      compilation.warnings.push(
        new compiler.webpack.WebpackError(
          `No ADDIN_URL: manifest.xml in the output is the development manifest (${DEV_URL}, ` +
            `"Qilu Clusters (dev)"). For the one to deploy: ADDIN_URL=https://your.host/path/ npm run build`
        )
      );
    });
  }
}

module.exports = async (env, options) => {
  // A build on another dataset gets the same check as the bundled one (scripts/check-data.ts).
  if (process.env.QILU_DATASET) {
    const problems = datasetFileProblems(path.resolve(process.env.QILU_DATASET));
    if (problems.length > 0)
      throw new Error(
        `QILU_DATASET ${process.env.QILU_DATASET}: ${problems.length} problem(s)\n  ${problems.join("\n  ")}`
      );
  }
  const dev = options.mode === "development";
  const addinUrl = process.env.ADDIN_URL;
  const outDir = path.resolve(__dirname, (env && env.outDir) || "dist");
  return {
    // Development: "source-map", since the default devtool uses eval, which the pane's CSP forbids.
    // Production: none, so that dist/ (what is deployed) carries no .map files.
    devtool: dev ? "source-map" : false,
    entry: {
      // The preview guard runs first so that the functions bundle loads where office.js could not.
      functions: ["./src/functions/preview-runtime.ts", FUNCTIONS_INPUT],
      // The pane depends on the functions entry, so the core and the dataset, which both use,
      // ship once (in functions.js, which the page loads first) instead of once per bundle.
      taskpane: { import: "./src/taskpane/taskpane.ts", dependOn: "functions" },
    },
    // Lazy chunks (the pane's Overview and its .xlsx writer) load beside the page that asked for
    // them; an explicit public path keeps out webpack's "auto" one, whose global lookup carries a
    // Function constructor the CSP forbids.
    output: { path: outDir, filename: "[name].js", publicPath: "", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    performance: { hints: false },
    // One webpack runtime for both entries, so the pane and the functions share one instance of
    // each core module (the pane's setLanguage then reaches the functions' headers) and one copy.
    optimization: { runtimeChunk: "single" },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // Types are checked once by `tsc --noEmit` in `npm test`; the bundle build only transpiles.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    plugins: [
      // Tests build the add-in a second time on another dataset (an "updated" add-in).
      ...(process.env.QILU_DATASET
        ? [
            new (require("webpack").NormalModuleReplacementPlugin)(
              /[\\/]data[\\/]clusters\.json$/,
              path.resolve(process.env.QILU_DATASET)
            ),
          ]
        : []),
      ...(dev || addinUrl ? [] : [new LocalhostManifestWarning()]),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_INPUT }),
      new FunctionMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the one page carries the functions and the pane.
        chunks: ["runtime", "functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/support.html", to: "support.html" },
          // Copied, not bundled: ts-loader never sees it; the minifier keeps ES5 as ES5 (tested).
          { from: "src/taskpane/es5-check.js", to: "es5-check.js" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              if (dev || !addinUrl) return content;
              return productionManifest(content.toString(), addinUrl);
            },
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: outDir },
      headers: { "Access-Control-Allow-Origin": "*" },
      // Certificates are read only when serving, so a build needs none.
      server: env && env.WEBPACK_SERVE ? { type: "https", options: devServerHttps() } : undefined,
      // Loopback only: the dev server is for this machine's Excel, not for the network.
      host: "localhost",
      port: Number(process.env.npm_package_config_dev_server_port || new URL(DEV_URL).port),
      hot: false,
      liveReload: false,
      client: false,
    },
  };
};
