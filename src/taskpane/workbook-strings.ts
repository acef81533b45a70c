/**
 * The words of the workbook view (tracked tables, their status, refresh and its faults), in
 * zh-CN and en. Every fault of src/excel/refresh-types.ts has its message here, built from the
 * facts the fault carries.
 */
import type { Language } from "../core/i18n";
import type {
  EntryOutcome,
  NotOursReason,
  RefreshFault,
  WriteRejection,
} from "../excel/refresh-types";
import type { TableStatus } from "../excel/table-status";

export interface WorkbookStrings {
  section: string;
  intro: string;
  nothingTracked: string;
  refreshAll: string;
  refreshThis: string;
  working: string;
  kind(type: TableStatus["type"]): string;
  current(version: string): string;
  outdated(version: string, now: string): string;
  refreshedAt(time: string): string;
  newerRegistry: string;
  unreadableRegistry: string;
  failed(message: string): string;
  formulas(count: number): string;
  outcome(outcome: EntryOutcome): string;
}

const time = (iso: string, language: Language) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? "—"
    : date.toLocaleString(language === "en" ? "en-GB" : "zh-CN", { hour12: false });
};

const ZH_NOT_OURS: Record<NotOursReason, string> = {
  "no-id": "登记项未记录表格编号",
  sheet: "该编号的表格不在登记的工作表上",
  note: "表格上方的说明不是本加载项所写",
  chart: "同名图表不是本加载项插入的",
};
const EN_NOT_OURS: Record<NotOursReason, string> = {
  "no-id": "its entry records no table id",
  sheet: "the table with that id is on another sheet",
  note: "the note above it is not the one this add-in wrote",
  chart: "the chart of that name is not the one this add-in inserted",
};
const ZH_REJECTED: Record<WriteRejection, string> = {
  protected: "工作表受保护",
  merged: "合并单元格阻止移动",
  conflict: "移动会切断其他表格",
  size: "数据量超出 Excel 单次传输上限",
  other: "Excel 拒绝了写入",
};
const EN_REJECTED: Record<WriteRejection, string> = {
  protected: "the sheet is protected",
  merged: "merged cells prevent the move",
  conflict: "the move would cut through another table",
  size: "the data exceeds what Excel accepts in one request",
  other: "Excel refused the write",
};

function zhFault(f: RefreshFault): string {
  switch (f.kind) {
    case "entry-empty":
      return `登记项 ${f.entryId} 未指向任何表格或工作表，无法刷新。`;
    case "duplicate-entry":
      return f.twin
        ? `表格 ${f.tableName} 被两个登记项同时指向，无法确定哪一个属实；未做任何修改。`
        : `登记项编号 ${f.entryId}（${f.tableName}）重复出现，无法确定哪一个属实；未做任何修改。`;
    case "not-ours":
      return `表格 ${f.tableName}（工作表“${f.sheetName}”）不是由齐鲁产业集群插入的（${ZH_NOT_OURS[f.reason]}）；未做任何修改。`;
    case "table-deleted":
      return `表格 ${f.tableName} 已从工作表“${f.sheetName}”中删除，无法刷新。`;
    case "sheet-deleted":
      return f.tableName
        ? `表格 ${f.tableName} 所在的工作表“${f.sheetName}”已删除。`
        : `对比表“${f.sheetName}”已删除。`;
    case "protected":
      return `表格 ${f.tableName} 所在的工作表“${f.sheetName}”受保护。请取消保护后再刷新；未做任何修改。`;
    case "columns-missing":
      return `表格 ${f.tableName} 缺少列：${f.missing.join("、")}。请恢复列名后再刷新；未做任何修改。`;
    case "no-key":
      return `表格 ${f.tableName} 没有“编号”列，无法按行对应您添加的列（${f.userColumns.join("、")}）；未做任何修改。`;
    case "user-content-in-removed-rows":
      return `表格 ${f.tableName} 中第 ${f.rows.map((r) => r.row).join("、")} 行的集群已不在数据中，但“${f.column}”列有您的内容。请先移走这些内容；未做任何修改。`;
    case "no-safe-move":
      return `表格 ${f.tableName} 需要增减行，但两种方式都会损坏您的内容：只移动表格各列会错开 ${f.below || "下方内容"}，移动整行会拆开 ${f.beside || "旁边的内容"}。请留出空行或空列；未做任何修改。`;
    case "no-room":
      return `表格 ${f.tableName} 需要增加行，但工作表“${f.sheetName}”底部已无空间；未做任何修改。`;
    case "produce-failed":
      return `无法从当前数据重新生成表格 ${f.tableName}：${f.zh ?? f.message}；未做任何修改。`;
    case "write-rejected":
      return `表格 ${f.tableName} 未能写完（${ZH_REJECTED[f.reason]}）。表格记录已按工作簿中的实际内容更新。`;
  }
}

function enFault(f: RefreshFault): string {
  switch (f.kind) {
    case "entry-empty":
      return `Entry ${f.entryId} points at no table or sheet; nothing to refresh.`;
    case "duplicate-entry":
      return f.twin
        ? `Two entries point at table ${f.tableName}; which one is real is unknown, so nothing was changed.`
        : `Entry id ${f.entryId} (${f.tableName}) occurs twice; which one is real is unknown, so nothing was changed.`;
    case "not-ours":
      return `Table ${f.tableName} (sheet "${f.sheetName}") was not inserted by Qilu Clusters (${EN_NOT_OURS[f.reason]}); nothing was changed.`;
    case "table-deleted":
      return `Table ${f.tableName} was deleted from sheet "${f.sheetName}"; it cannot be refreshed.`;
    case "sheet-deleted":
      return f.tableName
        ? `Sheet "${f.sheetName}", which held table ${f.tableName}, was deleted.`
        : `Comparison sheet "${f.sheetName}" was deleted.`;
    case "protected":
      return `Table ${f.tableName} is on protected sheet "${f.sheetName}". Unprotect it and refresh again; nothing was changed.`;
    case "columns-missing":
      return `Table ${f.tableName} lacks the columns ${f.missing.join(", ")}. Restore their headers and refresh again; nothing was changed.`;
    case "no-key":
      return `Table ${f.tableName} has no ID column, so the rows of your columns (${f.userColumns.join(", ")}) cannot be matched; nothing was changed.`;
    case "user-content-in-removed-rows":
      return `In table ${f.tableName}, rows ${f.rows.map((r) => r.row).join(", ")} list clusters that left the dataset, but column "${f.column}" holds your content there. Move it first; nothing was changed.`;
    case "no-safe-move":
      return `Table ${f.tableName} must add or remove rows, but both ways would damage your content: moving only the table's columns would shear ${f.below || "the content below"}, moving whole rows would split ${f.beside || "the content beside it"}. Leave an empty row or column; nothing was changed.`;
    case "no-room":
      return `Table ${f.tableName} must grow, but sheet "${f.sheetName}" has no room left at the bottom; nothing was changed.`;
    case "produce-failed":
      return `Table ${f.tableName} could not be produced from the current data: ${f.message}; nothing was changed.`;
    case "write-rejected":
      return `Table ${f.tableName} was not completely written (${EN_REJECTED[f.reason]}). The workbook's record of it now says what it holds.`;
  }
}

const ZH: WorkbookStrings = {
  section: "工作簿中的表格",
  intro:
    "本工作簿中由本加载项插入的表格、图表和对比表。刷新只改写本加载项写入的单元格；您添加的列、行和修改，以及排序和筛选，都保持原样。",
  nothingTracked: "本工作簿中还没有插入的表格。",
  refreshAll: "全部刷新",
  refreshThis: "刷新",
  working: "正在刷新…",
  kind: (type) => ({ table: "表格", chart: "图表", comparison: "对比表" })[type],
  current: (version) => `已是最新（${version}）`,
  outdated: (version, now) => `数据版本 ${version || "未知"}，可更新到 ${now}`,
  refreshedAt: (t) => `更新于 ${time(t, "zh-CN")}`,
  newerRegistry: "本工作簿由更新版本的加载项记录，请先更新加载项再刷新。",
  unreadableRegistry: "无法读取本工作簿中的表格记录，未做任何修改。",
  failed: (message) => `刷新失败：${message}`,
  formulas: (count) => (count > 0 ? `已重新计算 ${count} 个 SD 公式。` : ""),
  outcome: (o) => {
    if (o.status === "fault") return zhFault(o.fault);
    if (o.type === "comparison") return `对比表“${o.sheetName}”已刷新。`;
    const parts = [
      `${o.tableName} 已刷新（${o.address}）：新增 ${o.added} 行，移除 ${o.removed} 行`,
    ];
    if (o.renamedFrom) parts.push(`表格已由 ${o.renamedFrom} 改名`);
    if (o.sheetRenamedFrom) parts.push(`工作表已由“${o.sheetRenamedFrom}”改名`);
    if (o.moved === "rows") parts.push("以整行插入或删除，旁边内容随行移动");
    if (o.userColumns.length > 0) parts.push(`保留您的列 ${o.userColumns.join("、")}`);
    if (o.userRows.length > 0)
      parts.push(`第 ${o.userRows.join("、")} 行由您输入或修改过，保持原样`);
    if (o.filterReapplied) parts.push("已重新应用筛选");
    return `${parts.join("；")}。`;
  },
};

const EN: WorkbookStrings = {
  section: "Tables in this workbook",
  intro:
    "Tables, charts and comparison sheets this add-in inserted here. Refreshing rewrites only the cells this add-in wrote; your columns, rows and corrections, sort and filters stay as they are.",
  nothingTracked: "No tables have been inserted in this workbook yet.",
  refreshAll: "Refresh all",
  refreshThis: "Refresh",
  working: "Refreshing…",
  kind: (type) => ({ table: "Table", chart: "Chart", comparison: "Comparison" })[type],
  current: (version) => `Current (${version})`,
  outdated: (version, now) => `Data version ${version || "unknown"}; ${now} available`,
  refreshedAt: (t) => `updated ${time(t, "en")}`,
  newerRegistry:
    "A newer version of this add-in recorded this workbook's tables. Update the add-in, then refresh.",
  unreadableRegistry: "This workbook's record of its tables cannot be read; nothing was changed.",
  failed: (message) => `Refresh failed: ${message}`,
  formulas: (count) => (count > 0 ? `${count} SD formulas calculated again.` : ""),
  outcome: (o) => {
    if (o.status === "fault") return enFault(o.fault);
    if (o.type === "comparison") return `Comparison sheet "${o.sheetName}" refreshed.`;
    const parts = [
      `${o.tableName} refreshed (${o.address}): ${o.added} rows added, ${o.removed} removed`,
    ];
    if (o.renamedFrom) parts.push(`table renamed from ${o.renamedFrom}`);
    if (o.sheetRenamedFrom) parts.push(`sheet renamed from "${o.sheetRenamedFrom}"`);
    if (o.moved === "rows")
      parts.push("whole rows inserted or deleted, so content beside moved with them");
    if (o.userColumns.length > 0) parts.push(`your columns kept: ${o.userColumns.join(", ")}`);
    if (o.userRows.length > 0)
      parts.push(`rows ${o.userRows.join(", ")} you typed or changed were left as they are`);
    if (o.filterReapplied) parts.push("filter applied again");
    return `${parts.join("; ")}.`;
  },
};

export function workbookStrings(language: Language): WorkbookStrings {
  return language === "en" ? EN : ZH;
}
