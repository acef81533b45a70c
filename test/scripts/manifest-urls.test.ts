import { readFileSync } from "fs";
import path from "path";

const { rewriteManifestUrls } = require("../../scripts/manifest-urls.js");

const source = readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");

describe("rewriteManifestUrls", () => {
  test("rewrites every localhost URL under the deployment URL and the AppDomain to its origin", () => {
    const out: string = rewriteManifestUrls(source, "https://cdn.example.org/addins/qilu");
    expect(out).not.toMatch(/localhost/);
    expect(out).toContain('"https://cdn.example.org/addins/qilu/taskpane.html"');
    expect(out).toContain("<AppDomain>https://cdn.example.org</AppDomain>");
    const count = (s: string, sub: string) => s.split(sub).length - 1;
    expect(count(out, "https://cdn.example.org/addins/qilu/")).toBe(
      count(source, "https://localhost:3000/")
    );
  });

  test.each([
    ["not a URL", "cdn.example.org/qilu"],
    ["http", "http://cdn.example.org/qilu/"],
    ["a query", "https://cdn.example.org/qilu/?v=1"],
  ])("refuses a deployment URL that is %s", (_what, url) => {
    expect(() => rewriteManifestUrls(source, url)).toThrow(/ADDIN_URL/);
  });

  test("reports a localhost URL it could not rewrite", () => {
    const odd = source.replace(
      "</OfficeApp>",
      '<!-- x --><SupportUrl DefaultValue="https://127.0.0.1:3000/x"/></OfficeApp>'
    );
    expect(() => rewriteManifestUrls(odd, "https://cdn.example.org/")).toThrow(
      /still points at localhost.*127\.0\.0\.1/
    );
  });
});
