/**
 * Ribbon commands. The manifest's "Refresh all" button runs `refreshAll` in the shared runtime
 * (Office.actions.associate, SharedRuntime 1.1); Office waits for `event.completed()`, which is
 * called whatever the refresh did, so the button is never left busy. The button answers on every
 * host: where Excel lacks what a refresh needs, it opens the pane, which says what is missing.
 * Outside Office (preview) there is nothing to associate.
 */
import {
  INSERT_REQUIREMENT,
  missingRequirements,
  REFRESH_REQUIREMENT,
} from "../excel/requirements";

/** The manifest's <FunctionName> of the Refresh all button. */
export const REFRESH_ALL_ACTION = "refreshAll";

interface ActionEvent {
  completed(): void;
}

interface CommandOffice {
  actions?: { associate?: (id: string, handler: (event: ActionEvent) => void) => void };
  addin?: { showAsTaskpane?: () => Promise<void> };
  context?: { requirements?: { isSetSupported(name: string, version?: string): boolean } };
}

function office(): CommandOffice | undefined {
  return (globalThis as { Office?: CommandOffice }).Office;
}

/**
 * The requirement sets a refresh needs (its reads and writes, and resizing tables) that this host
 * lacks, as "ExcelApi 1.13"; none outside Office, where nothing is refreshed.
 */
export function refreshMissing(): string[] {
  const requirements = office()?.context?.requirements;
  return requirements
    ? missingRequirements(requirements, [INSERT_REQUIREMENT, REFRESH_REQUIREMENT])
    : [];
}

export interface Commands {
  /** The workbook view's refresh, so its outcome shows in the pane; absent without workbook actions. */
  refreshAll?: () => Promise<unknown>;
  /** Shows in the pane why a command cannot run on this host. */
  explain(missing: readonly string[]): void;
}

/**
 * Associates the Refresh all button. Returns false where Office has no actions (preview, or a
 * host without them).
 */
export function registerCommands(commands: Commands): boolean {
  const host = office();
  const associate = host?.actions?.associate;
  if (typeof associate !== "function") return false;
  associate.call(host?.actions, REFRESH_ALL_ACTION, (event: ActionEvent) => {
    const missing = refreshMissing();
    const run =
      commands.refreshAll && missing.length === 0
        ? commands.refreshAll()
        : Promise.resolve(host?.addin?.showAsTaskpane?.()).then(() => commands.explain(missing));
    // The view shows a failure in the pane; here it must only not keep the button busy.
    run.catch(() => undefined).finally(() => event.completed());
  });
  return true;
}
