/** The machine a run happened on, stored beside its figures: ratios travel, absolute times do not. */
import os from "node:os";
import { HyperFormula } from "hyperformula";
import type { Machine } from "./results";

export function describeMachine(chromium?: string): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
    // Other work on a shared machine shows here; absolute times move with it, interleaved ratios less.
    loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
    ...(chromium ? { chromium } : {}),
    hyperformula: HyperFormula.version,
  };
}
