import type { AnalysisResult } from "../analysis/engine";
import type { PackProblem } from "../analysis/pack-registry";
import type { DocumentSnapshot } from "../analysis/snapshot";
import type { Pack } from "../guidance";
import type { DocumentState, WordCapabilities, WordHost } from "../word";
import type { CheckThread } from "./checks/check-runner";
import { sectionAtParagraph } from "./coach/places";
import { useChecks } from "./coach/useChecks";
import { useCoachActions, type ActionState, type CoachActions } from "./coach/useCoachActions";
import { useDocumentFeed } from "./coach/useDocumentFeed";
import type { FetchText } from "./organisation-packs";

export type { CoachActions } from "./coach/useCoachActions";
export type { Intent, Notice, ShownNotice } from "./coach/notices";

/**
 * The pane's controller, in three parts (coach/): the document feed follows the document
 * through src/word; the checks have each snapshot checked on another thread; the actions turn
 * what the worker does into plans and calls to src/word. Components read what it returns and
 * call its actions; none of them touches Word.
 */
export interface CoachState extends ActionState {
  /** "loading" until the engine is loaded and the document first read and checked. */
  status: "loading" | "ready" | "failed";
  capabilities: WordCapabilities | null;
  packs: readonly Pack[];
  snapshot: DocumentSnapshot | null;
  analysis: AnalysisResult | null;
  /** What the worker chose, stored in the document. */
  documentState: DocumentState;
  /** The pack checks run against: the chosen one, or the best fit of the headings. */
  pack: Pack | null;
  /** Whether the document already holds a case summary (any recognised heading). */
  hasSummary: boolean;
  /** The section the cursor is in, or null. */
  cursorSection: string | null;
  /** Whether the document has any text at all (a worked example would be mixed with it). */
  documentHasText: boolean;
  /** Why the document could not be read, until a read succeeds again; null when it could. */
  readProblem: string | null;
  /** Why the latest check did not finish (it ran too long, or failed); null once one does. */
  checkProblem: string | null;
  /** The organisation's packs (packs/ beside the pane) that cannot be used, each with what is wrong. */
  packProblems: readonly PackProblem[];
}

/**
 * `checkThread` is where the checks run (a Web Worker in the built pane); without it, or where it
 * cannot start, they run in the pane's own thread. `fetchPacks` reads the organisation's packs/.
 */
export function useCoach(
  host: WordHost,
  today?: Date,
  checkThread?: CheckThread,
  fetchPacks?: FetchText,
): CoachState & CoachActions {
  const feed = useDocumentFeed(host, fetchPacks);
  const checks = useChecks(feed, checkThread, today);
  const { registry, runtime, documentState, snapshot } = feed;
  const analysis = checks.checked?.analysis ?? null;
  const pack = analysis?.pack ?? feed.chosenPack ?? runtime?.defaultPack ?? null;
  const actions = useCoachActions(host, feed, checks, pack);
  return {
    ...actions,
    // Ready once there is something to show: the first check's findings, or why there are none.
    status: feed.status === "ready" && !checks.checked && !checks.checkProblem ? "loading" : feed.status,
    capabilities: feed.capabilities,
    packs: registry?.packs ?? [],
    packProblems: feed.packProblems,
    snapshot,
    analysis,
    documentState,
    pack,
    hasSummary: analysis?.sections.some((s) => s.found) ?? false,
    cursorSection: analysis ? sectionAtParagraph(analysis, feed.cursorParagraph) : null,
    documentHasText: snapshot?.paragraphs.some((p) => p.text.trim() !== "") ?? false,
    readProblem: feed.readProblem,
    checkProblem: checks.checkProblem,
  };
}
