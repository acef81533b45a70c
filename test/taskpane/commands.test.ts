/**
 * The ribbon's Refresh all on hosts with and without what a refresh needs: it always answers
 * (Office's button is released) and, where Excel is too old, opens the pane to say why.
 */
import { refreshMissing, registerCommands, REFRESH_ALL_ACTION } from "../../src/taskpane/commands";
import { installFakeExcel } from "../support/fake-excel";
import type { FakeActions, FakeAddin } from "../support/fake-excel/office";

type Installed = ReturnType<typeof installFakeExcel>;

function click(fake: Installed): Promise<void> {
  const office = fake.Office as unknown as { actions: FakeActions };
  return office.actions.invoke(REFRESH_ALL_ACTION);
}
const addin = (fake: Installed) => (fake.Office as unknown as { addin: FakeAddin }).addin;

describe("Refresh all from the ribbon", () => {
  let fake: Installed | undefined;
  afterEach(() => fake?.uninstall());

  test.each([
    ["without the insert requirement (ExcelApi 1.4)", "1.4", ["ExcelApi 1.7", "ExcelApi 1.13"]],
    ["without the refresh requirement (ExcelApi 1.12)", "1.12", ["ExcelApi 1.13"]],
  ])("%s it opens the pane and explains, without refreshing", async (_host, api, missing) => {
    fake = installFakeExcel({ supportedSets: { ExcelApi: api } });
    const refreshAll = jest.fn(() => Promise.resolve());
    const explain = jest.fn();
    expect(registerCommands({ refreshAll, explain })).toBe(true);
    await click(fake);
    expect(refreshAll).not.toHaveBeenCalled();
    expect(explain).toHaveBeenCalledWith(missing);
    expect(addin(fake).shown).toBe(1);
    expect(refreshMissing()).toEqual(missing);
  });

  test("where the pane has no workbook actions it still answers", async () => {
    fake = installFakeExcel({ supportedSets: { ExcelApi: "1.4" } });
    const explain = jest.fn();
    registerCommands({ explain });
    await click(fake);
    expect(explain).toHaveBeenCalledTimes(1);
  });

  test("on a current Excel it refreshes and releases the button even when the refresh fails", async () => {
    fake = installFakeExcel();
    const refreshAll = jest.fn(() => Promise.reject(new Error("boom")));
    const explain = jest.fn();
    registerCommands({ refreshAll, explain });
    await click(fake);
    expect(refreshAll).toHaveBeenCalledTimes(1);
    expect(explain).not.toHaveBeenCalled();
    expect(addin(fake).shown).toBe(0);
    expect(refreshMissing()).toEqual([]);
  });

  test("outside Office there is nothing to associate and nothing missing", () => {
    expect(registerCommands({ explain: jest.fn() })).toBe(false);
    expect(refreshMissing()).toEqual([]);
  });
});
