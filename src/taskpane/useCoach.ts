import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { AnalysisResult } from "../analysis/engine";
import type { DocumentSnapshot } from "../analysis/snapshot";
import type { Finding, TextLocation } from "../analysis/types";
import type { WorkedExample } from "../examples";
import type { Pack } from "../guidance";
import type { DocumentState, Failure, WordCapabilities, WordHost, Watching } from "../word";
import {
  createCheckRunner,
  inThreadWorker,
  withFallback,
  type CheckOutcome,
  type CheckRunner,
  type CheckThread,
} from "./checks/check-runner";
import { loadRuntime, type CoachRuntime } from "./load-runtime";
import type { PackProblem } from "../analysis/pack-registry";
import { fetchOrganisationPacks, type FetchText, type OrganisationPacks } from "./organisation-packs";

/**
 * The pane's one controller: it follows the document through src/word, has each snapshot
 * checked on another thread (checks/), and turns the worker's actions into calls to src/word.
 * Components read what it returns and call its actions; none of them touches Word.
 */

export type Intent = "success" | "info" | "warning" | "error";

export interface Notice {
  intent: Intent;
  text: string;
  /** The notice offers Undo (after a Fix that replaced words). */
  undo?: boolean;
}

/** A notice as shown: numbered, so the same words shown again are a new message (and read out). */
export interface ShownNotice extends Notice {
  id: number;
}

export interface CoachState {
  /** "loading" until the engine is loaded and the document first read. */
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
  /** The last thing an action did or could not do. */
  notice: ShownNotice | null;
  /** Whether the document has any text at all (a worked example would be mixed with it). */
  documentHasText: boolean;
  /** The action under way, for a busy state on its button. */
  busy: string | null;
  /** Why the child's name was refused, shown on the name field; null when it was not. */
  nameProblem: string | null;
  /** Why the document could not be read, until a read succeeds again; null when it could. */
  readProblem: string | null;
  /** Why the latest check did not finish (it ran too long, or failed); null once one does. */
  checkProblem: string | null;
  /** The organisation's packs (packs/ beside the pane) that cannot be used, each with what is wrong. */
  packProblems: readonly PackProblem[];
}

export interface CoachActions {
  /** Resolves true when the headings went in (or were all there already). */
  insertTemplate(packId: string, childName: string): Promise<boolean>;
  /**
   * Selects a finding's text in the document; a whole heading is never selected (the next
   * keystroke would replace it): the cursor goes under it instead, as for goToSection.
   */
  goTo(target: { id: string; location: TextLocation | null }): Promise<void>;
  /** Puts the cursor under a section's heading, making a line there if there is none. */
  goToSection(sectionKey: string): Promise<void>;
  fix(finding: Finding): Promise<void>;
  /** Takes back the last Fix that replaced words, if the words are still as the Fix left them. */
  undoFix(): Promise<void>;
  dismiss(findingId: string): Promise<void>;
  restore(findingId: string): Promise<void>;
  applyColours(): Promise<void>;
  writeReviewComments(): Promise<void>;
  removeReviewComments(): Promise<void>;
  placePromptComments(): Promise<void>;
  removePromptComments(): Promise<void>;
  examplesFor(packId: string): WorkedExample[];
  /** Resolves true when the example went in. */
  insertExample(example: WorkedExample): Promise<boolean>;
  /** A citation as the worker reads it: the guidance's name rather than its number. */
  describeCitation(citation: string): string;
  checkAgain(): Promise<void>;
  /** After a failed read: reads again, or starts again from the beginning if the pane never started. */
  retry(): void;
  dismissNotice(): void;
}

const isFailure = (result: { ok: boolean }): result is Failure => !result.ok;

const outcome = (result: { ok: boolean; message: string }): Notice => ({
  intent: isFailure(result) ? (result.reason === "unsupported" ? "warning" : "error") : "success",
  text: result.message,
});

const UNDO_TOO_LATE =
  "The words have changed since the Fix, so the pane cannot take it back safely. Use Word's own Undo (Ctrl+Z, or Cmd+Z on a Mac).";

/** Said on Dismiss, so the worker sees it went somewhere and can get it back. */
const DISMISSED =
  "Dismissed the check. It is kept with the document under \u201cShow dismissed checks\u201d, where you can restore it.";

const TRY_AGAIN = "Select Try again; if that does not work, close and reopen the pane.";

/** Checks on the pane's own thread, the engine loaded when first needed. */
const checkInThisThread = inThreadWorker(() => import("./checks/answer").then((m) => m.createAnswerer()));

function checkProblemFor(outcome: CheckOutcome): string | null {
  if (outcome.kind === "abandoned") {
    const seconds = Math.max(1, Math.round(outcome.limitMs / 1000));
    return `Checking this document took longer than ${seconds} second${seconds === 1 ? "" : "s"}, so Case Summary Coach stopped. Your text is not affected. The checks shown may be out of date: they run again when you next change the document, or select Check again. A document this slow to check may be very long, or hold very long paragraphs.`;
  }
  if (outcome.kind === "failed") {
    return "Case Summary Coach couldn't check this document just now. Your text is not affected. Select Check again; if that does not work, close and reopen the pane.";
  }
  return null;
}

/**
 * Word's own error text is never shown: it can quote the document, and it is not written for the
 * worker. The pane says the same plain thing instead.
 */
const READ_FAILED = `Case Summary Coach couldn't read this document just now. Your text is not affected. ${TRY_AGAIN}`;
const ACTION_FAILED =
  "Something went wrong, so Word did not finish. Nothing you wrote has been changed. Try again, or close and reopen the pane.";

/** What a worker does when they left the name empty; see insertTemplate. */
const CHANGE_BUTTON = "\u201cChange the template or the child's name\u201d";
function noNameNote(pack: Pack): string {
  const placeholder = pack.sections.some((s) => s.heading.includes("[Child's Name]"));
  return placeholder
    ? ` No name was given, so the headings say [Child's Name] for now. To add it later, choose ${CHANGE_BUTTON} in this pane and enter it, then replace [Child's Name] in the headings: the checks point to each one.`
    : ` No name was given, so the prompts say \u201cthe child\u201d. To add it later, choose ${CHANGE_BUTTON} in this pane and enter it.`;
}

/**
 * `checkThread` is where the checks run (a Web Worker in the built pane); without it, or where it
 * cannot start, they run in the pane's own thread.
 */
export function useCoach(
  host: WordHost,
  today?: Date,
  checkThread?: CheckThread,
  fetchPacks?: FetchText,
): CoachState & CoachActions {
  const [runtime, setRuntime] = useState<CoachRuntime | null>(null);
  // The built-in packs and the organisation's, once its packs/ folder is read; a broken one is set
  // aside with its problems and the rest work.
  const [organisation, setOrganisation] = useState<OrganisationPacks>({ texts: [], problems: [] });
  const registry = useMemo(
    () => runtime?.createPackRegistry(organisation.texts) ?? null,
    [runtime, organisation.texts],
  );
  const packProblems = useMemo(
    () => [...organisation.problems, ...(registry?.problems ?? [])],
    [organisation.problems, registry],
  );
  useEffect(() => {
    let cancelled = false;
    void fetchOrganisationPacks(fetchPacks).then((found) => {
      if (!cancelled && (found.texts.length > 0 || found.problems.length > 0)) setOrganisation(found);
    });
    return () => {
      cancelled = true;
    };
  }, [fetchPacks]);
  const watching = useRef<Watching | null>(null);
  const [status, setStatus] = useState<CoachState["status"]>("loading");
  const [snapshot, setSnapshot] = useState<DocumentSnapshot | null>(null);
  const [cursorParagraph, setCursorParagraph] = useState<number | null>(null);
  const [documentState, setDocumentState] = useState<DocumentState>({
    childName: null,
    packId: null,
    dismissedFindings: [],
  });
  const [notice, setShownNotice] = useState<ShownNotice | null>(null);
  const latestSnapshot = useRef<DocumentSnapshot | null>(null);
  const lastFix = useRef<{ paragraph: number; start: number; before: string; after: string } | null>(null);
  const noticeBasis = useRef<DocumentSnapshot | null>(null);
  const noticeCount = useRef(0);
  const setNotice = useCallback((next: Notice | null) => {
    setShownNotice(next ? { ...next, id: ++noticeCount.current } : null);
  }, []);
  const [busy, setBusy] = useState<string | null>(null);
  const [nameProblem, setNameProblem] = useState<string | null>(null);
  const [readProblem, setReadProblem] = useState<string | null>(null);
  // Bumped by "Try again" when the pane could not start, to run the start-up again.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const loaded = await loadRuntime();
        if (cancelled) return;
        setRuntime(loaded);
        const stored = await loaded.word.loadDocumentState(host.run, host);
        if (!cancelled) setDocumentState(stored.state);
        const watch = await loaded.word.watchDocument(
          host.run,
          host,
          (update) => {
            if (cancelled) return;
            latestSnapshot.current = update.snapshot;
            setSnapshot(update.snapshot);
            setCursorParagraph(update.cursorParagraph);
            setReadProblem(null);
            setStatus("ready");
          },
          {
            onError: () => {
              if (cancelled) return;
              setReadProblem(READ_FAILED);
              // The first read failing leaves nothing to show: say so rather than spin for ever.
              setStatus((current) => (current === "loading" ? "failed" : current));
            },
          },
        );
        if (cancelled) await watch.stop();
        else watching.current = watch;
      } catch {
        if (cancelled) return;
        setStatus("failed");
        setReadProblem(READ_FAILED);
      }
    })();
    return () => {
      cancelled = true;
      void watching.current?.stop();
      watching.current = null;
    };
  }, [host, attempt]);

  const capabilities = useMemo(
    () => runtime?.word.getCapabilities(host.requirements) ?? null,
    [runtime, host],
  );
  const chosenPack = (documentState.packId && registry?.get(documentState.packId)) || null;

  // The checks run on their own thread; what they found is kept with the snapshot they read,
  // so a go-to or a plan never pairs findings with a newer text than they were made from.
  const checker = useRef<CheckRunner | null>(null);
  const [spawnThread, limitMs] = [checkThread?.spawn, checkThread?.limitMs];
  useEffect(() => {
    const spawn = spawnThread ? withFallback(spawnThread, checkInThisThread) : checkInThisThread;
    const runner = createCheckRunner(spawn, { limitMs });
    checker.current = runner;
    return () => runner.stop();
  }, [spawnThread, limitMs]);
  const [checked, setChecked] = useState<{ snapshot: DocumentSnapshot; analysis: AnalysisResult } | null>(
    null,
  );
  const [checkProblem, setCheckProblem] = useState<string | null>(null);
  // Bumped by "Check again", to check even when nothing has changed (after a check was abandoned).
  const [checkRound, setCheckRound] = useState(0);
  const todayTime = today?.getTime();
  useEffect(() => {
    const runner = checker.current;
    if (!snapshot || !runtime || !registry || !runner) return;
    let current = true;
    void runner
      .check({
        snapshot,
        organisationPacks: organisation.texts,
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
    organisation.texts,
    chosenPack,
    documentState.childName,
    documentState.dismissedFindings,
    todayTime,
    checkRound,
  ]);

  // A success or an aside stops being true once the worker edits the document; warnings and
  // errors stay until closed or replaced. The watcher hands over a new snapshot only on a change.
  useEffect(() => {
    if (!snapshot || !noticeBasis.current || snapshot === noticeBasis.current) return;
    noticeBasis.current = null;
    setShownNotice((current) =>
      current && (current.intent === "success" || current.intent === "info") ? null : current,
    );
  }, [snapshot]);

  const analysis = checked?.analysis ?? null;
  const checkedSnapshot = checked?.snapshot ?? null;
  const pack = analysis?.pack ?? chosenPack ?? runtime?.defaultPack ?? null;
  const hasSummary = analysis?.sections.some((s) => s.found) ?? false;
  const cursorSection = analysis ? sectionAtParagraph(analysis, cursorParagraph) : null;

  /** Runs an action with a busy state; its result becomes the notice; then reads the document again. */
  const act = useCallback(
    async (name: string, action: (rt: CoachRuntime) => Promise<Notice | null>, refresh = true) => {
      if (!runtime) return;
      setBusy(name);
      try {
        const result = await action(runtime);
        if (result) setNotice(result);
        if (refresh) await watching.current?.refresh();
        // What the notice describes is the document as it is now; once the worker changes it,
        // "Added the 7 headings." is no longer news (see the effect below).
        noticeBasis.current = latestSnapshot.current;
      } catch (error) {
        // The Word layer's own messages are written for the worker; anything else is Word's.
        const ours = error instanceof runtime.word.WordLayerError;
        setNotice({ intent: "error", text: ours ? error.message : ACTION_FAILED });
      } finally {
        setBusy(null);
      }
    },
    [runtime, setNotice],
  );

  /** Stores the worker's choices in the document; says so only if it could not. */
  const remember = async (rt: CoachRuntime, next: DocumentState): Promise<Notice | null> => {
    setDocumentState(next);
    // Only what the pane changed, merged with what is stored now (the ribbon may have stored a name).
    const change = rt.word.changeBetween(documentState, next);
    const saved = await rt.word.updateDocumentState(host.run, host, change);
    if (!isFailure(saved)) setDocumentState(saved.state);
    return isFailure(saved) ? { intent: "warning", text: saved.message } : null;
  };

  /** Changes the child's name in the headings, when the summary names another; null when none does. */
  const renameHeadings = async (rt: CoachRuntime, given: string) => {
    const cleaned = rt.word.cleanChildName(given);
    const name = "name" in cleaned ? cleaned.name : null;
    if (!name || !analysis || !checkedSnapshot || !analysis.sections.some((s) => s.found)) return null;
    const previous = documentState.childName ?? analysis.childName;
    const plan = rt.plans.planHeadingRename(checkedSnapshot, analysis.occurrences, previous, name);
    if (!plan) return null;
    const renamed = await rt.word.renameInHeadings(host.run, plan);
    if (!isFailure(renamed) || renamed.reason !== "document-changed") return renamed;
    // Typed in since the last check: once more, from the document as it is now (as Insert does).
    const now = await rt.word.readSnapshotAndCursor(host.run);
    const again = rt.plans.planHeadingRenameInSnapshot(now.snapshot, analysis.pack, previous, name);
    return again ? rt.word.renameInHeadings(host.run, again) : null;
  };

  /** The cursor under a section's heading: planned from the document as checked, checked again by Word. */
  const cursorUnderHeading = async (rt: CoachRuntime, sectionKey: string): Promise<Notice | null> => {
    if (!analysis || !checkedSnapshot) return null;
    const plan = rt.plans.planSectionCursor(checkedSnapshot, analysis.occurrences, analysis.pack, sectionKey);
    const section = analysis.sections.find((s) => s.key === sectionKey);
    if (!plan || !section) {
      return { intent: "info", text: "That heading is not in the document: add the missing headings first." };
    }
    const placed = await rt.word.placeCursorInSection(host.run, plan, section.headingText ?? section.heading);
    return isFailure(placed) ? outcome(placed) : null;
  };

  const actions: CoachActions = {
    insertTemplate: async (packId, childName) => {
      let inserted = false;
      setNameProblem(null);
      await act("insert-template", async (rt) => {
        const target = registry?.get(packId);
        if (!target) return { intent: "error", text: "Choose a template from the list, then try again." };
        // A corrected name (or one given at last) changes in the headings first: only the name.
        const renamed = await renameHeadings(rt, childName);
        if (renamed && isFailure(renamed)) return outcome(renamed);
        // Planned from the document as last read (afresh after a rename, or if it has changed since).
        const known = snapshot && !renamed ? { snapshot, cursorParagraph } : undefined;
        const result = await rt.insertTemplateNow(host.run, target, childName, known);
        if (isFailure(result)) {
          // A name Word would mangle is the worker's to correct, so the message goes on the field.
          if (result.reason === "invalid-input") {
            setNameProblem(result.message);
            return null;
          }
          return outcome(result);
        }
        inserted = true;
        const name = childName.replace(/\s+/g, " ").trim() || null;
        const stateNotice = await remember(rt, { ...documentState, packId: target.id, childName: name });
        if (stateNotice) return stateNotice;
        const done = outcome(result);
        if (renamed) {
          // "Nothing was added" is not news after a rename: the rename is what was done.
          const added = result.placement === "nothing-inserted" ? "" : ` ${done.text}`;
          return { intent: "success", text: `${renamed.message}${added}` };
        }
        return name || result.placement === "nothing-inserted"
          ? done
          : { ...done, text: done.text + noNameNote(target) };
      });
      return inserted;
    },
    goTo: (target) =>
      act(
        `go-to:${target.id}`,
        async (rt) => {
          if (!target.location) return null;
          const heading = wholeHeadingAt(analysis, checkedSnapshot, target.location);
          if (heading) return cursorUnderHeading(rt, heading);
          const text = checkedSnapshot?.paragraphs[target.location.paragraph]?.text.slice(
            target.location.start,
            target.location.end,
          );
          const went = await rt.word.goTo(host.run, target.location, text);
          return isFailure(went) ? outcome(went) : null;
        },
        false,
      ),
    goToSection: (sectionKey) =>
      act(`go-to:section:${sectionKey}`, (rt) => cursorUnderHeading(rt, sectionKey), false),
    fix: (finding) =>
      act(`fix:${finding.id}`, async (rt) => {
        // The fix carries the texts it expects: Word is checked against them, not the pane's copy.
        const fix = finding.fix;
        if (!fix) return null;
        const done = await rt.word.applyFix(host.run, fix);
        if (isFailure(done) || fix.kind !== "replace-text") return outcome(done);
        // Kept so Undo can put the words back: the Fix's text where the replaced words were.
        const { paragraph, start, end } = fix.location;
        const before = checkedSnapshot?.paragraphs[paragraph]?.text.slice(start, end) ?? null;
        lastFix.current = before === null ? null : { paragraph, start, after: fix.text, before };
        return { ...outcome(done), undo: lastFix.current !== null };
      }),
    undoFix: () =>
      act("undo-fix", async (rt) => {
        const last = lastFix.current;
        const now = latestSnapshot.current;
        lastFix.current = null;
        if (!last || !now) return null;
        const location = {
          paragraph: last.paragraph,
          start: last.start,
          end: last.start + last.after.length,
        };
        if (now.paragraphs[last.paragraph]?.text.slice(location.start, location.end) !== last.after) {
          return { intent: "info", text: UNDO_TOO_LATE };
        }
        const reverse = { kind: "replace-text" as const, location, text: last.before };
        return outcome(await rt.word.applyFix(host.run, reverse, now));
      }),
    dismiss: (findingId) =>
      act(
        `dismiss:${findingId}`,
        async (rt) =>
          (await remember(rt, {
            ...documentState,
            dismissedFindings: [...new Set([...documentState.dismissedFindings, findingId])],
          })) ?? { intent: "info", text: DISMISSED },
        false,
      ),
    restore: (findingId) =>
      act(
        `restore:${findingId}`,
        async (rt) =>
          (await remember(rt, {
            ...documentState,
            dismissedFindings: documentState.dismissedFindings.filter((id) => id !== findingId),
          })) ?? { intent: "info", text: "Restored the check: it is back in the list." },
        false,
      ),
    applyColours: () =>
      act("colours", async (rt) =>
        pack && checkedSnapshot
          ? outcome(
              await rt.word.applySectionColours(
                host.run,
                rt.plans.planSectionColours(checkedSnapshot, pack, analysis?.childName ?? null),
              ),
            )
          : null,
      ),
    writeReviewComments: () =>
      act("review-comments", async (rt) => {
        if (!analysis || !checkedSnapshot || !pack) return null;
        // The whole analysis too: the summary comment gives the one count of what is met.
        const basis = { snapshot: checkedSnapshot, pack, childName: analysis.childName, analysis };
        return outcome(
          await rt.word.writeComments(host.run, rt.plans.planReviewComments(analysis.findings, basis)),
        );
      }),
    removeReviewComments: () =>
      act("remove-review", async (rt) => outcome(await rt.word.removeReviewComments(host.run))),
    placePromptComments: () =>
      act("prompt-comments", async (rt) => {
        if (!analysis || !checkedSnapshot || !pack) return null;
        // Each section's questions beside its heading; the whole-summary ones at the first heading.
        const placements = rt.plans.planPromptPlacements(analysis.prompts, {
          snapshot: checkedSnapshot,
          pack,
          childName: analysis.childName,
        });
        if (placements.length === 0) {
          return { intent: "info", text: "Insert the template first: the prompts go beside its headings." };
        }
        return outcome(await rt.word.writeComments(host.run, rt.plans.planPromptComments(placements)));
      }),
    removePromptComments: () =>
      act("remove-prompts", async (rt) => outcome(await rt.word.removePromptComments(host.run))),
    examplesFor: (packId) => runtime?.examplesFor(packId) ?? [],
    insertExample: async (example) => {
      let inserted = false;
      await act(`example:${example.id}`, async (rt) => {
        const result = await rt.word.insertParagraphs(host.run, rt.labelledParagraphs(example));
        inserted = result.ok;
        return outcome(result);
      });
      return inserted;
    },
    describeCitation: (citation) => runtime?.describeCitation(citation) ?? citation,
    checkAgain: () =>
      act("check-again", async () => {
        setCheckRound((n) => n + 1);
        return null;
      }),
    retry: () => {
      if (watching.current && runtime) {
        void watching.current.refresh();
        return;
      }
      setReadProblem(null);
      setStatus("loading");
      setAttempt((n) => n + 1);
    },
    dismissNotice: () => setNotice(null),
  };

  return {
    // Ready once there is something to show: the first check's findings, or why there are none.
    status: status === "ready" && !checked && !checkProblem ? "loading" : status,
    capabilities,
    packs: registry?.packs ?? [],
    packProblems,
    snapshot,
    analysis,
    documentState,
    pack,
    hasSummary,
    cursorSection,
    notice,
    documentHasText: snapshot?.paragraphs.some((p) => p.text.trim() !== "") ?? false,
    busy,
    nameProblem,
    readProblem,
    checkProblem,
    ...actions,
  };
}

/** The section whose whole heading this location is, or null. */
function wholeHeadingAt(
  analysis: AnalysisResult | null,
  snapshot: DocumentSnapshot | null,
  location: TextLocation,
): string | null {
  const occurrence = analysis?.occurrences.find((o) => o.headingParagraph === location.paragraph);
  const text = snapshot?.paragraphs[location.paragraph]?.text ?? "";
  if (!occurrence) return null;
  const covers = location.start <= text.search(/\S|$/) && location.end >= text.trimEnd().length;
  return covers ? occurrence.key : null;
}

/**
 * The section the paragraph belongs to: its heading, or a paragraph under it. Every occurrence
 * counts (a repeated heading too), and a paragraph after an unrelated heading such as "Appendix"
 * belongs to no section, as the engine reads it.
 */
export function sectionAtParagraph(
  analysis: Pick<AnalysisResult, "occurrences">,
  paragraph: number | null,
): string | null {
  if (paragraph === null) return null;
  let nearest: AnalysisResult["occurrences"][number] | null = null;
  for (const occurrence of analysis.occurrences) {
    if (occurrence.headingParagraph > paragraph) break;
    nearest = occurrence;
  }
  if (!nearest) return null;
  const inSection = nearest.headingParagraph === paragraph || nearest.body.includes(paragraph);
  return inSection ? nearest.key : null;
}
