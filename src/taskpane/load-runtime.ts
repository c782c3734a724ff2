export type CoachRuntime = typeof import("./runtime");

/** The engine chunk; see runtime.ts. */
export function loadRuntime(): Promise<CoachRuntime> {
  return import(/* webpackChunkName: "pane-runtime" */ "./runtime");
}
