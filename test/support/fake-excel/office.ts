/** The minimal `Office` global an Excel add-in touches at start-up. */

import { isSetSupported, type SupportedSets } from "./requirements";

export type FakePlatform = "PC" | "OfficeOnline" | "Mac" | "iOS" | "Android" | "Universal";

export interface FakeOfficeOptions {
  displayLanguage: string;
  platform: FakePlatform;
  /** Read at call time, so a test may change the host's sets after creating it. */
  supportedSets: () => SupportedSets;
}

export function createOffice(options: FakeOfficeOptions) {
  const info = { host: "Excel", platform: options.platform };
  return {
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
