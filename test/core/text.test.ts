import fc from "fast-check";
import {
  foldWidthCaseAccents,
  isHan,
  splitList,
  stripNoise,
  stripPlaceSuffix,
  stripProvincePrefix,
} from "../../src/core/text";
import { canonical, pinyinOf, nameIndex } from "../../src/core/names";
import data from "../../src/data/clusters.json";

describe("foldWidthCaseAccents", () => {
  it("turns full-width letters, digits and spaces into ASCII lower case", () => {
    expect(foldWidthCaseAccents("ＹＡＮＴＡＩ　１２")).toBe("yantai 12");
  });
  it("drops pinyin tone marks", () => {
    expect(foldWidthCaseAccents("Yān Tái")).toBe("yan tai");
  });
  it("leaves Chinese characters alone", () => {
    expect(foldWidthCaseAccents("煙臺")).toBe("煙臺");
  });
});

describe("stripNoise", () => {
  it("removes spaces, dashes, underscores and quotes", () => {
    expect(stripNoise(" yan-tai_'「x」 ")).toBe("yantaix");
  });
});

describe("splitList", () => {
  it.each([
    ["烟台、青岛", ["烟台", "青岛"]],
    ["烟台，青岛", ["烟台", "青岛"]],
    ["烟台,青岛", ["烟台", "青岛"]],
    ["烟台；青岛;潍坊", ["烟台", "青岛", "潍坊"]],
    ["烟台/青岛|潍坊", ["烟台", "青岛", "潍坊"]],
    [" 烟台 、、 ", ["烟台"]],
  ])("splits %s", (text, items) => {
    expect(splitList(text)).toEqual(items);
  });
  it("does not split at spaces, which occur inside names", () => {
    expect(splitList("yan tai")).toEqual(["yan tai"]);
  });
});

describe("place affixes", () => {
  it("strips one trailing 市/区/县 but keeps at least two characters", () => {
    expect(stripPlaceSuffix("海阳市")).toBe("海阳");
    expect(stripPlaceSuffix("海阳县")).toBe("海阳");
    expect(stripPlaceSuffix("海阳")).toBeUndefined();
    expect(stripPlaceSuffix("市区")).toBeUndefined();
  });
  it("strips a leading 山东省 / 山东", () => {
    expect(stripProvincePrefix("山东省烟台市")).toBe("烟台市");
    expect(stripProvincePrefix("山东烟台")).toBe("烟台");
    expect(stripProvincePrefix("烟台")).toBeUndefined();
  });
  it("leaves the province's own name alone, which is no prefix of a place", () => {
    expect(stripProvincePrefix("山东")).toBeUndefined();
    expect(stripProvincePrefix("山东省")).toBeUndefined();
    expect(stripProvincePrefix("山东省烟台")).toBe("烟台");
    // Too short after 山东省 to be a place: never read as 山东 + "省烟".
    expect(stripProvincePrefix("山东省烟")).toBeUndefined();
    expect(stripProvincePrefix("山东省市")).toBeUndefined();
  });
});

describe("isHan", () => {
  it("is true only for text made wholly of Chinese characters", () => {
    expect(isHan("烟台")).toBe(true);
    expect(isHan("煙臺")).toBe(true);
    expect(isHan("烟台a")).toBe(false);
    expect(isHan("a烟台")).toBe(false);
    expect(isHan("烟 台")).toBe(false);
    expect(isHan("")).toBe(false);
  });
  it("agrees with a character-by-character check of the CJK ideograph blocks", () => {
    const han = (c: string) => (c >= "\u3400" && c <= "\u9fff") || (c >= "\uf900" && c <= "\ufaff");
    const char = fc.constantFrom("烟", "台", "煙", "\uf900", "\u3400", "a", "1", " ", "、", "ａ");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 6 }), (chars) => {
        const text = chars.join("");
        expect(isHan(text)).toBe(chars.length > 0 && chars.every(han));
      })
    );
  });
});

describe("canonical", () => {
  it.each(["烟台", "煙臺", "煙台", " 烟 台 "])("reads %s as 烟台", (text) => {
    expect(canonical(text)).toBe("烟台");
  });
  it.each(["Yantai", "yantai", "YANTAI", "yan tai", "ＹＡＮＴＡＩ", "Yān Tái"])(
    "reads %s as yantai",
    (text) => {
      expect(canonical(text)).toBe("yantai");
    }
  );
  it("simplifies context-dependent traditional forms seen in the dataset", () => {
    expect(canonical("先進製造業")).toBe("先进制造业");
  });
});

describe("generated name index", () => {
  it("was built from the bundled dataset", () => {
    expect(nameIndex.datasetVersion).toBe(data.version);
  });
  it("holds full pinyin and initials of city and district names", () => {
    expect(pinyinOf("烟台")).toEqual({ full: ["yantai"], initials: "yt" });
    expect(pinyinOf("海阳").full).toContain("haiyang");
  });
  it("maps only traditional characters to different simplified ones", () => {
    for (const [traditional, simplified] of Object.entries(nameIndex.traditional))
      expect(traditional).not.toBe(simplified);
    expect(nameIndex.traditional["臺"]).toBe("台");
  });
  it("stays small (the dictionaries themselves are not shipped)", () => {
    expect(JSON.stringify(nameIndex).length).toBeLessThan(20_000);
  });
});
