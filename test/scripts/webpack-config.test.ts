// The build's settings that deployment depends on, read from the config webpack gets.
const { TEST_ADDIN_URL } = require("../global-setup.js");

describe("webpack.config.js", () => {
  type Config = {
    devtool: string | false;
    plugins: object[];
    devServer: { host?: string };
  };
  const configFor = async (mode: string, addinUrl?: string): Promise<Config> => {
    const saved = process.env.ADDIN_URL;
    if (addinUrl === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = addinUrl;
    try {
      return await require("../../webpack.config.js")({}, { mode });
    } finally {
      if (saved === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = saved;
    }
  };
  const warns = (c: Config) =>
    c.plugins.some((p) => p.constructor.name === "LocalhostManifestWarning");

  test("a production build without ADDIN_URL says it made a localhost manifest; with it, not", async () => {
    expect(warns(await configFor("production"))).toBe(true);
    expect(warns(await configFor("production", TEST_ADDIN_URL))).toBe(false);
    expect(warns(await configFor("development"))).toBe(false);
  });

  test("source maps in development only", async () => {
    expect((await configFor("production", TEST_ADDIN_URL)).devtool).toBe(false);
    expect((await configFor("development")).devtool).toBe("source-map");
  });

  test("the dev server listens on localhost only", async () => {
    expect((await configFor("development")).devServer.host).toBe("localhost");
  });
});
