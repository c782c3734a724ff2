/**
 * The Word layer: the only code that calls the Word API. Every operation takes `run` (Word.run,
 * or the fake's) and plain data, and returns plain data.
 *
 * Requirement sets: the core needs WordApi 1.3 (the manifest's minimum); comments and Word's
 * document settings need 1.4, content control events 1.5, paragraph events 1.6, detected with
 * isSetSupported (see capabilities.ts).
 */
export * from "./run";
export * from "./capabilities";
export {
  probeForChange,
  readCursorParagraph,
  readSnapshot,
  readSnapshotAndCursor,
  type ReadOptions,
  sectionOfParagraph,
  textFingerprint,
  type SnapshotWithCursor,
} from "./read";
export * from "./template";
export * from "./state";
export * from "./colour";
export * from "./goto";
export * from "./comments";
export * from "./watch";
export * from "./paragraphs";

import type { WordRun } from "./run";
import type { StateHost } from "./state";
import type { WatchHost } from "./watch";

/** Everything the pane hands the Word layer: Word.run and the Office objects it feature-detects with. */
export interface WordHost extends StateHost, WatchHost {
  run: WordRun;
  /**
   * Opens a page of the add-in in the worker's own browser (Office.context.ui.openBrowserWindow,
   * OpenBrowserWindowApi 1.1: Word on Windows and Mac). Absent where Word has no such call (Word
   * on the web, the demo): there an ordinary link opens a new tab.
   */
  openInBrowser?: (url: string) => void;
}
