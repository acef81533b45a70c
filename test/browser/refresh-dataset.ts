/**
 * The "updated" dataset for the refresh browser test: today's clusters.json with one more 烟台
 * cluster and a newer version. Run as a script (by test/global-setup.js) with the output path;
 * the build then swaps it in for src/data/clusters.json (QILU_DATASET, see webpack.config.js).
 */
import { readFileSync, writeFileSync } from "fs";
import path from "path";

export const UPDATED_VERSION = "2099.1.0";
export const NEW_CLUSTER_ID = "ns9-yantai-refresh-test";
export const NEW_CLUSTER_NAME = "烟台市刷新测试产业集群";

interface Data {
  version: string;
  updated: string;
  clusters: Array<Record<string, unknown> & { id: string; city: string }>;
}

export function updatedDataset(data: Data): Data {
  // Without a batch (batch unknown), so that the extra member exceeds no batch's stated total
  // and the build's data check accepts the updated dataset.
  const { batch: _batch, ...model } = data.clusters.find((c) => c.city === "yantai")!;
  const added = {
    ...model,
    id: NEW_CLUSTER_ID,
    key: "yantai-refresh-test",
    name: { zh: NEW_CLUSTER_NAME, en: "Yantai Refresh Test Industry Cluster" },
    nameForms: [],
  };
  return {
    ...data,
    version: UPDATED_VERSION,
    updated: "2099-01-01",
    clusters: [...data.clusters, added],
  };
}

if (require.main === module) {
  const source = path.resolve(__dirname, "../../src/data/clusters.json");
  const data = JSON.parse(readFileSync(source, "utf8")) as Data;
  writeFileSync(process.argv[2], JSON.stringify(updatedDataset(data)));
}
