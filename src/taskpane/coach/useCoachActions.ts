import { useCallback, useRef, useState } from "react";
import type { Finding, TextLocation } from "../../analysis/types";
import type { WorkedExample } from "../../examples";
import type { Pack } from "../../guidance";
import type { DocumentState, WordHost } from "../../word";
import type { CoachRuntime } from "../load-runtime";
import { words } from "../words";
import type { Checks } from "./useChecks";
import type { DocumentFeed } from "./useDocumentFeed";
import { isFailure, outcome, useNotices, type Notice, type ShownNotice } from "./notices";
import { wholeHeadingAt } from "./places";

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
  checkAgain(): Promise<void>;
  /** After a failed read: reads again, or starts again from the beginning if the pane never started. */
  retry(): void;
  dismissNotice(): void;
}

export interface ActionState {
  /** The last thing an action did or could not do. */
  notice: ShownNotice | null;
  /** The action under way, for a busy state on its button. */
  busy: string | null;
  /** Why the child's name was refused, shown on the name field; null when it was not. */
  nameProblem: string | null;
}

function noNameNote(pack: Pack): string {
  const placeholder = pack.sections.some((s) => s.heading.includes("[Child's Name]"));
  return placeholder ? words.noNameInHeadings : words.noNameInPrompts;
}

/**
 * What the worker can do, each turned into plans and calls to src/word. Plans are made from the
 * document as it was checked; Word checks them against the document as it is.
 */
export function useCoachActions(
  host: WordHost,
  feed: DocumentFeed,
  checks: Checks,
  /** The pack in use: the one checked against, else the chosen one, else the default. */
  pack: Pack | null,
): ActionState & CoachActions {
  const { runtime, registry, snapshot, cursorParagraph, latestSnapshot, documentState } = feed;
  const { notice, setNotice, settle } = useNotices(snapshot);
  const [busy, setBusy] = useState<string | null>(null);
  const [nameProblem, setNameProblem] = useState<string | null>(null);
  const lastFix = useRef<{ paragraph: number; start: number; before: string; after: string } | null>(null);
  const analysis = checks.checked?.analysis ?? null;
  const checkedSnapshot = checks.checked?.snapshot ?? null;
  const { refresh } = feed;

  /** Runs an action with a busy state; its result becomes the notice; then reads the document again. */
  const act = useCallback(
    async (name: string, action: (rt: CoachRuntime) => Promise<Notice | null>, reread = true) => {
      if (!runtime) return;
      setBusy(name);
      try {
        const result = await action(runtime);
        if (result) setNotice(result);
        if (reread) await refresh();
        // What the notice describes is the document as it is now.
        settle(latestSnapshot.current);
      } catch (error) {
        // The Word layer's own messages are written for the worker; anything else is Word's.
        const ours = error instanceof runtime.word.WordLayerError;
        setNotice({ intent: "error", text: ours ? error.message : words.actionFailed });
      } finally {
        setBusy(null);
      }
    },
    [runtime, setNotice, settle, refresh, latestSnapshot],
  );

  /** Stores the worker's choices in the document; says so only if it could not. */
  const remember = async (rt: CoachRuntime, next: DocumentState): Promise<Notice | null> => {
    feed.setDocumentState(next);
    // Only what the pane changed, merged with what is stored now (the ribbon may have stored a name).
    const change = rt.word.changeBetween(documentState, next);
    const saved = await rt.word.updateDocumentState(host.run, host, change);
    if (!isFailure(saved)) feed.setDocumentState(saved.state);
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
    if (!plan || !section) return { intent: "info", text: words.headingNotThere };
    const placed = await rt.word.placeCursorInSection(host.run, plan, section.headingText ?? section.heading);
    return isFailure(placed) ? outcome(placed) : null;
  };

  /** Writes or takes back the dismissal of a check, stored in the document. */
  const dismissal = (findingId: string, dismissed: boolean) =>
    act(
      `${dismissed ? "dismiss" : "restore"}:${findingId}`,
      async (rt) => {
        const others = documentState.dismissedFindings.filter((id) => id !== findingId);
        const dismissedFindings = dismissed ? [...others, findingId] : others;
        const problem = await remember(rt, { ...documentState, dismissedFindings });
        return problem ?? { intent: "info", text: dismissed ? words.dismissed : words.restored };
      },
      false,
    );

  return {
    notice,
    busy,
    nameProblem,
    insertTemplate: async (packId, childName) => {
      let inserted = false;
      setNameProblem(null);
      await act("insert-template", async (rt) => {
        const target = registry?.get(packId);
        if (!target) return { intent: "error", text: words.chooseTemplate };
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
          return { intent: "info", text: words.undoTooLate };
        }
        const reverse = { kind: "replace-text" as const, location, text: last.before };
        return outcome(await rt.word.applyFix(host.run, reverse, now));
      }),
    dismiss: (findingId) => dismissal(findingId, true),
    restore: (findingId) => dismissal(findingId, false),
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
        if (placements.length === 0) return { intent: "info", text: words.insertTemplateFirst };
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
    checkAgain: () =>
      act("check-again", async () => {
        checks.checkAgain();
        return null;
      }),
    retry: feed.retry,
    dismissNotice: () => setNotice(null),
  };
}
