/**
 * The request context: a queue of operations that run against the model only when
 * `sync()` is called, in order, stopping at the first failure (whose error rejects
 * the sync). Loaded values are published only when the whole batch succeeded.
 */

import { ErrorCodes, FakeRichApiError, hostError } from "./errors";
import type { CallLog } from "./recorder";
import { isSetSupported, type ApiSet, type SupportedSets } from "./requirements";
import type { WorkbookModel } from "./workbook-model";
import { FakeApplication, FakeWorkbook } from "./workbook-proxy";

export interface OpResult {
  apply(): void;
  /** Approximate size of the data returned, for the response payload limit. */
  size: number;
}

export interface Op {
  location: string;
  /** What the call sends to the host, for the request payload limit. */
  payload: unknown;
  run(): OpResult | void;
}

export interface HostSettings {
  model: WorkbookModel;
  log: CallLog;
  supportedSets: SupportedSets;
  /** Bytes per request; Excel on the web allows 5 MB. */
  requestPayloadLimit: number;
  responsePayloadLimit: number;
}

const encoder = new TextEncoder();

/** Size of a payload as JSON; one JSON cannot hold (a cycle) is left for its operation to refuse. */
function bytes(value: unknown): number {
  try {
    return encoder.encode(JSON.stringify(value) ?? "").length;
  } catch {
    return 0;
  }
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  /** Accepted and logged; the fake keeps every object valid for the context's lifetime. */
  readonly trackedObjects = {
    add: (..._objects: unknown[]) => undefined,
    remove: (..._objects: unknown[]) => undefined,
  };
  private queue: Op[] = [];
  private finished = false;

  constructor(readonly _host: HostSettings) {
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
  }

  get _model(): WorkbookModel {
    return this._host.model;
  }

  get _log(): CallLog {
    return this._host.log;
  }

  _enqueue(op: Op): void {
    this.queue.push(op);
  }

  _supports(set: ApiSet): boolean {
    return isSetSupported(this._host.supportedSets, set[0], set[1]);
  }

  /** An API above the host's requirement sets fails on the host, at sync time. */
  _requireSet(set: ApiSet, location: string): void {
    if (!this._supports(set)) throw hostError(ErrorCodes.apiNotFound, location);
  }

  sync(): Promise<void> {
    this._log.syncCount++;
    return this._send();
  }

  /** Excel.run's closing flush: sends only when something is pending. */
  async _finish(): Promise<void> {
    if (this.queue.length > 0) await this._send();
    this.finished = true;
  }

  private async _send(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this._log.record("sync", "context", "sync");
    this._log.roundTrips++;
    // Like the real host, nothing happens before the promise machinery runs.
    await Promise.resolve();
    if (this.finished && ops.length > 0) {
      throw hostError(ErrorCodes.invalidObjectPath, ops[0].location);
    }
    const requestSize = ops.reduce((n, op) => n + bytes(op.payload) + op.location.length, 0);
    this._log.largestRequest = Math.max(this._log.largestRequest, requestSize);
    if (requestSize > this._host.requestPayloadLimit) {
      throw hostError(ErrorCodes.requestPayloadSizeLimitExceeded, "");
    }
    const results: OpResult[] = [];
    for (const op of ops) {
      try {
        const result = op.run();
        if (result) results.push(result);
      } catch (error) {
        if (error instanceof FakeRichApiError) throw error;
        throw hostError(ErrorCodes.generalException, op.location, `${String(error)}`);
      }
    }
    const responseSize = results.reduce((n, r) => n + r.size, 0);
    this._log.largestResponse = Math.max(this._log.largestResponse, responseSize);
    if (responseSize > this._host.responsePayloadLimit) {
      throw hostError(ErrorCodes.responsePayloadSizeLimitExceeded, "");
    }
    results.forEach((r) => r.apply());
  }
}
