import type { SnapshotParagraph } from "../analysis/snapshot";
import { type Failure, type WordRun, wordErrorMessage } from "./run";

/**
 * Adds ready-made paragraphs (a worked example) with their style, colour and boldness. Never
 * overwrites: an empty document is filled, otherwise they go at the end. Two syncs. Tables, lists
 * and content controls of the source are not reproduced: their text comes in as plain paragraphs.
 */

export interface ParagraphsInserted {
  ok: true;
  inserted: number;
  message: string;
}

export async function insertParagraphs(
  run: WordRun,
  paragraphs: readonly SnapshotParagraph[],
): Promise<ParagraphsInserted | Failure> {
  if (paragraphs.length === 0)
    return { ok: false, reason: "invalid-input", message: "There is nothing to add." };
  try {
    return await run(async (context) => {
      const existing = context.document.body.paragraphs;
      existing.load("items/text");
      await context.sync();
      const empty = existing.items.every((p) => p.text.trim() === "");
      let previous: Word.Paragraph | null = null;
      for (const source of paragraphs) {
        const text = source.text.replace(/[\r\n]+/g, " ");
        const paragraph: Word.Paragraph = previous
          ? previous.insertParagraph(text, "After")
          : context.document.body.insertParagraph(text, empty ? "Start" : "End");
        paragraph.styleBuiltIn =
          source.styleBuiltIn === "Other"
            ? "Normal"
            : (source.styleBuiltIn as Word.Paragraph["styleBuiltIn"]);
        paragraph.font.color = source.colour && source.colour !== "mixed" ? source.colour : "#000000";
        if (source.bold !== "mixed") paragraph.font.bold = source.bold;
        previous = paragraph;
      }
      await context.sync();
      const where = empty ? "into the empty document" : "at the end of the document";
      return {
        ok: true,
        inserted: paragraphs.length,
        message: `Added ${paragraphs.length === 1 ? "1 paragraph" : `${paragraphs.length} paragraphs`} ${where}.`,
      };
    });
  } catch (error) {
    return { ok: false, reason: "word-error", message: wordErrorMessage("add the example", error) };
  }
}
