/**
 * The words of the Overview tab (the city map, the timeline, their inserts) in zh-CN and en.
 */
import type { Language } from "../core/i18n";

export interface VisualStrings {
  mapSection: string;
  mapLabel: string;
  mapHelp: string;
  cityCount(city: string, count: number): string;
  legend: string;
  legendClass(min: number, max: number): string;
  mapSource: string;
  selected(city: string): string;
  clearCity: string;
  insertMap: string;
  insertMapHelp: string;
  mapSheet: string;
  mapInserted(address: string, filled: boolean): string;
  timelineSection: string;
  timelineHelp: string;
  unknownYear: string;
  yearTotal(year: string, total: number): string;
  byNotice(count: number): string;
  unknownNote(count: number): string;
  timelineCaption: string;
  yearHeader: string;
  totalHeader: string;
  insertTimeline: string;
  insertTimelineHelp: string;
  timelineSheet: string;
  timelineChartTitle: string;
  timelineInserted(address: string, stacked: boolean): string;
}

const zh: VisualStrings = {
  mapSection: "各市集群分布",
  mapLabel: "山东省 16 市地图：各市符合当前筛选的集群数（不重复）",
  mapHelp: "色阶见图例；合作集群计入所涉每个城市。点击城市即按该市筛选。",
  cityCount: (city, count) => `${city}：${count} 个集群`,
  legend: "集群数（不重复）",
  legendClass: (min, max) => (min === max ? `${min}` : `${min}–${max}`),
  mapSource: "边界：Apache ECharts 4.9 地图数据，莱芜已并入济南（2019年）。",
  selected: (city) => `已按 ${city} 筛选`,
  clearCity: "取消城市筛选",
  insertMap: "插入城市表与地图",
  insertMapHelp: "在新工作表中插入各市集群数表格，并在 Excel 支持时配上填色地图，否则为柱形图。",
  mapSheet: "集群地图",
  mapInserted: (address, filled) =>
    `已插入：${address}（${filled ? "填色地图" : "此 Excel 不支持填色地图，已用柱形图"}）`,
  timelineSection: "历年认定",
  timelineHelp: "每条记录为一次认定（同一集群入选两个名单计两次），按名单堆叠。",
  unknownYear: "年份不详",
  yearTotal: (year, total) => `${year}：${total} 次认定`,
  byNotice: (count) => `其中 ${count} 次按公示日期计年（公布日期未见于来源）`,
  unknownNote: (count) => `年份不详：${count} 次认定`,
  timelineCaption: "各年认定次数，按名单",
  yearHeader: "年份",
  totalHeader: "合计",
  insertTimeline: "插入历年认定表与图表",
  insertTimelineHelp:
    "在新工作表中插入各年、各名单的认定次数表格（含年份不详一行），配堆积柱形图。",
  timelineSheet: "历年认定",
  timelineChartTitle: "历年认定次数（按名单堆叠）",
  timelineInserted: (address, stacked) =>
    `已插入：${address}（${stacked ? "堆积柱形图" : "Excel 未接受堆积样式，已用簇状柱形图"}）`,
};

const en: VisualStrings = {
  mapSection: "Clusters by city",
  mapLabel: "Map of Shandong's 16 cities: distinct clusters matching the current filter",
  mapHelp:
    "Shades as in the legend; a joint cluster counts in every city it spans. Click a city to filter by it.",
  cityCount: (city, count) => `${city}: ${count} ${count === 1 ? "cluster" : "clusters"}`,
  legend: "Clusters (distinct)",
  legendClass: (min, max) => (min === max ? `${min}` : `${min}–${max}`),
  mapSource: "Boundaries: Apache ECharts 4.9 map data, with Laiwu merged into Jinan (2019).",
  selected: (city) => `Filtered by ${city}`,
  clearCity: "Clear the city filter",
  insertMap: "Insert city table and map",
  insertMapHelp:
    "Inserts the clusters per city as a table on a new sheet, with Excel's filled map where Excel has it, else a column chart.",
  mapSheet: "Cluster map",
  mapInserted: (address, filled) =>
    `Inserted: ${address} (${filled ? "filled map" : "this Excel has no filled map; column chart instead"})`,
  timelineSection: "Recognitions by year",
  timelineHelp:
    "Each record is one recognition (a cluster on two lists counts twice), stacked by programme.",
  unknownYear: "Year unknown",
  yearTotal: (year, total) => `${year}: ${total} ${total === 1 ? "recognition" : "recognitions"}`,
  byNotice: (count) =>
    `${count} of them dated by the public notice (the sources give no announcement date)`,
  unknownNote: (count) => `Year unknown: ${count} ${count === 1 ? "recognition" : "recognitions"}`,
  timelineCaption: "Recognitions per year, by programme",
  yearHeader: "Year",
  totalHeader: "Total",
  insertTimeline: "Insert timeline table and chart",
  insertTimelineHelp:
    "Inserts the recognitions per year and programme (with the year-unknown row) as a table on a new sheet, with a stacked column chart.",
  timelineSheet: "Timeline",
  timelineChartTitle: "Recognitions per year, stacked by programme",
  timelineInserted: (address, stacked) =>
    `Inserted: ${address} (${stacked ? "stacked column chart" : "Excel refused the stacked style; clustered column chart instead"})`,
};

export function visualStrings(language: Language): VisualStrings {
  return language === "en" ? en : zh;
}
