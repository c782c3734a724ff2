import { registerRibbonCommands } from "./ribbon";

/* global Office */

/**
 * commands.html, the ribbon's function file where Word has no shared runtime. Where it has one
 * (SharedRuntime 1.1), taskpane.html registers the same commands (src/taskpane/index.tsx).
 */
if (typeof Office !== "undefined") Office.onReady(() => registerRibbonCommands());
