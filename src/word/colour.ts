import type { DocumentSnapshot } from "../analysis/snapshot";
import type { Fix } from "../analysis/types";
import { CHILD_NAME_PLACEHOLDER } from "../guidance/schema";
import type { ColoursApplied, ColourPlan } from "../analysis/plans/colours";
import {
  DOCUMENT_CHANGED_MESSAGE,
  paragraphsAsExpected,
  type Failure,
  type WordRun,
  wordErrorMessage,
} from "./run";
import { locateText, rangeForPlan } from "./text-range";
import { expectParagraphs } from "../analysis/plans/freshness";

/**
 * Colours: carrying out the plan for the section-colour fix (src/analysis/plans/colours.ts says
 * which paragraphs take which colour). Two syncs: check the paragraphs still read as planned,
 * then colour them (none when there is nothing to colour).
 */

export type { ColoursApplied, ColourPlan } from "../analysis/plans/colours";

export async function applySectionColours(run: WordRun, plan: ColourPlan): Promise<ColoursApplied | Failure> {
  const changed = plan.sections.reduce((sum, s) => sum + s.paragraphs.length, 0);
  if (changed === 0) return plan.result;
  try {
    return await run(async (context) => {
      const paragraphs = await paragraphsAsExpected(context, plan.expects);
      if (!paragraphs)
        return { ok: false, reason: "document-changed", message: DOCUMENT_CHANGED_MESSAGE } satisfies Failure;
      for (const section of plan.sections)
        for (const index of section.paragraphs) paragraphs[index]!.font.color = section.hex;
      await context.sync();
      return plan.result;
    });
  } catch (error) {
    return { ok: false, reason: "word-error", message: wordErrorMessage("change the colours", error) };
  }
}

const quote = (text: string) => {
  const trimmed = text.replace(/\s+/g, " ").trim();
  return `'${trimmed.length > 60 ? `${trimmed.slice(0, 60)}…` : trimmed}'`;
};

/**
 * What a replace-text fix did, in words: "Put Maya's name in place of [Child's Name].", "Wrote out
 * 'Child in Need (CIN)'.", else "Changed 'x' to 'y'.".
 */
export function describeReplacement(before: string, after: string): string {
  const was = before.trim();
  const now = after.trim();
  if (!was) return `Added ${quote(now)}.`;
  if (!now) return `Removed ${quote(was)}.`;
  // A placeholder such as [Child's Name] replaced by the child's name.
  if (was === CHILD_NAME_PLACEHOLDER || /^\[[^\]]*name[^\]]*\]$/i.test(was)) {
    return `Put ${now}'s name in place of ${was}.`;
  }
  if (/^\[[^\]]*\]$/.test(was)) return `Put ${quote(now)} in place of ${was}.`;
  // An abbreviation written out with the abbreviation kept: "CIN" to "Child in Need (CIN)".
  if (now.length > was.length && now.includes(was)) return `Wrote out ${quote(now)}.`;
  return `Changed ${quote(was)} to ${quote(now)}.`;
}

/** " blue", " red", or nothing for a colour without a plain name. */
function colourName(hex: string): string {
  const names: Record<string, string> = { "#0000FF": "blue", "#FF0000": "red" };
  const name = names[hex.toUpperCase()];
  return name ? ` ${name}` : "";
}

export const TRACKED_CHANGES_IN_THE_WAY =
  "This paragraph has tracked changes that have not been accepted or rejected, so Case Summary Coach can't change its words safely. Nothing was changed. Accept or reject the changes in it (Review tab), then try again.";

export interface FixApplied {
  ok: true;
  message: string;
}

/**
 * Applies a finding's fix, first checking that the paragraphs it concerns are still where they
 * were and read as they did when it was planned (`fix.expects`, which the engine adds; a fix
 * without one is checked against `basis`, the snapshot it came from). If the worker has changed
 * them, or added or removed paragraphs, since, nothing is changed and the result says to check
 * again. Two syncs (three for a replace-text fix that needs a search). With Track Changes on, Word
 * records the fix as a tracked change of the worker's; the add-in never turns tracking off.
 */
export async function applyFix(
  run: WordRun,
  fix: Fix,
  basis?: DocumentSnapshot,
): Promise<FixApplied | Failure> {
  const changed: Failure = { ok: false, reason: "document-changed", message: DOCUMENT_CHANGED_MESSAGE };
  const targets = fix.kind === "set-colour" ? fix.paragraphs : [fix.location.paragraph];
  const expects = fix.expects ?? (basis ? expectParagraphs(basis, targets) : null);
  if (!expects || !targets.every((index) => index in expects.texts)) return changed;
  try {
    return await run(async (context) => {
      const paragraphs = await paragraphsAsExpected(context, expects);
      if (!paragraphs) return changed;

      if (fix.kind === "set-colour") {
        for (const index of fix.paragraphs) paragraphs[index]!.font.color = fix.colour.toUpperCase();
        await context.sync();
        return {
          ok: true,
          message: `Coloured ${fix.paragraphs.length === 1 ? "1 paragraph" : `${fix.paragraphs.length} paragraphs`}${colourName(fix.colour)}.`,
        };
      }

      const { location, text } = fix;
      // The fix's offsets are in the text as it reads now; Word's text still holds the deleted
      // words, so the place cannot be found safely until the changes are accepted or rejected.
      if (expects.trackedDeletions?.includes(location.paragraph))
        return { ok: false, reason: "document-changed", message: TRACKED_CHANGES_IN_THE_WAY };
      const paragraph = paragraphs[location.paragraph]!;
      const plan = locateText(paragraph.text, location.start, location.end);
      if (plan.kind === "whole-paragraph" && location.end > location.start) return changed;
      const target = await rangeForPlan(context, paragraph, plan);
      if (!target) return changed;
      const before = paragraph.text.slice(location.start, location.end);
      target.insertText(text, "Replace");
      await context.sync();
      return { ok: true, message: describeReplacement(before, text) };
    });
  } catch (error) {
    return { ok: false, reason: "word-error", message: wordErrorMessage("make the change", error) };
  }
}
