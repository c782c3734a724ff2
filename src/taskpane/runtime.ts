/**
 * Everything the pane needs beyond its own components: the packs, the worked examples, the plans
 * and the Word layer. Loaded as a separate chunk straight after the pane first paints. The
 * checks, with their word lists and date parser, run on their own thread (checks/).
 */
export { builtInPacks, defaultPack, getPack } from "../analysis/built-in-packs";
export { createPackRegistry } from "../analysis/pack-registry";
export { examplesFor, labelledParagraphs } from "../examples";
export * as word from "../word";
export * as plans from "../analysis/plans";
export { insertTemplateNow } from "../commands/insert-template";
