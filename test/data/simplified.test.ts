import { simplified, traditionalCharacters } from "../../src/data/simplified";
import { loadDataset } from "./load";

describe("traditionalCharacters", () => {
  const d = loadDataset();

  it("finds nothing in the simplified names of the data", () => {
    const names = [
      ...d.cities.map((c) => c.zh),
      ...d.cities.flatMap((c) => c.districts.map((x) => x.zh)),
      ...d.clusters.map((c) => c.name.zh),
    ];
    expect(names.filter((n) => traditionalCharacters(n) !== "")).toEqual([]);
  });

  it("finds the traditional forms of the cities that have one", () => {
    const differing = d.cities.filter((c) => c.traditional !== c.zh);
    expect(differing).toHaveLength(10);
    expect(
      differing.filter((c) => traditionalCharacters(c.traditional) === "").map((c) => c.traditional)
    ).toEqual([]);
    expect(traditionalCharacters("煙臺市")).toBe("煙臺");
  });

  it("accepts characters that OpenCC rewrites but simplified text uses (乾坤, 哪吒)", () => {
    expect(traditionalCharacters("乾坤")).toBe("");
    expect(traditionalCharacters("哪吒")).toBe("");
  });

  it("still flags 後 and 於, which here would be leftovers of traditional text", () => {
    expect(traditionalCharacters("之後")).toBe("後");
    expect(traditionalCharacters("位於")).toBe("於");
  });

  it("reads source 004's traditional wording as the simplified text stored", () => {
    expect(simplified("山東擬新培育一批新興產業和未來產業集群")).toBe(
      d.sources.find((s) => s.id === "src-004")!.title
    );
  });
});
