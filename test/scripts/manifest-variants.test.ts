/**
 * @jest-environment jsdom
 */
// The development and the production manifest must not collide in one Excel: Office tells
// add-ins apart by <Id>, and people by the name in the ribbon and the add-in list.
import { readdirSync, readFileSync } from "fs";
import path from "path";

const { productionManifest, DEV_ID, PRODUCTION_ID } = require("../../scripts/manifest-variants.js");
const { BUILD_DIR, TEST_ADDIN_URL } = require("../global-setup.js");

const ROOT = path.resolve(__dirname, "../..");
const source = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

function read(xml: string) {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const names = (el: Element | undefined) => [
    el?.getAttribute("DefaultValue"),
    el?.getElementsByTagName("*")[0]?.getAttribute("Value"),
  ];
  const group = [...doc.getElementsByTagName("bt:String")].find(
    (e) => e.getAttribute("id") === "Group.Label"
  );
  return {
    id: doc.getElementsByTagName("Id")[0]?.textContent,
    displayName: names(doc.getElementsByTagName("DisplayName")[0]),
    group: names(group),
  };
}

describe("development and production manifests", () => {
  const dev = read(source);
  const prod = read(productionManifest(source, TEST_ADDIN_URL));

  test("manifest.xml is the development one: its own Id, every name marked (dev) in both languages", () => {
    expect(dev.id).toBe(DEV_ID);
    expect(dev.displayName).toEqual(["Qilu Clusters (dev)", "齐鲁产业集群（开发版）"]);
    expect(dev.group).toEqual(["Qilu Clusters (dev)", "齐鲁产业集群（开发版）"]);
  });

  test("the production manifest has the production Id and the names without the mark", () => {
    expect(prod.id).toBe(PRODUCTION_ID);
    expect(prod.id).not.toBe(dev.id);
    expect(prod.displayName).toEqual(["Qilu Clusters", "齐鲁产业集群"]);
    expect(prod.group).toEqual(["Qilu Clusters", "齐鲁产业集群"]);
  });

  test("the two Ids are GUIDs, as Office requires", () => {
    const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    expect(DEV_ID).toMatch(guid);
    expect(PRODUCTION_ID).toMatch(guid);
  });

  test("refuses a source that is not the development manifest", () => {
    const already = productionManifest(source, TEST_ADDIN_URL);
    expect(() => productionManifest(already, TEST_ADDIN_URL)).toThrow(/development Id/);
  });

  test("refuses to leave a development mark it could not remove", () => {
    const odd = source.replace(
      '<bt:String id="TaskpaneButton.Label" DefaultValue="Clusters">',
      '<bt:String id="TaskpaneButton.Label" DefaultValue="Clusters (dev) list">'
    );
    expect(() => productionManifest(odd, TEST_ADDIN_URL)).toThrow(/still marked.*\(dev\)/);
  });

  test("the build with ADDIN_URL emits exactly the production manifest, and no source maps", () => {
    const built = readFileSync(path.join(BUILD_DIR, "manifest.xml"), "utf8");
    expect(built).toBe(productionManifest(source, TEST_ADDIN_URL));
    expect(readdirSync(BUILD_DIR).filter((f) => f.endsWith(".map"))).toEqual([]);
  });
});
