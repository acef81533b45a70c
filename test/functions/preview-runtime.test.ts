// The page outside Office (preview mode): with no `CustomFunctions` global, the appended
// `CustomFunctions.associate` calls must register without throwing; inside Excel, Excel's own
// `associate` is left alone.
export {};

type Host = { CustomFunctions?: Record<string, unknown> };
const host = globalThis as Host;

/** Loads preview-runtime.ts afresh over `before` as the CustomFunctions global; gives what it leaves. */
async function load(before: Record<string, unknown> | undefined) {
  const saved = host.CustomFunctions;
  host.CustomFunctions = before;
  try {
    await jest.isolateModulesAsync(async () => {
      await import("../../src/functions/preview-runtime");
    });
    return host.CustomFunctions;
  } finally {
    host.CustomFunctions = saved;
  }
}

describe("preview runtime", () => {
  test("without CustomFunctions, associate records each function under its upper-case id", async () => {
    const runtime = (await load(undefined)) as {
      associate: (id: string, fn: unknown) => void;
      previewRegistry: Map<string, unknown>;
    };
    const clusters = () => "clusters";
    expect(() => runtime.associate("Clusters", clusters)).not.toThrow();
    runtime.associate("COUNT", Math.max);
    expect([...runtime.previewRegistry]).toStrictEqual([
      ["CLUSTERS", clusters],
      ["COUNT", Math.max],
    ]);
  });

  test("a CustomFunctions without associate keeps what it has and gains one", async () => {
    class Error {}
    const runtime = (await load({ Error })) as Record<string, unknown>;
    expect(runtime.Error).toBe(Error);
    expect(typeof runtime.associate).toBe("function");
  });

  test("Excel's own associate is left alone", async () => {
    const associate = () => undefined;
    const excel = { associate };
    const runtime = await load(excel);
    expect(runtime).toBe(excel);
    expect(runtime).toStrictEqual({ associate });
  });
});
