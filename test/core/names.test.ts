/** The pinyin a place name is found by, from the generated name index. */
import { pinyinOf } from "../../src/core/names";

describe("pinyinOf", () => {
  it("gives the full pinyin and initials of a place in the index", () => {
    expect(pinyinOf("威海")).toStrictEqual({ full: ["weihai"], initials: "wh" });
  });

  it.each(["不存在", "constructor", "__proto__", "toString", ""])(
    "gives no pinyin for %j, which names no place in the index",
    (name) => {
      expect(pinyinOf(name)).toStrictEqual({ full: [], initials: "" });
    }
  );
});
