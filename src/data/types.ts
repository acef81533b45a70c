/**
 * The shape of the bundled dataset (`clusters.json`). The JSON Schema in
 * `clusters.schema.json` says the same thing for the validator; a test keeps the two in step.
 *
 * Dates are ISO strings as precise as the source allows: "2021", "2021-02", "2021-02-20".
 * All Chinese text is simplified; traditional forms live only in alias fields. Notes are
 * `Bilingual` like every other text users see, so zh-CN users never read an English note.
 */

export type Level = "national" | "provincial";
export type Kind =
  "strategic-emerging" | "advanced-manufacturing" | "sme-characteristic" | "future-industry";

/** How a figure is stated: "170余家" is `over`, "10个左右" is `about`, "30家以上" is `at-least`. */
export type Qualifier = "exact" | "over" | "about" | "at-least";

/** A piece of text in both product languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

export interface Source {
  /** Stable id, e.g. "src-001" for the five articles, "sup-…" for supplementary reports. */
  id: string;
  /**
   * The title as published, only where it is known (the five articles). A title we would have
   * to make up is no title, so secondary reports whose page title was not recorded have none.
   */
  title?: string;
  /**
   * What the source is, in the reader's language: for an article its title and an English
   * rendering of it; otherwise a description built from the record, e.g. "大众日报 2024年12月报道：…".
   */
  label: Bilingual;
  /**
   * As printed where the page names one (Chinese outlets in Chinese), else the site's host name.
   * Absent where neither is known (a repost that names no one, the project's own notes).
   */
  publisher?: string;
  /** Publication date of the page cited. */
  date: string;
  /** `article`: one of the five source articles; `secondary`: a supplementary report. */
  kind: "article" | "secondary";
  url?: string;
  /**
   * A project notes file the fact was read from, for facts the notes give without a page
   * address. Never an article's text file: users do not have those (an article gives its
   * original address, or its note says it was not found).
   */
  file?: string;
  /** Anything a reader should know about the source (repost, traditional characters, cut off). */
  note?: Bilingual;
}

export interface District {
  /** Unique across the dataset, e.g. "yantai-haiyang". */
  id: string;
  /** Official form, e.g. "海阳市", "济南高新区". */
  zh: string;
  en: string;
  /** Other ways people write it (short form, traditional characters, older names). */
  aliases: string[];
  /** County-level city, district, county, or a development zone. */
  type: "county-city" | "district" | "county" | "zone";
}

export interface City {
  /** Pinyin slug, e.g. "yantai". */
  id: string;
  /** "烟台市" */
  zh: string;
  /** "烟台" */
  short: string;
  /** "Yantai" */
  en: string;
  /** "煙臺市" */
  traditional: string;
  /** "yān tái" */
  pinyin: string;
  districts: District[];
  /** Figures about the whole city that belong to no cluster (e.g. Jinan's January–February 2024 actuals). */
  metrics?: Metric[];
}

/** A count a source states, with the date it was true and where it comes from. */
export interface StatedCount {
  value: number;
  qualifier: Qualifier;
  /** `nationwide` for national lists, `shandong` for the province's share or a provincial list. */
  scope: "nationwide" | "shandong";
  asOf: string;
  sources: string[];
  note?: Bilingual;
}

export interface Batch {
  /** 1-based within the programme; yearly lists use their order (2020 list = 1). */
  number: number;
  label: Bilingual;
  /** Date the list was announced, as precise as the sources allow. */
  announced?: string;
  /** Date of the public notice of the proposed list (公示), where there was one. */
  noticeDate?: string;
  /** `proposed` where the sources only give the public notice (拟认定), not the final act. */
  status: "recognized" | "proposed";
  document?: string;
  totals: StatedCount[];
  sources: string[];
  note?: Bilingual;
}

export interface Program {
  /** e.g. "national-strategic-emerging". */
  id: string;
  level: Level;
  kind: Kind;
  name: Bilingual;
  authority: Bilingual;
  batches: Batch[];
  /** Running totals for Shandong stated over time (e.g. 15 in June 2024, 23 in December 2024). */
  counts: StatedCount[];
  /** Figures about the programme as a whole that belong to no single cluster (e.g. enterprises gathered in all 100 provincial SME clusters). */
  metrics?: Metric[];
  /** What a source says about the programme as a whole (e.g. who creates its clusters). */
  note?: Bilingual;
}

export interface Metric {
  /** Unique within its cluster, e.g. "hightech-enterprises". */
  key: string;
  label: Bilingual;
  value: number;
  /** 亿元, %, 家, 个 … */
  unit: string;
  /** Year the figure refers to, where stated. */
  year?: number;
  qualifier: Qualifier;
  /** What the figure measures, e.g. the whole city's steel industry rather than the cluster. */
  scope: Bilingual;
  source: string;
}

export interface NameForm {
  zh: string;
  /**
   * How the form is known. Printed by a source: `official` (an official list's wording), `news`
   * (news wording that may differ), `short` (an article's short form), `mirror` (the wording of
   * a mirror or content-farm copy). Not printed as such: `reconstructed` (completed or spelt by
   * this project from a cut-off name, or from the place and industry a page gives), `inferred`
   * (a form found in one page and taken, by inference across pages, to be this list's member).
   */
  basis: "official" | "news" | "short" | "mirror" | "reconstructed" | "inferred";
  source: string;
}

export interface Cluster {
  /** Stable ASCII id, e.g. "ps1-yantai-offshore-engineering". */
  id: string;
  /** Shared by the records of one cluster recognised by several programmes. */
  key: string;
  name: Bilingual;
  /** How the name is known; the first entry is the form shown as `name.zh`. */
  nameForms: NameForm[];
  /** Lead city id (the first named for joint clusters). */
  city: string;
  /** All city ids the cluster spans, the lead city first. */
  cities: string[];
  /** District id where stated. */
  district?: string;
  industry: Bilingual;
  program: string;
  /** Absent where no source states the list year: the record is "batch unknown", never put into a batch by guess. */
  batch?: number;
  announced?: string;
  status: "recognized" | "proposed";
  leadEnterprises: string[];
  enterprises: string[];
  metrics: Metric[];
  sources: string[];
  note?: Bilingual;
  /** Chinese texts that are this project's translation of an English-only source, not a source's wording. */
  translated?: Array<"name" | "industry">;
}

export interface Target {
  id: string;
  label: Bilingual;
  value: number;
  unit: string;
  qualifier: Qualifier;
  year: number;
  /** Industry list the target names, where it names one. */
  industries?: string;
  note?: Bilingual;
  source: string;
  /** Another record of the same target from another source: sums count the pair once. */
  sameTargetAs?: string;
}

export interface IndustryItem {
  zh: string;
  en: string;
  /** Group within the list, e.g. Qingdao's three tiers. */
  tier?: Bilingual;
}

export interface IndustryList {
  id: string;
  name: Bilingual;
  items: IndustryItem[];
  source: string;
  note?: Bilingual;
}

export interface Dataset {
  version: string;
  updated: string;
  sources: Source[];
  cities: City[];
  programs: Program[];
  clusters: Cluster[];
  targets: Target[];
  industries: IndustryList[];
}
