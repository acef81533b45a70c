/**
 * @jest-environment jsdom
 */
import { existsSync, readFileSync } from "fs";
import path from "path";
import { checkManifest } from "./check-manifest";

const { BUILD_DIR, TEST_ADDIN_URL } = require("../global-setup.js");

const source = readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");
const built = readFileSync(path.join(BUILD_DIR, "manifest.xml"), "utf8");
const emitted = (file: string) => existsSync(path.join(BUILD_DIR, file));
const devOptions = { baseUrl: "https://localhost:3000/", fileExists: emitted };

describe("manifest.xml (offline checks)", () => {
  test("the development manifest passes every check", () => {
    expect(checkManifest(source, devOptions)).toEqual([]);
  });

  test("the deployment manifest built with ADDIN_URL passes every check, with no localhost left", () => {
    expect(built).not.toMatch(/localhost/);
    expect(built).toContain(`${TEST_ADDIN_URL}taskpane.html`);
    expect(checkManifest(built, { baseUrl: TEST_ADDIN_URL, fileExists: emitted })).toEqual([]);
  });

  test("the one task pane keeps its TaskpaneId, so the shared runtime never opens a second pane", () => {
    // docs/develop/configure-your-add-in-to-use-a-shared-runtime.md, "Multiple task panes".
    const actions = [...source.matchAll(/<Action xsi:type="ShowTaskpane">([\s\S]*?)<\/Action>/g)];
    expect(actions).toHaveLength(1);
    expect(actions[0][1]).toContain("<TaskpaneId>QiluClusters.Taskpane</TaskpaneId>");
  });

  test("reports malformed XML", () => {
    expect(checkManifest(source.replace("</OfficeApp>", ""), devOptions)).toEqual([
      "manifest is not well-formed XML",
    ]);
  });

  test("reports a resid whose resource was removed", () => {
    const broken = source.replace(/<bt:String id="Group.Label"[\s\S]*?<\/bt:String>/, "");
    expect(checkManifest(broken, devOptions)).toContain(
      'resid "Group.Label" (on <Label>) is not defined'
    );
  });

  test("reports an icon the build does not emit", () => {
    const broken = source.replace("assets/icon-80.png", "assets/icon-81.png");
    expect(checkManifest(broken, devOptions)).toContain(
      "icon points at assets/icon-81.png, which the build does not emit"
    );
  });

  test("reports an icon file that is missing from the build", () => {
    const withoutIcon = (file: string) => file !== "assets/icon-16.png" && emitted(file);
    expect(checkManifest(source, { ...devOptions, fileExists: withoutIcon })).toContain(
      "icon points at assets/icon-16.png, which the build does not emit"
    );
  });

  test("reports http URLs and URLs on another origin", () => {
    const broken = source
      .replace(
        'DefaultValue="https://localhost:3000/support.html"/>',
        'DefaultValue="http://localhost:3000/support.html"/>'
      )
      .replace("https://localhost:3000/assets/icon-32.png", "https://cdn.example.com/icon-32.png");
    const problems = checkManifest(broken, devOptions);
    expect(problems).toContain("URL is not https: http://localhost:3000/support.html");
    expect(problems).toContain(
      "URL is not under https://localhost:3000: https://cdn.example.com/icon-32.png"
    );
  });

  test("reports a second resid for the shared runtime", () => {
    const broken = source.replace(
      '<FunctionFile resid="Taskpane.Url"/>',
      '<FunctionFile resid="GetStarted.LearnMoreUrl"/>'
    );
    expect(checkManifest(broken, devOptions)).toContain("<FunctionFile> must use Taskpane.Url");
  });

  test("reports a namespace other than SD", () => {
    const broken = source.replace(
      'id="Functions.Namespace" DefaultValue="SD"',
      'id="Functions.Namespace" DefaultValue="CONTOSO"'
    );
    expect(checkManifest(broken, devOptions)).toContain(
      'functions namespace is "CONTOSO", not "SD"'
    );
  });

  test("reports functions metadata the build does not emit, per locale", () => {
    const withoutZh = (file: string) => file !== "functions.zh-cn.json" && emitted(file);
    expect(checkManifest(source, { ...devOptions, fileExists: withoutZh })).toContain(
      "functions metadata (zh-CN) points at functions.zh-cn.json, which the build does not emit"
    );
  });
});
