import { z } from "zod";
import type { DocumentSnapshot } from "../../analysis/snapshot";
import { UnreadableFileError } from "../errors";
import { decodeText } from "./text";

/** A DocumentSnapshot saved as JSON (for example by the add-in or a test), checked field by field. */
const snapshotParagraphSchema = z.object({
  text: z.string(),
  styleBuiltIn: z.string().min(1),
  outlineLevel: z.number().int().min(1).max(9).nullable(),
  bold: z.union([z.boolean(), z.literal("mixed")]),
  colour: z
    .union([
      z
        .string()
        .regex(/^#[0-9A-Fa-f]{6}$/, 'must be a colour written as "#RRGGBB"')
        .transform((hex) => hex.toUpperCase()),
      z.literal("mixed"),
    ])
    .nullable(),
  inTable: z.boolean(),
  inList: z.boolean(),
  contentControlTag: z.string().nullable(),
});

const snapshotSchema = z.object({ paragraphs: z.array(snapshotParagraphSchema) });

const MAX_ISSUES_SHOWN = 3;

export function readSnapshotJson(bytes: Uint8Array): DocumentSnapshot {
  let data: unknown;
  try {
    data = JSON.parse(decodeText(bytes));
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    // JSON.parse's own message quotes the text around the mistake: a summary's words. Never shown.
    throw new UnreadableFileError(
      "is not valid JSON. Open it in a text editor and check it is a snapshot saved whole (a missing bracket or quote is the usual cause).",
    );
  }
  const result = snapshotSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues;
    const shown = issues
      .slice(0, MAX_ISSUES_SHOWN)
      .map((issue) => `${issue.path.length ? issue.path.join(".") : "the file"}: ${issue.message}`);
    const more = issues.length > MAX_ISSUES_SHOWN ? `; and ${issues.length - MAX_ISSUES_SHOWN} more` : "";
    throw new UnreadableFileError(
      `is not a document snapshot ({"paragraphs": [{"text", "styleBuiltIn", "outlineLevel", "bold", "colour", "inTable", "inList", "contentControlTag"}]}): ${shown.join("; ")}${more}.`,
    );
  }
  return result.data;
}
