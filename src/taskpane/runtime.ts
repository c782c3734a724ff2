/**
 * Everything the pane needs beyond its own components: the engine, the packs, the worked
 * examples and the Word layer. Loaded as a separate chunk straight after the pane first paints,
 * so Office shows the pane without waiting for the checks' word lists and date parser.
 */
export { createAnalyser } from "../analysis/engine";
export { builtInPacks, defaultPack, getPack } from "../guidance";
export { examplesFor, labelledParagraphs } from "../examples";
export * as word from "../word";
export * as plans from "../analysis/plans";
export { insertTemplateNow } from "../commands/insert-template";
export { describeCitation } from "../guidance/sources";
