import { useEffect, useRef, useState } from "react";
import type { AnalysisResult } from "../../analysis/engine";
import type { DocumentSnapshot } from "../../analysis/snapshot";
import {
  createCheckRunner,
  inThreadWorker,
  withFallback,
  type CheckOutcome,
  type CheckRunner,
  type CheckThread,
} from "../checks/check-runner";
import { words } from "../words";
import type { DocumentFeed } from "./useDocumentFeed";

/** What the checks found, kept with the snapshot they read. */
export interface Checked {
  snapshot: DocumentSnapshot;
  analysis: AnalysisResult;
}

export interface Checks {
  /** The latest finished check; null until the first one finishes. */
  checked: Checked | null;
  /** Why the latest check did not finish (it ran too long, or failed); null once one does. */
  checkProblem: string | null;
  /** Checks again even when nothing has changed (after a check was abandoned). */
  checkAgain(): void;
}

/** Checks on the pane's own thread, the engine loaded when first needed. */
const checkInThisThread = inThreadWorker(() => import("../checks/answer").then((m) => m.createAnswerer()));

function checkProblemFor(outcome: CheckOutcome): string | null {
  if (outcome.kind === "abandoned")
    return words.checkTooLong(Math.max(1, Math.round(outcome.limitMs / 1000)));
  if (outcome.kind === "failed") return words.checkFailed;
  return null;
}

/**
 * Has each snapshot checked on another thread (checks/), the latest only. What they found is kept
 * with the snapshot they read, so a go-to or a plan never pairs findings with a newer text than
 * they were made from. `checkThread` is where the checks run (a Web Worker in the built pane);
 * without it, or where it cannot start, they run in the pane's own thread.
 */
export function useChecks(feed: DocumentFeed, checkThread?: CheckThread, today?: Date): Checks {
  const { snapshot, runtime, registry, organisationTexts, documentState, chosenPack } = feed;
  const checker = useRef<CheckRunner | null>(null);
  const [spawnThread, limitMs] = [checkThread?.spawn, checkThread?.limitMs];
  useEffect(() => {
    const spawn = spawnThread ? withFallback(spawnThread, checkInThisThread) : checkInThisThread;
    const runner = createCheckRunner(spawn, { limitMs });
    checker.current = runner;
    // The engine's thread loads alongside the pane's runtime, not after the document is read.
    runner.warm();
    return () => runner.stop();
  }, [spawnThread, limitMs]);

  const [checked, setChecked] = useState<Checked | null>(null);
  const [checkProblem, setCheckProblem] = useState<string | null>(null);
  const [checkRound, setCheckRound] = useState(0);
  const todayTime = today?.getTime();
  useEffect(() => {
    const runner = checker.current;
    if (!snapshot || !runtime || !registry || !runner) return;
    let current = true;
    void runner
      .check({
        snapshot,
        organisationPacks: organisationTexts,
        packId: chosenPack?.id ?? null,
        childName: documentState.childName,
        dismissed: documentState.dismissedFindings,
        today: todayTime ?? Date.now(),
      })
      .then((outcome) => {
        if (!current || outcome.kind === "superseded") return;
        setCheckProblem(checkProblemFor(outcome));
        if (outcome.kind !== "checked") return;
        const { packId, ...rest } = outcome.result;
        const checkedPack = registry.get(packId);
        if (checkedPack) setChecked({ snapshot, analysis: { ...rest, pack: checkedPack } });
      });
    return () => {
      current = false;
    };
  }, [
    snapshot,
    runtime,
    registry,
    organisationTexts,
    chosenPack,
    documentState.childName,
    documentState.dismissedFindings,
    todayTime,
    checkRound,
  ]);

  return { checked, checkProblem, checkAgain: () => setCheckRound((n) => n + 1) };
}
