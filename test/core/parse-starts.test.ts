/**
 * The parser stops trying longer spans where no term can start (NameLookup.mayStartWith and the
 * patterns for years, batches and "山东…"). Every form a term can be typed in, listed here from
 * the dataset and the labels rather than from the parser, must still be found right after an
 * unknown character: the unknown word is that character alone.
 */
import { getCatalog } from "../../src/core/dataset";
import { UnknownNameError } from "../../src/core/errors";
import { canonical } from "../../src/core/names";
import { queryTerms } from "../../src/core/resolve";
import { isHan } from "../../src/core/text";
import { miniCatalog } from "./fixture";

const catalog = getCatalog();
const data = catalog.dataset;

/** A character no name, filter word or pattern holds. */
const UNKNOWN = "某";

function unknownPart(query: string, within = catalog): string | undefined {
  try {
    queryTerms(within, [query]);
    return undefined;
  } catch (error) {
    return error instanceof UnknownNameError ? error.term : String(error);
  }
}

const places = data.cities.flatMap((city) => [
  city.short,
  city.zh,
  city.en,
  city.traditional,
  `山东${city.short}`,
  `山东省${city.zh}`,
  ...city.districts.flatMap((d) => [d.zh, d.en, ...d.aliases, `山东省${d.zh}`]),
]);
const words = [
  ...[
    "国家级",
    "省级",
    "national",
    "provincial",
    "战略性新兴",
    "特色产业集群",
    "先进制造业",
    "未来产业",
  ],
  ...["公示", "拟认定", "已认定", "recognized", "proposed", "final"],
  ...[
    "2019",
    "2022年",
    "2024年度",
    "第二批",
    "第2批",
    "首批",
    "第十一批",
    "二批",
    "batch2",
    "2ndbatch",
  ],
];
/**
 * Text written without spaces is split into spans of at most 12 Chinese characters or 48 others,
 * and a list separator always ends a term: longer names and names with a comma are typed whole.
 */
const splittable = (form: string) => {
  const key = canonical(form);
  return !/[、,，]/.test(form) && key.length <= (isHan(key) ? 12 : 48);
};
const names = data.clusters
  .flatMap((c) => [c.name.zh, c.name.en, c.industry.zh, c.industry.en, c.id])
  .filter(splittable);

describe("a known term right after an unknown character", () => {
  test("the character itself is unknown, not read as part of a name", () => {
    expect(unknownPart(UNKNOWN)).toBe(UNKNOWN);
  });

  test.each([
    ["places, with and without 市 and 山东省", places],
    ["filter words, years and batches", words],
    ["cluster names, industries and ids", names],
  ])("%s are each found after it", (_label, forms) => {
    const missed = forms.filter((form) => unknownPart(UNKNOWN + form) !== UNKNOWN);
    expect(missed).toStrictEqual([]);
  });

  test("the province's name before a place where no cluster name starts with it (the small dataset)", () => {
    for (const form of ["山东烟台", "山东省烟台市", "山东省威海"])
      expect(unknownPart(UNKNOWN + form, miniCatalog)).toBe(UNKNOWN);
  });
});
