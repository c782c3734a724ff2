/**
 * Plans for Word: what the Word layer (src/word) carries out, made here from the snapshot and the
 * engine's findings, each with the paragraph texts it expects, so src/word only executes.
 */
export * from "./comments";
export * from "./freshness";
export * from "./template";
export * from "./colours";
export * from "./cursor";
export * from "./rename";
