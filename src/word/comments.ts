import { recogniseStructure } from "../analysis/sections";
import type { DocumentSnapshot } from "../analysis/snapshot";
import { CHECK_COMMENT_MARKER, PROMPT_COMMENT_MARKER } from "../analysis/tags";
import type { Finding, Prompt } from "../analysis/types";
import type { Pack } from "../guidance/schema";
import { COMMENTS_UNAVAILABLE } from "./capabilities";
import { type Failure, type WordRun, isApiNotFound, wordErrorMessage } from "./run";

/**
 * Review comments (WordApi 1.4): findings written as Word comments for managers, and reflective
 * prompts placed beside the headings. Each comment starts with the add-in's marker, which is how
 * the add-in knows its own comments: it never changes or removes a comment without it (a
 * person's). Writing any number takes two syncs (read the paragraphs and existing comments;
 * write). A review comment names its check ("check <id>"): there is one comment per check id, so
 * a comment already there with the same words is not written again, and the add-in's older
 * comment for a check whose wording has changed gets the new words in place (keeping its place,
 * its replies and whether it was resolved) rather than a second comment.
 */

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

/** The text of a finding's comment: marked, with the guidance it comes from. */
export function checkCommentText(finding: Finding): string {
  return `${CHECK_COMMENT_MARKER}: ${finding.message} (Guidance ${finding.guidance}; check ${finding.id})`;
}

/** The check id a comment of the add-in's names, or null (a prompt, or a person's comment). */
export function checkIdOfComment(content: string): string | null {
  const text = normalise(content);
  if (!text.startsWith(`${CHECK_COMMENT_MARKER}:`) || !text.endsWith(")")) return null;
  const at = text.lastIndexOf("; check ");
  if (at < 0) return null;
  const id = text.slice(at + "; check ".length, -1).trim();
  return id || null;
}

export function promptCommentText(prompt: Prompt): string {
  return `${PROMPT_COMMENT_MARKER}: ${prompt.text} (Guidance ${prompt.guidance})`;
}

/** What the findings were computed from: the comments are anchored by it, and checked against it. */
export interface CommentBasis {
  snapshot: DocumentSnapshot;
  pack: Pack;
  childName?: string | null;
}

export interface CommentsWritten {
  ok: true;
  written: number;
  /** Comments with the same words were already in the document. */
  alreadyThere: number;
  /** The add-in's older comments for the same check, given the new words in place. */
  updated?: number;
  /** Findings not written because their paragraph has changed since the check. */
  skipped: string[];
  message: string;
}

interface PlannedComment {
  paragraph: number;
  text: string;
  id: string;
  /** The check the comment is for: one comment per check id. Null for prompts (matched by words). */
  checkId: string | null;
}

function describeWritten(
  kind: "comment" | "prompt",
  written: number,
  alreadyThere: number,
  skipped: number,
  updated = 0,
): string {
  const noun = (n: number) => `${n} ${kind}${n === 1 ? "" : "s"}`;
  const parts = [written > 0 ? `Added ${noun(written)}.` : `No new ${kind}s to add.`];
  if (updated > 0)
    parts.push(`Brought ${noun(updated)} from an earlier review up to date, in the same place.`);
  if (alreadyThere > 0)
    parts.push(`${noun(alreadyThere)} ${alreadyThere === 1 ? "was" : "were"} already there.`);
  if (skipped > 0) {
    parts.push(
      `${noun(skipped)} could not be placed because the document has changed since it was checked; choose Check again.`,
    );
  }
  return parts.join(" ");
}

/**
 * Writes planned comments in two syncs, skipping those already present and those whose paragraph
 * changed; a check's older comment of the add-in's with other words is updated in place.
 */
async function writeComments(
  run: WordRun,
  planned: PlannedComment[],
  expectedTexts: (paragraph: number) => string | undefined,
  kind: "comment" | "prompt",
): Promise<CommentsWritten | Failure> {
  try {
    return await run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      const comments = context.document.body.getComments();
      comments.load("items/content");
      await context.sync();

      const existing = new Set(comments.items.map((c) => normalise(c.content)));
      // The add-in's own comments by the check they name (only comments carrying its marker).
      const byCheck = new Map<string, Word.Comment>();
      for (const comment of comments.items) {
        const id = checkIdOfComment(comment.content);
        if (id !== null && !byCheck.has(id)) byCheck.set(id, comment);
      }
      let written = 0;
      let updated = 0;
      let alreadyThere = 0;
      const skipped: string[] = [];
      const done = new Set<string>();
      for (const comment of planned) {
        const text = normalise(comment.text);
        if (comment.checkId !== null && done.has(comment.checkId)) continue;
        const target = paragraphs.items[comment.paragraph];
        if (!target || target.text !== expectedTexts(comment.paragraph)) {
          skipped.push(comment.id);
          continue;
        }
        if (comment.checkId !== null) done.add(comment.checkId);
        const older = comment.checkId === null ? undefined : byCheck.get(comment.checkId);
        if (existing.has(text) || (older && normalise(older.content) === text)) {
          alreadyThere++;
          continue;
        }
        existing.add(text);
        if (older) {
          older.content = comment.text;
          updated++;
        } else {
          target.getRange("Whole").insertComment(comment.text);
          written++;
        }
      }
      if (written + updated > 0) await context.sync();
      return {
        ok: true,
        written,
        alreadyThere,
        updated,
        skipped,
        message: describeWritten(kind, written, alreadyThere, skipped.length, updated),
      };
    });
  } catch (error) {
    if (isApiNotFound(error)) return { ok: false, reason: "unsupported", message: COMMENTS_UNAVAILABLE };
    return { ok: false, reason: "word-error", message: wordErrorMessage(`add the ${kind}s`, error) };
  }
}

/**
 * The paragraph a finding's comment belongs on: the finding's own paragraph, else its section's
 * heading, else the first paragraph with text. Comments are not anchored to empty paragraphs.
 */
function anchorParagraph(finding: Finding, basis: CommentBasis, headings: Map<string, number>): number {
  const paragraphs = basis.snapshot.paragraphs;
  const own = finding.location?.paragraph;
  if (own !== undefined && paragraphs[own]?.text.trim()) return own;
  const heading = finding.section ? headings.get(finding.section) : undefined;
  if (heading !== undefined) return heading;
  const firstWithText = paragraphs.findIndex((p) => p.text.trim() !== "");
  return firstWithText >= 0 ? firstWithText : 0;
}

export async function writeReviewComments(
  run: WordRun,
  findings: readonly Finding[],
  basis: CommentBasis,
): Promise<CommentsWritten | Failure> {
  const structure = recogniseStructure(basis.snapshot, basis.pack, basis.childName ?? null);
  const headings = new Map<string, number>();
  for (const occurrence of structure.occurrences) {
    if (!headings.has(occurrence.key)) headings.set(occurrence.key, occurrence.headingParagraph);
  }
  const planned = findings.map((finding) => ({
    id: finding.id,
    checkId: finding.id,
    paragraph: anchorParagraph(finding, basis, headings),
    text: checkCommentText(finding),
  }));
  return writeComments(run, planned, (index) => basis.snapshot.paragraphs[index]?.text, "comment");
}

export interface PromptPlacement {
  prompt: Prompt;
  /** The heading paragraph to put the prompt beside. */
  headingParagraph: number;
  /** The heading's text when the prompts were chosen; the prompt is not placed if it has changed. */
  headingText: string;
}

export async function placePromptComments(
  run: WordRun,
  placements: readonly PromptPlacement[],
): Promise<CommentsWritten | Failure> {
  const expected = new Map(placements.map((p) => [p.headingParagraph, p.headingText]));
  const planned = placements.map((p, index) => ({
    id: `${p.prompt.section ?? "summary"}/${index}`,
    checkId: null,
    paragraph: p.headingParagraph,
    text: promptCommentText(p.prompt),
  }));
  return writeComments(run, planned, (index) => expected.get(index), "prompt");
}

export interface CommentsRemoved {
  ok: true;
  removed: number;
  message: string;
}

/** A prompt the add-in wrote: its marker first, its guidance last. */
function isOwnPrompt(content: string): boolean {
  const text = normalise(content);
  return text.startsWith(`${PROMPT_COMMENT_MARKER}:`) && text.includes("(Guidance ") && text.endsWith(")");
}

async function removeMarked(
  run: WordRun,
  isOwn: (content: string) => boolean,
  kind: string,
): Promise<CommentsRemoved | Failure> {
  try {
    return await run(async (context) => {
      const comments = context.document.body.getComments();
      comments.load("items/content");
      await context.sync();
      // Only comments in the add-in's own form (its marker first, the check or guidance last): a
      // person's comments are never touched, even one that happens to begin with the marker.
      const own = comments.items.filter((c) => isOwn(c.content));
      own.forEach((comment) => comment.delete());
      if (own.length > 0) await context.sync();
      const message =
        own.length === 0
          ? `There are no ${kind} from Case Summary Coach to remove.`
          : `Removed ${own.length} ${own.length === 1 ? kind.replace(/s$/, "") : kind}. Comments written by people were left alone.`;
      return { ok: true, removed: own.length, message };
    });
  } catch (error) {
    if (isApiNotFound(error)) return { ok: false, reason: "unsupported", message: COMMENTS_UNAVAILABLE };
    return { ok: false, reason: "word-error", message: wordErrorMessage(`remove the ${kind}`, error) };
  }
}

export function removeReviewComments(run: WordRun): Promise<CommentsRemoved | Failure> {
  return removeMarked(run, (content) => checkIdOfComment(content) !== null, "review comments");
}

export function removePromptComments(run: WordRun): Promise<CommentsRemoved | Failure> {
  return removeMarked(run, isOwnPrompt, "prompts");
}
