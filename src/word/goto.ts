import type { SectionCursorPlan } from "../analysis/plans/cursor";
import type { TextLocation } from "../analysis/types";
import {
  DOCUMENT_CHANGED_MESSAGE,
  paragraphsAsExpected,
  type Failure,
  type WordRun,
  wordErrorMessage,
} from "./run";
import { locateText, rangeForPlan } from "./text-range";

/**
 * Go to: selects a finding's text in the document so the worker sees it. Works for headings,
 * list items and table cells alike (they are all paragraphs of the body). Up to three syncs: read
 * the paragraphs, find the text, select it.
 */

export interface WentTo {
  ok: true;
  /** "text" when the exact characters were selected; "paragraph" when their paragraph was. */
  selected: "text" | "paragraph";
  /** Index of the paragraph selected (the text may have moved within it). */
  paragraph: number;
  message: string;
}

export const TEXT_GONE_MESSAGE =
  "That text is no longer in the document (it may have been changed or deleted). Choose Check again to bring the list up to date.";

export async function goTo(
  run: WordRun,
  location: TextLocation,
  expectedText?: string,
): Promise<WentTo | Failure> {
  const gone: Failure = { ok: false, reason: "not-found", message: TEXT_GONE_MESSAGE };
  try {
    return await run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();

      let index = location.paragraph;
      let start = location.start;
      let end = location.end;
      const current = paragraphs.items[index]?.text;
      if (expectedText !== undefined && expectedText !== "" && current?.slice(start, end) !== expectedText) {
        // The worker has typed since the check: look for the text in the same paragraph, then anywhere.
        const texts = paragraphs.items.map((p) => p.text);
        const near = current?.indexOf(expectedText) ?? -1;
        if (near >= 0) start = near;
        else {
          index = texts.findIndex((text) => text.includes(expectedText));
          if (index < 0) return gone;
          start = texts[index]!.indexOf(expectedText);
        }
        end = start + expectedText.length;
      }
      const paragraph = paragraphs.items[index];
      if (!paragraph) return gone;

      const plan = locateText(paragraph.text, start, end);
      const range = await rangeForPlan(context, paragraph, plan);
      if (range) range.select();
      else paragraph.select();
      await context.sync();
      const selected = range && plan.kind !== "whole-paragraph" ? "text" : "paragraph";
      return {
        ok: true,
        selected,
        paragraph: index,
        message:
          selected === "text" ? "Selected in the document." : "Selected the paragraph in the document.",
      } satisfies WentTo;
    });
  } catch (error) {
    return {
      ok: false,
      reason: "word-error",
      message: wordErrorMessage("move to that place in the document", error),
    };
  }
}

export interface CursorPlaced {
  ok: true;
  /** Whether a paragraph was made under the heading for the cursor. */
  made: boolean;
  message: string;
}

/**
 * Puts the cursor under a section's heading, where the worker writes (planSectionCursor): never
 * on the heading, which the next keystroke would replace. Two syncs: read the paragraphs to check
 * the plan still fits, then place the cursor (making a paragraph first when there is none).
 * Paragraph.getRange("Start"): WordApi 1.3; Paragraph.insertParagraph, select, font.color: 1.1;
 * styleBuiltIn: 1.3.
 */
export async function placeCursorInSection(
  run: WordRun,
  plan: SectionCursorPlan,
  headingText: string,
): Promise<CursorPlaced | Failure> {
  try {
    return await run(async (context) => {
      const paragraphs = await paragraphsAsExpected(context, plan.expects);
      if (!paragraphs) {
        return { ok: false, reason: "document-changed", message: DOCUMENT_CHANGED_MESSAGE } satisfies Failure;
      }
      const heading = paragraphs[plan.heading]!;
      let target: Word.Paragraph;
      if (plan.body !== null) target = paragraphs[plan.body]!;
      else {
        target = heading.insertParagraph("", "After");
        target.styleBuiltIn = "Normal";
        if (plan.colour) target.font.color = plan.colour;
      }
      target.getRange("Start").select();
      await context.sync();
      return {
        ok: true,
        made: plan.body === null,
        message: `The cursor is on the line under \u201c${headingText}\u201d: write there.`,
      } satisfies CursorPlaced;
    });
  } catch (error) {
    return { ok: false, reason: "word-error", message: wordErrorMessage("move to that section", error) };
  }
}
