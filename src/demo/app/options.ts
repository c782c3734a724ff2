import type { HostPresetName } from "../session";

/** The demo's settings, as given in the page's address (see index.tsx). */

export type DemoTheme = "light" | "dark";

export interface DemoOptions {
  theme: DemoTheme;
  host: HostPresetName;
  /** A worked example's id to open, or "blank". */
  document: string;
}

/** The document id of a blank document. */
export const BLANK = "blank";
