import type { RequirementsLike } from "./run";

/**
 * What this copy of Word lets the add-in do. The core (read the document, check it, insert the
 * template, colour sections, go to a finding) needs WordApi 1.3, the manifest's minimum; the rest
 * is feature-detected, and the pane says in plain words what is unavailable and why.
 */
export const MINIMUM_REQUIREMENT_SET = { name: "WordApi", version: "1.3" } as const;

export type FollowMode = "paragraph-events" | "content-control-events" | "selection-and-poll";

/**
 * How tracked deletions (which stay in Word's paragraph text) are found: "list" reads the tracked
 * changes (Body.getTrackedChanges, WordApi 1.6); "mode" knows only whether Track Changes is on
 * (Document.changeTrackingMode, 1.4); "none" can tell neither (WordApi 1.3), so deleted words
 * still waiting to be accepted are read as text.
 */
export type TrackedChangeReading = "list" | "mode" | "none";

export interface Unavailable {
  feature: "core" | "comments" | "document-settings" | "live-checking";
  reason: string;
}

export interface WordCapabilities {
  /** Reading, checking, the template, colours and Go to (WordApi 1.3). */
  core: boolean;
  /** Review comments and margin prompts (WordApi 1.4). */
  comments: boolean;
  /** Word's own document settings (WordApi 1.4); otherwise Office's settings store the same data. */
  documentSettings: boolean;
  /** WordApi 1.6 paragraph events. */
  paragraphEvents: boolean;
  /** WordApi 1.5 content control events. */
  contentControlEvents: boolean;
  /** How the add-in follows the worker's typing on this host. */
  follow: FollowMode;
  /** How the add-in leaves tracked deletions out of what it checks. */
  trackedChanges: TrackedChangeReading;
  unavailable: Unavailable[];
}

export const CORE_UNAVAILABLE =
  "This version of Word is too old for Case Summary Coach. It needs Microsoft 365, Word on the web, or Office LTSC 2021 or later.";
export const COMMENTS_UNAVAILABLE =
  "This version of Word doesn't let add-ins write comments, so review comments and margin prompts are not available. Everything else works. Microsoft 365, Word on the web and Office LTSC 2024 can add them.";
export const LIVE_CHECKING_LIMITED =
  "This version of Word doesn't tell add-ins when the document changes, so checks refresh every few seconds while this pane is open rather than as you type.";
export const LIVE_CHECKING_PARTLY =
  "This version of Word tells add-ins only about changes inside the template's sections, so other changes are picked up every few seconds.";

export function getCapabilities(requirements: RequirementsLike): WordCapabilities {
  const supports = (version: string) => requirements.isSetSupported("WordApi", version);
  const core = supports(MINIMUM_REQUIREMENT_SET.version);
  const comments = supports("1.4");
  const paragraphEvents = supports("1.6");
  const contentControlEvents = supports("1.5");
  const follow: FollowMode = paragraphEvents
    ? "paragraph-events"
    : contentControlEvents
      ? "content-control-events"
      : "selection-and-poll";
  const unavailable: Unavailable[] = [];
  if (!core) unavailable.push({ feature: "core", reason: CORE_UNAVAILABLE });
  if (!comments) unavailable.push({ feature: "comments", reason: COMMENTS_UNAVAILABLE });
  if (follow === "selection-and-poll")
    unavailable.push({ feature: "live-checking", reason: LIVE_CHECKING_LIMITED });
  if (follow === "content-control-events")
    unavailable.push({ feature: "live-checking", reason: LIVE_CHECKING_PARTLY });
  const trackedChanges: TrackedChangeReading = paragraphEvents ? "list" : comments ? "mode" : "none";
  return {
    core,
    trackedChanges,
    comments,
    documentSettings: comments,
    paragraphEvents,
    contentControlEvents,
    follow,
    unavailable,
  };
}
