/** The minimal `Office` global an Excel add-in touches at start-up. */

import { isSetSupported, type SupportedSets } from "./requirements";

export type FakePlatform = "PC" | "OfficeOnline" | "Mac" | "iOS" | "Android" | "Universal";

export interface FakeOfficeOptions {
  displayLanguage: string;
  platform: FakePlatform;
  /** Read at call time, so a test may change the host's sets after creating it. */
  supportedSets: () => SupportedSets;
}

export interface ActionEvent {
  source: { id: string };
  completed(): void;
}

/**
 * Ribbon commands of a shared runtime: `Office.actions.associate(id, handler)` (SharedRuntime
 * 1.1). `invoke` plays the user's click: it calls the handler with an event and resolves when
 * the handler calls `event.completed()` (Office waits for it; a handler that never calls it
 * leaves the button busy, so the promise then never resolves either).
 */
export class FakeActions {
  private readonly handlers = new Map<string, (event: ActionEvent) => unknown>();

  associate(actionId: string, handler: (event: ActionEvent) => unknown): void {
    this.handlers.set(actionId, handler);
  }

  has(actionId: string): boolean {
    return this.handlers.has(actionId);
  }

  invoke(actionId: string): Promise<void> {
    const handler = this.handlers.get(actionId);
    if (!handler) return Promise.reject(new Error(`fake-excel: no action ${actionId}`));
    return new Promise((resolve) => {
      void handler({ source: { id: actionId }, completed: () => resolve() });
    });
  }
}

/**
 * `Office.addin` (SharedRuntime 1.1): `showAsTaskpane()` opens the pane of the shared runtime;
 * the fake counts how often it was asked to.
 */
export class FakeAddin {
  shown = 0;

  showAsTaskpane(): Promise<void> {
    this.shown++;
    return Promise.resolve();
  }
}

export function createOffice(options: FakeOfficeOptions) {
  const info = { host: "Excel", platform: options.platform };
  return {
    actions: new FakeActions(),
    addin: new FakeAddin(),
    context: {
      displayLanguage: options.displayLanguage,
      contentLanguage: options.displayLanguage,
      host: "Excel",
      platform: options.platform,
      diagnostics: { host: "Excel", platform: options.platform, version: "16.0" },
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number) =>
          isSetSupported(options.supportedSets(), name, minVersion),
      },
    },
    onReady(callback?: (value: typeof info) => void): Promise<typeof info> {
      callback?.(info);
      return Promise.resolve(info);
    },
    HostType: {
      Excel: "Excel",
      Word: "Word",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
      Project: "Project",
      Access: "Access",
    },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
  };
}
