/**
 * Derives the zh-CN custom-function metadata (functions.zh-cn.json, referenced from the
 * manifest with <bt:Override Locale="zh-CN">) from the generated functions.json and the
 * translation table. The metadata generator has no localisation, so this is where a new
 * function or parameter without a translation stops the build.
 */
import { ZH_CN, type FunctionTranslation } from "./translations.zh-cn";

interface ParameterMetadata {
  name: string;
  description?: string;
  [other: string]: unknown;
}

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  [other: string]: unknown;
}

function functionsOf(metadata: object): FunctionMetadata[] {
  const functions = (metadata as { functions?: unknown }).functions;
  if (!Array.isArray(functions)) throw new Error("functions.json has no functions array");
  return functions as FunctionMetadata[];
}

/** Every gap between the metadata and the table, so one build run reports them all. */
function gaps(
  functions: readonly FunctionMetadata[],
  table: Record<string, FunctionTranslation>
): string[] {
  const problems: string[] = [];
  const ids = new Set(functions.map((f) => f.id));
  for (const f of functions) {
    const translation = table[f.id];
    if (!translation) {
      problems.push(`function ${f.id} has no zh-CN translation`);
      continue;
    }
    const names = new Set(f.parameters.map((p) => p.name));
    for (const p of f.parameters) {
      if (!translation.parameters[p.name])
        problems.push(`parameter ${f.id}.${p.name} has no zh-CN translation`);
    }
    for (const name of Object.keys(translation.parameters)) {
      if (!names.has(name))
        problems.push(
          `zh-CN translation of ${f.id} names a parameter ${name} that the function does not have`
        );
    }
  }
  for (const id of Object.keys(table))
    if (!ids.has(id)) problems.push(`zh-CN translation for ${id}, which is not a function`);
  return problems;
}

/**
 * The zh-CN metadata: ids, names, types and options unchanged; descriptions and parameter
 * names and help in Chinese. Throws, naming each gap, when the table and the metadata disagree.
 *
 * @example
 * toZhCn(JSON.parse(functionsJson)).functions[0].description //=> "列出符合城市、区县…"
 */
export function toZhCn(
  metadata: object,
  table: Record<string, FunctionTranslation> = ZH_CN
): object {
  const functions = functionsOf(metadata);
  const problems = gaps(functions, table);
  if (problems.length > 0)
    throw new Error(`zh-CN function metadata is incomplete:\n- ${problems.join("\n- ")}`);
  return {
    ...metadata,
    functions: functions.map((f) => {
      const translation = table[f.id];
      return {
        ...f,
        description: `${translation.description}返回：${translation.result}`,
        parameters: f.parameters.map((p) => ({
          ...p,
          name: translation.parameters[p.name].name,
          description: translation.parameters[p.name].description,
        })),
      };
    }),
  };
}
