import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { workedExamples } from "../../src/examples";
import type { SnapshotParagraph } from "../../src/analysis/snapshot";
import { docxOf, HeadingLevel, Paragraph } from "./helpers";

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** A .docx of a worked example's paragraphs, headings as Word's heading styles. */
export function docxOfParagraphs(paragraphs: readonly SnapshotParagraph[]): Promise<Uint8Array> {
  return docxOf(
    paragraphs.map((p) =>
      p.outlineLevel
        ? new Paragraph({ text: p.text, heading: LEVELS[Math.min(p.outlineLevel, 3) - 1] })
        : new Paragraph({ text: p.text }),
    ),
  );
}

function example(id: string): SnapshotParagraph[] {
  const found = workedExamples.find((e) => e.id === id);
  if (!found) throw new Error(`No worked example ${id}`);
  return found.paragraphs;
}

const renamed = (paragraphs: SnapshotParagraph[], from: string, to: string) =>
  paragraphs.map((p) => ({ ...p, text: p.text.split(from).join(to) }));

/** The date the fixtures are judged on: the good summary (12 November 2026) is current. */
export const TODAY = "2026-12-01";

/**
 * A team's folder: a good and a poor summary, an overdue one, a brother's summary copied from
 * his sister's with the names changed, a corrupt file and a file whose name holds HTML.
 */
export async function caseloadFolder(): Promise<string> {
  const folder = mkdtempSync(path.join(tmpdir(), "caseload-"));
  mkdirSync(path.join(folder, "team a"));
  const good = example("bradford-2025-good");
  const write = async (name: string, paragraphs: SnapshotParagraph[]) =>
    writeFileSync(path.join(folder, name), await docxOfParagraphs(paragraphs));
  await write("maya.docx", good);
  await write("team a/poor.docx", example("bradford-2025-poor"));
  await write(
    "team a/overdue.docx",
    renamed(example("bradford-lcs-good"), "14 October 2026", "14 March 2026"),
  );
  // Her brother Noah's summary written from Maya's: the name changed, nothing of his own.
  await write("noah-copied.docx", renamed(good, "Maya", "Noah"));
  await write(`<img src=x onerror=alert(1)>.docx`, example("lcs-12-week-poor"));
  writeFileSync(
    path.join(folder, "team a/corrupt.docx"),
    "PK\u0003\u0004 this is not really a Word document",
  );
  writeFileSync(path.join(folder, "notes.pdf"), "not a summary");
  return folder;
}
