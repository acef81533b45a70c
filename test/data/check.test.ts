import { checkDataset } from "../../src/data/check";
import type { Cluster, Dataset } from "../../src/data/types";
import { loadDataset } from "./load";

/** Applies `mutate` to a fresh copy of the real data and returns the problems found. */
function problemsAfter(mutate: (d: Dataset) => void): string[] {
  const d = loadDataset();
  mutate(d);
  return checkDataset(d);
}

function cluster(d: Dataset, id: string): Cluster {
  const found = d.clusters.find((c) => c.id === id);
  if (!found) throw new Error(`no cluster ${id} in the data`);
  return found;
}

function program(d: Dataset, id: string) {
  const found = d.programs.find((p) => p.id === id);
  if (!found) throw new Error(`no program ${id} in the data`);
  return found;
}

/** Asserts that some problem matches `pattern`. */
function expectProblem(problems: string[], pattern: RegExp): void {
  expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(pattern)]));
}

describe("checkDataset on the real data", () => {
  it("finds no problem", () => {
    expect(checkDataset(loadDataset())).toEqual([]);
  });
});

describe("schema", () => {
  it("reports a string where a number should be", () => {
    const problems = problemsAfter((d) => {
      (cluster(d, "ns1-jinan-it-services").metrics[0] as unknown as { value: string }).value =
        "170";
    });
    expectProblem(problems, /schema: \/clusters\/\d+\/metrics\/0\/value must be number/);
  });
  it("reports an unknown qualifier", () => {
    const problems = problemsAfter((d) => {
      (
        program(d, "provincial-strategic-emerging").batches[0].totals[0] as { qualifier: string }
      ).qualifier = "roughly";
    });
    expectProblem(
      problems,
      /schema: .*qualifier must be equal to one of the allowed values \(exact, over, about, at-least\)/
    );
  });
  it("reports a badly formed date", () => {
    expectProblem(
      problemsAfter(
        (d) =>
          void (program(d, "provincial-strategic-emerging").batches[1].noticeDate = "2022/03/04")
      ),
      /schema: .*noticeDate must match pattern/
    );
    expectProblem(
      problemsAfter((d) => void (d.updated = "2026-13-01")),
      /schema: \/updated must match pattern/
    );
  });
  it("reports a field the contract does not know", () => {
    const problems = problemsAfter((d) => {
      (cluster(d, "ns1-jinan-it-services") as unknown as Record<string, unknown>).website =
        "https://example.org";
    });
    expectProblem(problems, /schema: \/clusters\/\d+ must NOT have additional properties/);
  });
  it("reports a missing required field", () => {
    const problems = problemsAfter((d) => {
      delete (d.sources[0] as unknown as Record<string, unknown>).label;
    });
    expectProblem(problems, /schema: \/sources\/0 must have required property 'label'/);
  });
  it("reports a cluster id that is not stable ASCII", () => {
    expectProblem(
      problemsAfter((d) => void (cluster(d, "ns1-jinan-it-services").id = "济南-it")),
      /schema: \/clusters\/\d+\/id must match pattern/
    );
  });
});

describe("numbers", () => {
  it("reports NaN and Infinity, which the schema's number type lets through", () => {
    const nan = problemsAfter(
      (d) => void (cluster(d, "ns1-jinan-it-services").metrics[0].value = Number.NaN)
    );
    expectProblem(
      nan,
      /number: \$\.clusters\[\d+\]\.metrics\[0\]\.value is not a finite number \(NaN\)/
    );
    const inf = problemsAfter((d) => void (d.targets[0].value = Number.POSITIVE_INFINITY));
    expectProblem(inf, /number: \$\.targets\[0\]\.value is not a finite number/);
  });
});

describe("unique ids", () => {
  it.each([
    [
      "source",
      (d: Dataset) => void (d.sources[1].id = d.sources[0].id),
      /duplicate id: source "src-000"/,
    ],
    ["city", (d: Dataset) => void (d.cities[1].id = d.cities[0].id), /duplicate id: city "jinan"/],
    [
      "district across cities",
      (d: Dataset) => void d.cities[1].districts.push({ ...d.cities[0].districts[0] }),
      /duplicate id: district "jinan-gaoxin"/,
    ],
    [
      "program",
      (d: Dataset) => void (d.programs[1].id = d.programs[0].id),
      /duplicate id: program "national-strategic-emerging"/,
    ],
    [
      "batch number",
      (d: Dataset) => void (program(d, "provincial-strategic-emerging").batches[2].number = 1),
      /duplicate id: batch number in program provincial-strategic-emerging "1"/,
    ],
    [
      "cluster",
      (d: Dataset) => void (d.clusters[1].id = d.clusters[0].id),
      /duplicate id: cluster "ns1-jinan-it-services"/,
    ],
    [
      "target",
      (d: Dataset) => void (d.targets[1].id = d.targets[0].id),
      /duplicate id: target "t2025-3830-world-class"/,
    ],
    [
      "industry list",
      (d: Dataset) => void (d.industries[1].id = d.industries[0].id),
      /duplicate id: industry list "ind-2024-traditional-nine"/,
    ],
    [
      "metric key in a cluster",
      (d: Dataset) =>
        void (cluster(d, "ps1-rizhao-it-services").metrics[1].key = "above-scale-enterprises"),
      /duplicate id: metric key in cluster ps1-rizhao-it-services "above-scale-enterprises"/,
    ],
    [
      "metric key in a program",
      (d: Dataset) =>
        void (program(d, "provincial-sme-characteristic").metrics![1].key = "enterprises-gathered"),
      /duplicate id: metric key in program provincial-sme-characteristic "enterprises-gathered"/,
    ],
  ])("reports a duplicate %s", (_what, mutate, pattern) => {
    expectProblem(problemsAfter(mutate), pattern);
  });
});

describe("references", () => {
  it("reports an unknown lead city", () => {
    expectProblem(
      problemsAfter((d) => {
        const c = cluster(d, "ns1-jinan-it-services");
        c.city = "atlantis";
        c.cities = ["atlantis"];
      }),
      /dangling reference: cluster ns1-jinan-it-services has unknown city "atlantis"/
    );
  });
  it("reports an unknown city in a joint cluster", () => {
    expectProblem(
      problemsAfter(
        (d) =>
          void cluster(d, "pa1-qingdao-yantai-weihai-shipbuilding-offshore").cities.push("dalian")
      ),
      /lists unknown city "dalian"/
    );
  });
  it("reports a lead city that is not first in cities", () => {
    expectProblem(
      problemsAfter(
        (d) => void cluster(d, "pa1-qingdao-yantai-weihai-shipbuilding-offshore").cities.reverse()
      ),
      /must start with the lead city "qingdao"/
    );
  });
  it("reports a district of another city", () => {
    expectProblem(
      problemsAfter(
        (d) => void (cluster(d, "ps2-yantai-haiyang-aerospace").district = "zibo-zhangdian")
      ),
      /cluster ps2-yantai-haiyang-aerospace district "zibo-zhangdian" is not a district of its cities/
    );
  });
  it("tells the 高新区 of different cities apart", () => {
    expectProblem(
      problemsAfter(
        (d) => void (cluster(d, "ps2-weifang-gaoxin-biomedicine").district = "heze-gaoxin")
      ),
      /district "heze-gaoxin" is not a district of its cities/
    );
  });
  it("reports an unknown program and an unknown batch", () => {
    expectProblem(
      problemsAfter(
        (d) => void (cluster(d, "ns1-jinan-it-services").program = "national-imaginary")
      ),
      /unknown program "national-imaginary"/
    );
    expectProblem(
      problemsAfter((d) => void (cluster(d, "ns1-jinan-it-services").batch = 2)),
      /is in batch 2, which program national-strategic-emerging does not have/
    );
  });
  it("reports unknown sources wherever they are cited", () => {
    expectProblem(
      problemsAfter((d) => void cluster(d, "ns1-jinan-it-services").sources.push("src-999")),
      /cluster ns1-jinan-it-services cites unknown source "src-999"/
    );
    expectProblem(
      problemsAfter((d) => void (d.targets[0].source = "src-999")),
      /target t2025-3830-world-class cites unknown source "src-999"/
    );
    expectProblem(
      problemsAfter(
        (d) => void (program(d, "national-sme-characteristic").counts[1].sources = ["sup-nowhere"])
      ),
      /program national-sme-characteristic counts total 2 cites unknown source "sup-nowhere"/
    );
    expectProblem(
      problemsAfter((d) => void (d.industries[0].source = "src-999")),
      /industry list ind-2024-traditional-nine cites unknown source/
    );
  });
  it("reports an unknown industry list on a target", () => {
    expectProblem(
      problemsAfter((d) => void (d.targets.find((t) => t.industries)!.industries = "ind-missing")),
      /names unknown industry list "ind-missing"/
    );
  });
});

describe("members and stated totals", () => {
  it("reports more named members than the stated Shandong total", () => {
    const problems = problemsAfter(
      (d) => void (program(d, "provincial-strategic-emerging").batches[0].totals[0].value = 11)
    );
    expectProblem(
      problems,
      /members exceed total: program provincial-strategic-emerging batch 1 names 12 clusters but states 11 \(shandong/
    );
  });
  it("compares a national list with its Shandong share, not the nationwide total", () => {
    const problems = problemsAfter((d) => {
      const extra = {
        ...cluster(d, "ns1-linyi-biomedicine"),
        id: "ns1-heze-biomedicine",
        key: "heze-biomedicine",
        city: "heze",
        cities: ["heze"],
      };
      d.clusters.push(extra);
    });
    expectProblem(
      problems,
      /program national-strategic-emerging batch 1 names 8 clusters but states 7 \(shandong/
    );
  });
  it("falls back to the nationwide total where no Shandong share is stated", () => {
    const problems = problemsAfter(
      (d) => void (program(d, "national-sme-characteristic").batches[1].totals[0].value = 0)
    );
    expectProblem(
      problems,
      /national-sme-characteristic batch 2 names 1 clusters but states 0 \(nationwide/
    );
  });
});

describe("sources", () => {
  it("reports a cluster without a source", () => {
    expectProblem(
      problemsAfter((d) => void (cluster(d, "ps1-zibo-biomedicine").sources = [])),
      /missing source: cluster ps1-zibo-biomedicine has no source/
    );
  });
  it("reports a batch, a total and a count without a source", () => {
    expectProblem(
      problemsAfter((d) => void (program(d, "provincial-future-industry").batches[0].sources = [])),
      /missing source: program provincial-future-industry batch 1 has no source/
    );
    expectProblem(
      problemsAfter(
        (d) => void (program(d, "provincial-future-industry").batches[0].totals[0].sources = [])
      ),
      /missing source: program provincial-future-industry batch 1 total 1 has no source/
    );
    expectProblem(
      problemsAfter((d) => void (program(d, "national-sme-characteristic").counts[0].sources = [])),
      /missing source: program national-sme-characteristic count 1 has no source/
    );
  });
  it("reports a figure or a target without a source", () => {
    expectProblem(
      problemsAfter((d) => void (cluster(d, "ns1-jinan-it-services").metrics[0].source = "")),
      /schema: \/clusters\/\d+\/metrics\/0\/source must NOT have fewer than 1 characters/
    );
    expectProblem(
      problemsAfter((d) => void delete (d.targets[0] as unknown as Record<string, unknown>).source),
      /schema: \/targets\/0 must have required property 'source'/
    );
  });
  it("reports a source label with a side missing or blank", () => {
    expectProblem(
      problemsAfter(
        (d) => void delete (d.sources[5].label as unknown as Record<string, unknown>).en
      ),
      /schema: \/sources\/5\/label must have required property 'en'/
    );
    expectProblem(
      problemsAfter((d) => void (d.sources[5].label.zh = " ")),
      /label: source sup-sdnews-ps1 has no zh text/
    );
    expectProblem(
      problemsAfter((d) => void (d.sources[5].label.en = "")),
      /schema: \/sources\/5\/label\/en must NOT have fewer than 1 characters/
    );
    expectProblem(
      problemsAfter((d) => void (d.sources[5].label.en = "\n")),
      /label: source sup-sdnews-ps1 has no en text/
    );
  });
  it("reports a source label whose zh side is English copied across", () => {
    expectProblem(
      problemsAfter((d) => void (d.sources[5].label.zh = d.sources[5].label.en)),
      /label: source sup-sdnews-ps1 zh text "f\.sdnews\.com\.cn report .*" has no Chinese in it/
    );
  });
  it("accepts a source without a title, but not an article", () => {
    const d = loadDataset();
    expect(
      d.sources.filter((s) => s.kind === "secondary").every((s) => s.title === undefined)
    ).toBe(true);
    expectProblem(
      problemsAfter((d) => void delete d.sources[2].title),
      /source src-002: an article must keep its published title/
    );
  });
  it("reports a source with no publisher, address or file to find it by", () => {
    expectProblem(
      problemsAfter((d) => void delete d.sources[2].url),
      /source src-002: names no publisher, address or file to find it by/
    );
    expectProblem(
      problemsAfter((d) => {
        delete d.sources[6].publisher;
        delete d.sources[6].url;
      }),
      /source sup-hycfw-weihai: names no publisher, address or file to find it by/
    );
  });
  it("reports a figure whose source the cluster does not list", () => {
    expectProblem(
      problemsAfter(
        (d) => void (cluster(d, "ns1-jinan-it-services").metrics[0].source = "src-001")
      ),
      /cluster ns1-jinan-it-services metric hightech-enterprises cites "src-001", which is not in the cluster's sources/
    );
  });
});

describe("simplified text", () => {
  it("reports traditional characters in a cluster name", () => {
    const problems = problemsAfter(
      (d) =>
        void (cluster(d, "ps1-yantai-offshore-engineering").name.zh = "煙臺市海洋工程裝備產業集群")
    );
    expectProblem(
      problems,
      /traditional text: \$\.clusters\[\d+\]\.name\.zh "煙臺市海洋工程裝備產業集群" has traditional characters 煙臺裝備產業/
    );
  });
  it("reports traditional characters in a target label, an enterprise and a district name", () => {
    expectProblem(
      problemsAfter((d) => void (d.targets[0].label.zh = "世界級先進製造業集群")),
      /traditional text: \$\.targets\[0\]\.label\.zh/
    );
    expectProblem(
      problemsAfter(
        (d) => void (cluster(d, "ps1-rizhao-high-quality-steel").leadEnterprises[0] = "日鋼集團")
      ),
      /traditional text: .*leadEnterprises\[0\] "日鋼集團"/
    );
    expectProblem(
      problemsAfter((d) => void (d.cities[5].districts[0].zh = "海陽市")),
      /traditional text: \$\.cities\[5\]\.districts\[0\]\.zh/
    );
  });
  it("reports traditional characters in a source label and title", () => {
    expectProblem(
      problemsAfter((d) => void (d.sources[4].label.zh = "山東擬新培育一批新興產業和未來產業集群")),
      /traditional text: \$\.sources\[4\]\.label\.zh "山東擬新培育.*" has traditional characters/
    );
    expectProblem(
      problemsAfter((d) => void (d.sources[4].title = "山東擬新培育一批新興產業和未來產業集群")),
      /traditional text: \$\.sources\[4\]\.title/
    );
  });
  it("accepts traditional characters in alias fields", () => {
    const d = loadDataset();
    d.cities[0].districts[0].aliases.push("濟南高新技術產業開發區");
    expect(checkDataset(d)).toEqual([]);
  });
  it("reports traditional characters in a zh note and accepts an en note that quotes Chinese", () => {
    expectProblem(
      problemsAfter((d) => void (d.sources[4].note = { zh: "原文為繁體字", en: "In traditional" })),
      /traditional text: \$\.sources\[4\]\.note\.zh "原文為繁體字" has traditional characters 為體/
    );
    const d = loadDataset();
    expect(d.sources[1].note?.en).toMatch(/大众日报/);
    expect(checkDataset(d)).toEqual([]);
  });
  it("reports a city's traditional form that does not match its name", () => {
    expectProblem(
      problemsAfter((d) => void (d.cities[5].traditional = "煙台縣")),
      /city yantai: traditional form "煙台縣" is not 烟台市/
    );
  });
});

describe("notes", () => {
  it("has both sides on every note of the real data", () => {
    const d = loadDataset();
    const all = [
      ...d.sources.map((s) => s.note),
      ...d.programs.flatMap((p) => [
        ...p.batches.flatMap((b) => [b.note, ...b.totals.map((t) => t.note)]),
        ...p.counts.map((t) => t.note),
      ]),
      ...d.clusters.map((c) => c.note),
      ...d.targets.map((t) => t.note),
    ].filter((note) => note !== undefined);
    expect(all.length).toBeGreaterThan(100);
    for (const note of all) expect(Object.keys(note).sort()).toEqual(["en", "zh"]);
  });
  it("reports a note that is still a plain string, or lacks a side", () => {
    expectProblem(
      problemsAfter(
        (d) =>
          void ((cluster(d, "ns1-jinan-it-services") as unknown as { note: string }).note =
            "English only")
      ),
      /schema: \/clusters\/\d+\/note must be object/
    );
    expectProblem(
      problemsAfter(
        (d) =>
          void ((program(d, "provincial-strategic-emerging").batches[1] as { note: unknown }).note =
            { en: "Public notice only" })
      ),
      /schema: \/programs\/\d+\/batches\/1\/note must have required property 'zh'/
    );
  });
  it("reports a blank side wherever a note sits", () => {
    expectProblem(
      problemsAfter((d) => void (d.sources[0].note = { zh: " ", en: "Commentary" })),
      /note: source src-000 has no zh text/
    );
    expectProblem(
      problemsAfter(
        (d) =>
          void (program(d, "provincial-strategic-emerging").counts[0].note = {
            zh: "两批",
            en: "\n",
          })
      ),
      /note: program provincial-strategic-emerging count 1 has no en text/
    );
    expectProblem(
      problemsAfter(
        (d) =>
          void (program(d, "provincial-future-industry").batches[0].totals[0].note = {
            zh: "\t",
            en: "x",
          })
      ),
      /note: program provincial-future-industry batch 1 total 1 has no zh text/
    );
    expectProblem(
      problemsAfter((d) => void (d.targets[0].note = { zh: "“3830”", en: " " })),
      /note: target \S+ has no en text/
    );
  });
  it("reports a zh side with no Chinese in it: the English copied across", () => {
    expectProblem(
      problemsAfter(
        (d) =>
          void (cluster(d, "ps1-yantai-offshore-engineering").note = {
            zh: "Source 000 calls it the only marine industry cluster.",
            en: "Source 000 calls it the only marine industry cluster.",
          })
      ),
      /note: cluster ps1-yantai-offshore-engineering zh text "Source 000 .*" has no Chinese in it/
    );
  });
});

describe("records of one cluster in several programmes", () => {
  it("reports records sharing a key whose cities disagree", () => {
    const problems = problemsAfter((d) => {
      const c = cluster(d, "na1-qingdao-rail-transit-equipment");
      c.city = "jinan";
      c.cities = ["jinan"];
    });
    expectProblem(
      problems,
      /shared key "qingdao-rail-transit-equipment": records .* disagree on their cities/
    );
  });
  it("reports a key shared inside one programme", () => {
    expectProblem(
      problemsAfter(
        (d) =>
          void (cluster(d, "ns1-qingdao-energy-saving-environmental").key =
            "qingdao-rail-transit-equipment")
      ),
      /shared key "qingdao-rail-transit-equipment": .* are in the same program/
    );
  });
});

describe("consistency", () => {
  it("reports a name that is not the first name form", () => {
    expectProblem(
      problemsAfter(
        (d) =>
          void (cluster(d, "ps1-rizhao-high-quality-steel").name.zh =
            "日照市高品质钢铁材料产业集群")
      ),
      /cluster ps1-rizhao-high-quality-steel: name.zh .* is not its first name form/
    );
  });
  it("reports a cluster whose status differs from its batch's", () => {
    expectProblem(
      problemsAfter(
        (d) => void (cluster(d, "ps2-qingdao-integrated-circuits").status = "proposed")
      ),
      /cluster ps2-qingdao-integrated-circuits: status "proposed" differs from batch 2's "recognized"/
    );
  });
});

describe("totals qualified about", () => {
  it("reports more named members than an 'about' total, but not than an 'at least' one", () => {
    const about = problemsAfter((d) => {
      const total = program(d, "provincial-future-industry").batches[0].totals[0];
      total.qualifier = "about";
      total.value = 14;
    });
    expectProblem(
      about,
      /members exceed total: program provincial-future-industry batch 1 names 15 clusters but states about 14/
    );
    const atLeast = problemsAfter((d) => {
      const total = program(d, "provincial-future-industry").batches[0].totals[0];
      total.qualifier = "at-least";
      total.value = 14;
    });
    expect(atLeast).toEqual([]);
  });
});

describe("metric keys", () => {
  it.each([
    ["a field name", "name"],
    ["a field name in capitals", "City"],
    ["an object internal", "__proto__"],
    ["an inherited method", "toString"],
  ])("reports a key that is %s", (_what, key) => {
    const problems = problemsAfter((d) => {
      // Defined, not assigned: assigning "__proto__" would replace the prototype instead.
      Object.defineProperty(cluster(d, "ns1-jinan-it-services").metrics[0], "key", {
        value: key,
        enumerable: true,
      });
    });
    expectProblem(
      problems,
      new RegExp(
        `metric key: cluster ns1-jinan-it-services metric "${key}" collides with a field name or object property`
      )
    );
  });
  it("checks the keys of programme and city figures too", () => {
    expectProblem(
      problemsAfter(
        (d) => void (program(d, "national-sme-characteristic").metrics![0].key = "note")
      ),
      /metric key: program national-sme-characteristic metric "note" collides/
    );
    expectProblem(
      problemsAfter((d) => void (d.cities.find((c) => c.id === "jinan")!.metrics![0].key = "id")),
      /metric key: city jinan metric "id" collides/
    );
  });
});

describe("text length", () => {
  it("reports a text longer than an Excel cell holds, and accepts one that fits", () => {
    const long = problemsAfter(
      (d) => void (cluster(d, "ns1-jinan-it-services").note!.en = "x".repeat(32768))
    );
    expectProblem(
      long,
      /text too long: \$\.clusters\[0\]\.note\.en has 32768 characters, more than an Excel cell holds \(32767\)/
    );
    expect(
      problemsAfter((d) => void (cluster(d, "ns1-jinan-it-services").note!.en = "x".repeat(32767)))
    ).toEqual([]);
  });
});

describe("calendar dates", () => {
  it.each([
    [
      "a cluster's announcement",
      (d: Dataset) => void (cluster(d, "psme2-jinan-gaoxin-ai").announced = "2026-02-31"),
      /impossible date: cluster psme2-jinan-gaoxin-ai announced "2026-02-31"/,
    ],
    [
      "a source's date",
      (d: Dataset) => void (d.sources[0].date = "2023-04-31"),
      /impossible date: source src-000 date "2023-04-31"/,
    ],
    [
      "a notice date",
      (d: Dataset) =>
        void (program(d, "provincial-advanced-manufacturing").batches[0].noticeDate = "2023-02-29"),
      /impossible date: program provincial-advanced-manufacturing batch 1 noticeDate "2023-02-29"/,
    ],
    [
      "a total's date",
      (d: Dataset) =>
        void (program(d, "provincial-strategic-emerging").counts[0].asOf = "2022-06-31"),
      /impossible date: program provincial-strategic-emerging count 1 asOf "2022-06-31"/,
    ],
  ])("reports an impossible date in %s", (_what, mutate, pattern) => {
    expectProblem(problemsAfter(mutate), pattern);
  });
  it("accepts 29 February of a leap year", () => {
    expect(problemsAfter((d) => void (d.sources[0].date = "2024-02-29"))).toEqual([]);
  });
});

describe("source addresses", () => {
  it.each([
    ["without a scheme", "selectshandong.com"],
    ["with another scheme", "ftp://example.org/list.txt"],
    ["that runs script", "javascript:alert(1)"],
    ["that is a file name", "000_4961276a6d080486.txt"],
  ])("reports an address %s", (_what, url) => {
    expectProblem(
      problemsAfter((d) => void (d.sources[5].url = url)),
      new RegExp(
        `source sup-sdnews-ps1: address "${url.replace(/[.()]/g, "\\$&")}" is not an http\\(s\\) URL`
      )
    );
  });
  it("reports an article with neither an address nor a note that none was found", () => {
    expectProblem(
      problemsAfter((d) => void delete d.sources[1].url),
      /source src-001: an article without an address must say "Original address not found" in its note/
    );
  });
  it("reports an article that points at a text file instead of its address", () => {
    expectProblem(
      problemsAfter((d) => void (d.sources[3].file = "003_f34be4a5314b0358.txt")),
      /source src-003: an article gives its original address, or says it was not found, not a file name/
    );
  });
});

describe("translations and linked targets", () => {
  it("reports a name marked as our translation that a source prints", () => {
    expectProblem(
      problemsAfter((d) => void (cluster(d, "ns1-jinan-it-services").translated = ["name"])),
      /cluster ns1-jinan-it-services: name.zh is marked as a translation but is also a source's name form/
    );
  });
  it("reports a target linked to an unknown target or one of another year", () => {
    const target = (d: Dataset) =>
      d.targets.find((t) => t.id === "t2024-003-new-provincial-am-clusters")!;
    expectProblem(
      problemsAfter((d) => void (target(d).sameTargetAs = "t-missing")),
      /dangling reference: target t2024-003-new-provincial-am-clusters is the same as unknown target "t-missing"/
    );
    expectProblem(
      problemsAfter((d) => void (target(d).sameTargetAs = "t2025-3830-provincial")),
      /target t2024-003-new-provincial-am-clusters: linked target t2025-3830-provincial is of another year \(2025\)/
    );
  });
});
