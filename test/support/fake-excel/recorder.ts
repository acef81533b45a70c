/** The call log: every API call, property write and load, stamped with its batch. */

export interface LogEntry {
  kind: "call" | "set" | "load" | "sync";
  /** Object path as the code built it, e.g. `workbook.worksheets.getItem("Data").getRange("A1:C3")`. */
  path: string;
  /** Method or property name; for a load, the property list it asked for. */
  member: string;
  args: unknown[];
  /** Number of syncs completed before this entry: entries with the same number travel in one batch. */
  batch: number;
}

export class CallLog {
  readonly entries: LogEntry[] = [];
  /** Times the code called context.sync(). */
  syncCount = 0;
  /** Batches actually sent (explicit syncs plus Excel.run's final flush when it had work). */
  roundTrips = 0;
  /** Bytes of the largest request and of the largest response of any batch (JSON, UTF-8). */
  largestRequest = 0;
  largestResponse = 0;

  record(kind: LogEntry["kind"], path: string, member: string, args: unknown[] = []): void {
    this.entries.push({ kind, path, member, args, batch: this.roundTrips });
  }

  /** Entries whose member matches, e.g. `log.of("add")` or `log.of("values")`. */
  of(member: string): LogEntry[] {
    return this.entries.filter((e) => e.member === member);
  }

  /** One line per entry, handy in failing-test output and snapshots. */
  lines(): string[] {
    return this.entries.map((e) => {
      if (e.kind === "sync") return `#${e.batch} sync`;
      if (e.kind === "set") return `#${e.batch} ${e.path}.${e.member} = ${preview(e.args[0])}`;
      if (e.kind === "load") return `#${e.batch} ${e.path}.load(${e.member})`;
      return `#${e.batch} ${e.path}.${e.member}(${e.args.map(preview).join(", ")})`;
    });
  }

  clear(): void {
    this.entries.length = 0;
    this.syncCount = 0;
    this.roundTrips = 0;
    this.largestRequest = 0;
    this.largestResponse = 0;
  }
}

export function preview(value: unknown): string {
  if (value && typeof value === "object" && "_path" in value)
    return String((value as { _path: string })._path);
  let json: string;
  try {
    json = JSON.stringify(value) ?? String(value);
  } catch {
    json = Object.prototype.toString.call(value);
  }
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}
