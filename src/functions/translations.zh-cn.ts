/**
 * Chinese formula-bar help for every SD.* function, keyed by function id and parameter name
 * as they appear in the generated functions.json. Parameter names come from core's argument
 * labels, so the names in help and in error messages agree.
 */
import { ARGUMENT_LABELS } from "../core/messages";

export interface ParameterTranslation {
  name: string;
  description: string;
}

export interface FunctionTranslation {
  description: string;
  /** What the function returns, appended to the description (the metadata has no field for it). */
  result: string;
  parameters: Record<string, ParameterTranslation>;
}

const query = (description: string): ParameterTranslation => ({
  name: ARGUMENT_LABELS.query.zh,
  description,
});
const level: ParameterTranslation = {
  name: ARGUMENT_LABELS.level.zh,
  description: "国家级 或 省级；留空则两者都包括。",
};
const kind: ParameterTranslation = {
  name: ARGUMENT_LABELS.kind.zh,
  description: "战略性新兴、先进制造业、特色产业集群 或 未来产业；留空则包括全部类别。",
};
const headers: ParameterTranslation = {
  name: ARGUMENT_LABELS.headers.zh,
  description: "1（默认）显示表头行，0 只返回数据。",
};

export const ZH_CN: Record<string, FunctionTranslation> = {
  CLUSTERS: {
    description: "列出符合城市、区县、产业、集群名称或编号的山东产业集群。",
    result: "一张表，每条集群记录一行。",
    parameters: {
      query: query(
        "城市、区县、产业、集群名称或编号；多个值用「、」或逗号分隔，符合任一即可；留空列出全部。"
      ),
      level,
      kind,
      fields: {
        name: ARGUMENT_LABELS.fields.zh,
        description:
          '按顺序列出的字段，如 "name,city,batch" 或 "名称,城市,批次"（SD.FIELDS 列出全部）；留空使用默认列。',
      },
      headers,
    },
  },
  CLUSTER: {
    description:
      "集群的某一项值：城市、产业、级别、批次等字段或某项指标。集群和字段为区域时溢出为网格。",
    result: "该值；参数为区域时返回相应网格。",
    parameters: {
      cluster: { name: ARGUMENT_LABELS.cluster.zh, description: "集群名称或编号，或其区域。" },
      field: {
        name: ARGUMENT_LABELS.field.zh,
        description:
          "字段（名称、城市、区县、产业、级别、类别、批次、公布时间、龙头企业、来源…）或指标键；区域则横向溢出。默认为名称。",
      },
    },
  },
  COUNT: {
    description: "统计符合条件的集群数（同一集群入选多个名单只计一次）；查询为区域时逐格返回计数。",
    result: "集群数，或与区域同形的计数。",
    parameters: {
      query: query(
        "城市、区县、产业、集群名称或编号（多个值用「、」分隔），或其区域；留空统计全部。"
      ),
      level,
      kind,
    },
  },
  CITIES: {
    description: "山东 16 个城市在各名单中的集群数，可直接用于作图。",
    result: "城市为行、名单为列，并附合计。",
    parameters: { level, kind, headers },
  },
  METRICS: {
    description: "符合条件的集群的全部数据，附限定词、单位、年份、口径和来源。",
    result: "每项数据一行。",
    parameters: { query: query("城市、区县、产业、集群名称或编号；留空列出全部数据。"), headers },
  },
  TARGETS: {
    description: "山东省产业集群的政策目标。",
    result: "每个目标一行。",
    parameters: { headers },
  },
  BATCHES: {
    description: "各名单及批次：来源公布的数量与本数据集收录的集群数并列。",
    result: "每个批次一行。",
    parameters: { headers },
  },
  SOURCES: {
    description: "数据集引用的文章和报告：全部、按编号，或符合条件的集群所引用的来源。",
    result: "每个来源一行。",
    parameters: {
      query: query("来源编号，或城市、区县、产业、集群名称或编号；留空列出全部。"),
      headers,
    },
  },
  FIELDS: {
    description: "SD.CLUSTERS 和 SD.CLUSTER 可用的字段和指标，附中英文名称。",
    result: "每个字段一行。",
    parameters: { headers },
  },
  VERSION: {
    description: "内置数据集的版本（及其日期）和加载项的版本。",
    result: "数据集和加载项的版本（文本）。",
    parameters: {},
  },
  CARD: {
    description:
      "以数据类型卡片返回集群（之后可用 =A2.industry 读取字段）；Excel 不支持卡片时返回集群名称。",
    result: "集群的实体值。",
    parameters: { cluster: { name: ARGUMENT_LABELS.cluster.zh, description: "集群名称或编号。" } },
  },
};
