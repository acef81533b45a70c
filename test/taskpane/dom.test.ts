/**
 * @jest-environment jsdom
 */
import { el, labelledSelect, safeLink } from "../../src/taskpane/dom";

describe("el", () => {
  test("puts text in as text, never as markup", () => {
    const node = el("p", {}, "<img src=x onerror=alert(1)>", 7);
    expect(node.textContent).toBe("<img src=x onerror=alert(1)>7");
    expect(node.querySelector("img")).toBeNull();
  });

  test("sets attributes, skips undefined ones and wires events", () => {
    const clicks: string[] = [];
    const node = el(
      "button",
      { attrs: { "aria-label": "go", title: undefined }, on: { click: () => clicks.push("x") } },
      "Go"
    );
    node.click();
    expect(node.getAttribute("aria-label")).toBe("go");
    expect(node.hasAttribute("title")).toBe(false);
    expect(clicks).toEqual(["x"]);
  });

  test("drops empty children", () => {
    expect(el("div", {}, null, undefined, false, "a").childNodes).toHaveLength(1);
  });
});

test("labelledSelect ties its label to the select and reports changes", () => {
  const seen: string[] = [];
  const field = labelledSelect(
    "city",
    "城市",
    [
      ["", "全部"],
      ["yantai", "烟台"],
    ],
    "yantai",
    (v) => seen.push(v)
  );
  const select = field.querySelector("select")!;
  expect(field.querySelector("label")!.htmlFor).toBe("city");
  expect(select.value).toBe("yantai");
  select.value = "";
  select.dispatchEvent(new Event("change"));
  expect(seen).toEqual([""]);
});

describe("safeLink", () => {
  test("links http(s) addresses, opening safely in a new window", () => {
    const link = safeLink(
      "https://example.org/a?b=1",
      "标题",
      "打开原文: 标题"
    ) as HTMLAnchorElement;
    expect(link.tagName).toBe("A");
    expect(link.href).toBe("https://example.org/a?b=1");
    expect(link.rel).toBe("noopener noreferrer");
    expect(link.textContent).toBe("标题");
  });

  test.each(["javascript:alert(1)", "data:text/html,x", "not a url"])(
    "shows %s as plain text",
    (url) => {
      const node = safeLink(url, "标题", "label");
      expect(node.tagName).toBe("SPAN");
      expect(node.textContent).toBe("标题");
    }
  );
});
