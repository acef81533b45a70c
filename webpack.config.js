const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { rewriteManifestUrls, DEV_URL } = require("./scripts/manifest-urls.js");
const { devServerHttps } = require("./scripts/dev-certs.js");

// Lets the build call the TypeScript module that derives the zh-CN function metadata.
require("tsx/cjs/api").register();
const { toZhCn } = require("./src/functions/metadata-zh-cn.ts");

const FUNCTIONS_INPUT = "./src/functions/functions.ts";

/** Emits functions.zh-cn.json next to the functions.json the metadata plugin generated. */
class ZhCnFunctionMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ZhCnFunctionMetadata", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "ZhCnFunctionMetadata",
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return; // the metadata plugin has reported its own error
          const zh = toZhCn(JSON.parse(asset.source.source().toString()));
          compilation.emitAsset(
            "functions.zh-cn.json",
            new compiler.webpack.sources.RawSource(JSON.stringify(zh, null, 2))
          );
        }
      );
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const addinUrl = process.env.ADDIN_URL;
  const outDir = path.resolve(__dirname, (env && env.outDir) || "dist");
  return {
    // "source-map" in both modes: the default development devtool uses eval, which the pane's CSP forbids.
    devtool: "source-map",
    entry: {
      // The preview guard runs first so that the functions bundle loads where office.js could not.
      functions: ["./src/functions/preview-runtime.ts", FUNCTIONS_INPUT],
      taskpane: "./src/taskpane/taskpane.ts",
    },
    // Lazy chunks (the pane's Overview and its .xlsx writer) load beside the page that asked for
    // them; an explicit public path keeps out webpack's "auto" one, whose global lookup carries a
    // Function constructor the CSP forbids.
    output: { path: outDir, filename: "[name].js", publicPath: "", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    performance: { hints: false },
    // One webpack runtime for both entries, so the pane and the functions share one instance of
    // each core module: the pane's setLanguage then reaches the functions' headers.
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
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_INPUT }),
      new ZhCnFunctionMetadataPlugin(),
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
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              if (dev || !addinUrl) return content;
              return rewriteManifestUrls(content.toString(), addinUrl);
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
      port: Number(process.env.npm_package_config_dev_server_port || new URL(DEV_URL).port),
      hot: false,
      liveReload: false,
      client: false,
    },
  };
};
