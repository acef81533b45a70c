/** Shared set-up: the fake, typed as office-js sees it, so tests exercise the real signatures. */

import { createFakeExcel, type FakeExcelOptions } from "../fake-excel";

export function fakeExcel(options?: FakeExcelOptions) {
  const fake = createFakeExcel(options);
  const run = fake.Excel.run as unknown as <T>(
    batch: (context: Excel.RequestContext) => Promise<T>
  ) => Promise<T>;
  return { ...fake, run };
}

/** Runs `promise` and returns the RichApi error it rejected with (fails the test if it resolved). */
export async function rejection(
  promise: Promise<unknown>
): Promise<{ name: string; code: string; message: string; debugInfo: { errorLocation?: string } }> {
  try {
    await promise;
  } catch (error) {
    return error as never;
  }
  throw new Error("expected a rejection, but the promise resolved");
}

/** Calls `fn` and returns what it threw synchronously (fails the test if it did not throw). */
export function thrown(fn: () => unknown): {
  name: string;
  code: string;
  message: string;
  debugInfo: { errorLocation?: string };
} {
  try {
    fn();
  } catch (error) {
    return error as never;
  }
  throw new Error("expected a synchronous throw");
}
