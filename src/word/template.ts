import { recogniseStructure } from "../analysis/sections";
import type { DocumentSnapshot } from "../analysis/snapshot";
import { sectionTag } from "../analysis/tags";
import { CHILD_NAME_PLACEHOLDER, type Pack, type SectionSpec } from "../guidance/schema";
import { queueCursorLoad, queueSnapshotLoad } from "./read";
import { type Failure, type WordRun, wordErrorMessage } from "./run";

/**
 * Inserting the pack's template: a Heading 2 for each section with the child's name in place of
 * [Child's Name], and an empty paragraph under it for the worker, both inside a rich-text content
 * control tagged with the pack and section (so the section is recognised whatever the worker does
 * to the heading). Sections with a colour (pen picture blue, safety plan red) get that colour on
 * the empty paragraph, so what the worker types there comes out in it. Never overwrites: an empty
 * document is filled; otherwise the sections go after the cursor's paragraph, or at the end.
 * Two syncs: one to read, one to insert.
 */

export type TemplatePlacement = "empty-document" | "after-cursor" | "end-of-document" | "nothing-inserted";

export interface TemplateSection {
  key: string;
  heading: string;
}

export interface TemplateInserted {
  ok: true;
  inserted: TemplateSection[];
  /** Sections already in the document, by tag or by heading. */
  skipped: TemplateSection[];
  placement: TemplatePlacement;
  /** Index of the first inserted heading in the document afterwards, or null. */
  firstHeadingParagraph: number | null;
  /** For the pane: what was done and where. */
  message: string;
}

export type TemplateResult = TemplateInserted | Failure;

const MAX_NAME_LENGTH = 80;

/** Checks the name the worker typed; returns it tidied, or a message saying what is wrong. */
export function cleanChildName(
  childName: string | null | undefined,
): { name: string | null } | { problem: string } {
  if (childName === null || childName === undefined) return { name: null };
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(childName)) {
    return {
      problem: "The child's name can't contain line breaks or tabs. Type the name on one line and try again.",
    };
  }
  const name = childName.replace(/\s+/g, " ").trim();
  if (name.length > MAX_NAME_LENGTH) {
    return {
      problem: `The child's name is longer than ${MAX_NAME_LENGTH} characters. Shorten it and try again.`,
    };
  }
  return { name: name || null };
}

/** The section's heading with the child's name; the placeholder stays when no name is known yet. */
export function headingWithName(section: SectionSpec, childName: string | null): string {
  return childName ? section.heading.split(CHILD_NAME_PLACEHOLDER).join(childName) : section.heading;
}

function isEmptyDocument(snapshot: DocumentSnapshot): boolean {
  return snapshot.paragraphs.every((p) => p.text.trim() === "" && !p.inTable && !p.contentControlTag);
}

function preview(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
}

function listOf(sections: TemplateSection[]): string {
  return sections.map((s) => `"${s.heading}"`).join(", ");
}

export async function insertTemplate(
  run: WordRun,
  pack: Pack,
  childName: string | null,
): Promise<TemplateResult> {
  const cleaned = cleanChildName(childName);
  if ("problem" in cleaned) return { ok: false, reason: "invalid-input", message: cleaned.problem };
  const name = cleaned.name;

  try {
    return await run(async (context) => {
      let read = queueSnapshotLoad(context);
      let cursor: (() => number | null) | null = queueCursorLoad(context);
      try {
        await context.sync();
      } catch {
        // The cursor is outside the body (a header, a text box): Word refuses the whole batch, so
        // read again without the cursor and insert at the end (a third sync, in this case only).
        cursor = null;
        read = queueSnapshotLoad(context);
        await context.sync();
      }
      const snapshot = read.snapshot();
      const cursorParagraph = cursor ? cursor() : null;

      const structure = recogniseStructure(snapshot, pack, name);
      const present = new Set(structure.occurrences.map((o) => o.key));
      for (const p of snapshot.paragraphs) {
        for (const section of pack.sections)
          if (p.contentControlTag === sectionTag(pack.id, section.key)) present.add(section.key);
      }
      const toInsert = pack.sections.filter((s) => !present.has(s.key));
      const skipped = pack.sections
        .filter((s) => present.has(s.key))
        .map((s) => ({ key: s.key, heading: headingWithName(s, name) }));
      const inserted = toInsert.map((s) => ({ key: s.key, heading: headingWithName(s, name) }));

      if (toInsert.length === 0) {
        return {
          ok: true,
          inserted,
          skipped,
          placement: "nothing-inserted",
          firstHeadingParagraph: null,
          message: "Every section of the template is already in the document, so nothing was added.",
        } satisfies TemplateInserted;
      }

      const paragraphs = read.paragraphs.items;
      let placement: TemplatePlacement;
      let firstHeadingParagraph: number;
      let where: string;
      let insertFirst: (heading: string) => Word.Paragraph;

      // Never split a section: with the cursor in one, the new sections go after its last paragraph.
      const cursorSection =
        cursorParagraph === null
          ? undefined
          : structure.occurrences.find(
              (o) => o.headingParagraph === cursorParagraph || o.body.includes(cursorParagraph),
            );
      const anchorParagraph = cursorSection
        ? Math.max(cursorSection.headingParagraph, ...cursorSection.body)
        : cursorParagraph;
      const cursorInfo = anchorParagraph === null ? null : snapshot.paragraphs[anchorParagraph];
      const cursorUnsuitable = cursorInfo
        ? cursorInfo.inTable
          ? "the cursor was in a table"
          : cursorInfo.inList
            ? "the cursor was in a list"
            : cursorInfo.contentControlTag
              ? "the cursor was inside another section"
              : null
        : "the cursor was not in the document's text";

      if (isEmptyDocument(snapshot)) {
        placement = "empty-document";
        firstHeadingParagraph = 0;
        where = "The template fills the document.";
        insertFirst = (heading) => context.document.body.insertParagraph(heading, "Start");
      } else if (anchorParagraph !== null && !cursorUnsuitable) {
        placement = "after-cursor";
        firstHeadingParagraph = anchorParagraph + 1;
        const anchorText = snapshot.paragraphs[anchorParagraph]!.text;
        where = cursorSection
          ? `The sections were added after the section the cursor was in ("${preview(cursorSection.headingText)}").`
          : anchorText.trim()
            ? `The sections were added after the paragraph where the cursor was ("${preview(anchorText)}").`
            : `The sections were added where the cursor was (paragraph ${anchorParagraph + 1}).`;
        insertFirst = (heading) => paragraphs[anchorParagraph]!.insertParagraph(heading, "After");
      } else {
        placement = "end-of-document";
        firstHeadingParagraph = snapshot.paragraphs.length;
        where = `The sections were added at the end of the document, because ${cursorUnsuitable}.`;
        insertFirst = (heading) => context.document.body.insertParagraph(heading, "End");
      }

      // A new paragraph takes the formatting of the one it follows: after blue or red text, set
      // the new section's text back to black so the colour does not spill into other sections.
      const anchorIndex =
        placement === "after-cursor"
          ? anchorParagraph!
          : placement === "empty-document"
            ? 0
            : paragraphs.length - 1;
      let followsColour = snapshot.paragraphs[anchorIndex]?.colour !== null;
      let previousControl: Word.ContentControl | null = null;
      let firstWritingParagraph: Word.Paragraph | null = null;
      for (const [index, section] of toInsert.entries()) {
        const heading = inserted[index]!.heading;
        const headingParagraph: Word.Paragraph = previousControl
          ? previousControl.insertParagraph(heading, "After")
          : insertFirst(heading);
        headingParagraph.styleBuiltIn = "Heading2";
        if (followsColour) headingParagraph.font.color = "#000000";
        const writingParagraph = headingParagraph.insertParagraph("", "After");
        firstWritingParagraph ??= writingParagraph;
        writingParagraph.styleBuiltIn = "Normal";
        // Set on the empty paragraph, so that the worker's typing there comes out in the colour.
        if (section.colour) writingParagraph.font.color = section.colour.hex.toUpperCase();
        else if (followsColour) writingParagraph.font.color = "#000000";
        followsColour = Boolean(section.colour);
        const control = headingParagraph
          .getRange("Whole")
          .expandTo(writingParagraph.getRange("Whole"))
          .insertContentControl("RichText");
        control.tag = sectionTag(pack.id, section.key);
        control.title = heading;
        previousControl = control;
      }
      // Ready to write: the cursor goes under the first new heading.
      firstWritingParagraph?.select("Start");
      await context.sync();

      const skippedNote =
        skipped.length > 0 ? ` Already in the document, so not added again: ${listOf(skipped)}.` : "";
      return {
        ok: true,
        inserted,
        skipped,
        placement,
        firstHeadingParagraph,
        message: `Added ${inserted.length === 1 ? "1 section" : `${inserted.length} sections`}. ${where}${skippedNote}`,
      } satisfies TemplateInserted;
    });
  } catch (error) {
    return { ok: false, reason: "word-error", message: wordErrorMessage("add the template", error) };
  }
}
