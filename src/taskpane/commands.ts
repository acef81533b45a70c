/**
 * Ribbon commands. The manifest's "Refresh all" button runs `refreshAll` in the shared runtime
 * (Office.actions.associate, SharedRuntime 1.1); Office waits for `event.completed()`, which is
 * called whatever the refresh did, so the button is never left busy. Outside Office (preview)
 * there is nothing to associate.
 */

/** The manifest's <FunctionName> of the Refresh all button. */
export const REFRESH_ALL_ACTION = "refreshAll";

interface ActionEvent {
  completed(): void;
}

/**
 * Associates the Refresh all button with `refreshAll` (the workbook view's, so its outcome shows
 * in the pane). Returns false where Office has no actions (preview, or a host without them).
 */
export function registerCommands(refreshAll: () => Promise<unknown>): boolean {
  const office = (globalThis as { Office?: { actions?: typeof Office.actions } }).Office;
  if (typeof office?.actions?.associate !== "function") return false;
  office.actions.associate(REFRESH_ALL_ACTION, (event: ActionEvent) => {
    // The view shows a failure in the pane; here it must only not keep the button busy.
    refreshAll()
      .catch(() => undefined)
      .finally(() => event.completed());
  });
  return true;
}
