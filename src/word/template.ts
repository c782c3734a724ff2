import type { PlannedSlot, TemplateInserted, TemplatePlan } from "../analysis/plans/template";
import type { RenamePlan } from "../analysis/plans/rename";
import { escapeSearchText } from "./text-range";
import {
  DOCUMENT_CHANGED_MESSAGE,
  paragraphsAsExpected,
  type Failure,
  type WordRun,
  wordErrorMessage,
} from "./run";

export { cleanChildName } from "../analysis/child-name-rule";
export type { TemplateInserted, TemplatePlan } from "../analysis/plans/template";

/**
 * Carries out a template plan (src/analysis/plans/template.ts): each section a Heading 2 and an
 * empty paragraph under it, both inside a rich-text content control with the plan's tag and
 * title, in the colours the plan gives. Two syncs: check that the paragraphs the plan is anchored
 * to still read as planned (else nothing is changed), then insert, leaving the cursor under the
 * first new heading. A plan with nothing to insert costs none.
 */

export type TemplateResult = TemplateInserted | Failure;

function insertAt(
  context: Word.RequestContext,
  paragraphs: Word.Paragraph[],
  anchor: PlannedSlot["anchor"],
  heading: string,
): Word.Paragraph {
  if (anchor.kind === "body-start") return context.document.body.insertParagraph(heading, "Start");
  if (anchor.kind === "body-end") return context.document.body.insertParagraph(heading, "End");
  const paragraph = paragraphs[anchor.paragraph]!;
  const location = anchor.kind === "after" ? "After" : "Before";
  // Beside a section the add-in inserted: outside its content control, never inside it.
  return anchor.viaControl
    ? paragraph.parentContentControlOrNullObject.insertParagraph(heading, location)
    : paragraph.insertParagraph(heading, location);
}

export async function insertTemplate(run: WordRun, plan: TemplatePlan): Promise<TemplateResult> {
  if (plan.slots.length === 0) return plan.result;
  try {
    return await run(async (context) => {
      const paragraphs = await paragraphsAsExpected(context, plan.expects);
      if (!paragraphs) {
        return { ok: false, reason: "document-changed", message: DOCUMENT_CHANGED_MESSAGE } satisfies Failure;
      }
      let firstWritingParagraph: Word.Paragraph | null = null;
      for (const slot of plan.slots) {
        let previousControl: Word.ContentControl | null = null;
        for (const section of slot.sections) {
          const headingParagraph: Word.Paragraph = previousControl
            ? previousControl.insertParagraph(section.heading, "After")
            : insertAt(context, paragraphs, slot.anchor, section.heading);
          headingParagraph.styleBuiltIn = "Heading2";
          if (section.headingColour) headingParagraph.font.color = section.headingColour;
          const writingParagraph = headingParagraph.insertParagraph("", "After");
          firstWritingParagraph ??= writingParagraph;
          writingParagraph.styleBuiltIn = "Normal";
          // Set on the empty paragraph, so that the worker's typing there comes out in the colour.
          if (section.writingColour) writingParagraph.font.color = section.writingColour;
          const control = headingParagraph
            .getRange("Whole")
            .expandTo(writingParagraph.getRange("Whole"))
            // No argument: naming the type needs WordApi 1.5; without one it is rich text (1.1).
            .insertContentControl();
          control.tag = section.tag;
          control.title = section.heading;
          // The section cannot be deleted by accident (WordApi 1.1: the worker can still change
          // its words); a heading typed over or deleted inside it is noticed (heading-changed).
          control.cannotDelete = true;
          previousControl = control;
        }
      }
      // Ready to write: the cursor goes under the first new heading.
      firstWritingParagraph?.select("Start");
      await context.sync();
      return plan.result;
    });
  } catch (error) {
    return { ok: false, reason: "word-error", message: wordErrorMessage("add the template", error) };
  }
}

export interface HeadingsRenamed {
  ok: true;
  renamed: number;
  message: string;
}

/**
 * Carries out planHeadingRename: three syncs whatever the number of headings (read and check,
 * find the name in each heading, replace). Paragraph.search and Range.insertText: WordApi 1.1.
 */
export async function renameInHeadings(run: WordRun, plan: RenamePlan): Promise<HeadingsRenamed | Failure> {
  try {
    return await run(async (context) => {
      const paragraphs = await paragraphsAsExpected(context, plan.expects);
      if (!paragraphs) {
        return { ok: false, reason: "document-changed", message: DOCUMENT_CHANGED_MESSAGE } satisfies Failure;
      }
      const searches = plan.headings.map((heading) => {
        const matches = paragraphs[heading.paragraph]!.search(escapeSearchText(heading.piece), {
          matchCase: true,
        });
        matches.load("items/text");
        return { heading, matches };
      });
      await context.sync();
      for (const { heading, matches } of searches) {
        const match = matches.items[heading.occurrence];
        if (match?.text === heading.piece) match.insertText(heading.replacement, "Replace");
      }
      await context.sync();
      const count = plan.headings.length;
      return {
        ok: true,
        renamed: count,
        message: `Changed \u201c${plan.from}\u201d to \u201c${plan.to}\u201d in ${count === 1 ? "1 heading" : `${count} headings`}.`,
      } satisfies HeadingsRenamed;
    });
  } catch (error) {
    return {
      ok: false,
      reason: "word-error",
      message: wordErrorMessage("change the name in the headings", error),
    };
  }
}
