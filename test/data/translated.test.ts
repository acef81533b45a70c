import { getCatalog } from "../../src/core/dataset";
import { FIELDS } from "../../src/core/fields";
import { TRANSLATION_MARK, unmarked, withTranslationMarks } from "../../src/data/translated";
import { loadDataset } from "./load";

const CHENGYANG = "nsme1-qingdao-chengyang-plastic-rubber";

describe("Chinese texts that are our translation", () => {
  it("are marked in the data: the Chengyang record's name and industry, from an English-only page", () => {
    const c = loadDataset().clusters.find((x) => x.id === CHENGYANG)!;
    expect(c.translated).toEqual(["name", "industry"]);
    expect(c.nameForms).toEqual([]);
    expect(c.name.zh.endsWith(TRANSLATION_MARK)).toBe(false);
  });

  it("carry the mark in the catalog every view reads, on the zh side only", () => {
    const raw = loadDataset().clusters.find((x) => x.id === CHENGYANG)!;
    const shown = getCatalog().clusters.get(CHENGYANG)!;
    expect(shown.name).toEqual({ zh: `${raw.name.zh}（本项目译名）`, en: raw.name.en });
    expect(shown.industry).toEqual({ zh: `${raw.industry.zh}（本项目译名）`, en: raw.industry.en });
    // The columns SD.CLUSTERS and the pane's tables write read the same record.
    const field = (id: string) => FIELDS.find((f) => f.id === id)!;
    const context = { catalog: getCatalog(), language: "zh-CN" as const };
    expect(field("name").value(shown, context)).toBe(`${raw.name.zh}（本项目译名）`);
    expect(field("industry").value(shown, context)).toBe(`${raw.industry.zh}（本项目译名）`);
  });

  it("leave every other record as it is", () => {
    const d = loadDataset();
    const marked = withTranslationMarks(d);
    const changed = marked.clusters.filter((c, i) => c !== d.clusters[i]).map((c) => c.id);
    expect(changed).toEqual([CHENGYANG]);
    const none = { ...d, clusters: d.clusters.map(({ translated: _t, ...c }) => c) };
    expect(withTranslationMarks(none)).toBe(none);
  });

  it("mark only the texts named: a translated industry leaves a source's name alone", () => {
    const d = loadDataset();
    d.clusters[0].translated = ["industry"];
    const c = withTranslationMarks(d).clusters[0];
    expect(c.name).toEqual(d.clusters[0].name);
    expect(c.industry.zh).toBe(`${d.clusters[0].industry.zh}${TRANSLATION_MARK}`);
  });
});

describe("unmarked", () => {
  it("gives a marked text without its mark, and nothing for a text without one", () => {
    expect(unmarked("塑料和橡胶材料（本项目译名）")).toBe("塑料和橡胶材料");
    expect(unmarked("（本项目译名）")).toBe("");
    expect(unmarked("塑料和橡胶材料")).toBeUndefined();
    expect(unmarked("（本项目译名）塑料")).toBeUndefined();
  });
});
