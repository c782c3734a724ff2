import { describeCitation as describeKnownCitation } from "../../guidance/sources";
import type { Pack } from "../../guidance/schema";
import { recogniseStructure } from "../sections";
import type { DocumentSnapshot } from "../snapshot";
import { CHECK_COMMENT_MARKER, PROMPT_COMMENT_MARKER } from "../tags";
import type { Finding, Prompt } from "../types";
import { fnv1a } from "../reading/hash";
import { wordTextOf } from "./freshness";

/**
 * Plans for review comments: findings written as Word comments for managers, and reflective
 * prompts placed beside the headings. src/word carries a plan out (WordApi 1.4). Each comment reads as plain words, then a short source line:
 *
 *   Nothing is written under "Background information" yet.
 *   Case Summary Coach check · Bradford Children and Families Trust guidance (2025), 3.1(ii) · ref 3fa9c2
 *
 * The source line is how the add-in knows its own comments: it never changes or removes a comment
 * without one (a person's). Its last token ("ref 3fa9c2") is a stable hash of the check's id, so
 * that the comment for a check is found again without the rule's internal id reaching the
 * document. There is one comment per check: a comment already there with the same words is not
 * written again; the add-in's older comment for a check whose wording has changed gets the new
 * words in place (keeping its place and its replies); and the add-in's comments for checks no
 * longer among the findings (put right, or dismissed) are removed. Comments in the earlier format
 * ("Case Summary Coach check: … (Guidance 004 §3.1(i); check <id>)") are still recognised, so they
 * are updated or removed in the same way. What to add, update, resolve or remove is decided
 * here (reconcileComments), from the comments Word gives back, so the Word layer only reads and
 * writes.
 *
 * Replies are people's words. Word's Comment.delete() "deletes the comment and its replies"
 * (WordApi 1.4), so a comment of the add-in's that anyone has replied to is never deleted: it is
 * marked resolved instead (Comment.resolved, WordApi 1.4), which keeps the thread, and the message
 * says so. A resolved comment of the add-in's whose check needs attention again is reopened.
 *
 * Prompts go one comment per heading, listing that section's questions, and one comment for the
 * whole-summary questions at the first heading; each carries a ref of its group, so placing them
 * again updates them rather than adding more.
 */

/** Turns a citation ("004 §3.1(ii)") into words a worker knows. */
export type DescribeCitation = (citation: string) => string;

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();
/** Word may give a comment's line breaks back as \r, \n or nothing at all: compare without them. */
const compact = (text: string) => text.replace(/\s+/g, "");

/** A short, stable token for a check id or prompt group: six hex digits of its FNV-1a hash. */
export function commentRef(key: string): string {
  return fnv1a(key).toString(16).padStart(8, "0").slice(0, 6);
}

/**
 * Words for a citation: the guidance's name and paragraph ("Bradford Children and Families Trust
 * guidance (2025), 3.1(ii)"); for a document the add-in does not know, the pack's issuer when it
 * is the pack's own document, else "the practice guidance". Never the internal document number.
 */
export function plainCitation(citation: string, pack?: Pick<Pack, "source"> | null): string {
  const known = describeKnownCitation(citation);
  if (known !== citation) return known;
  // Trimmed first: a pattern with spaces either side of ".*" backtracks on a long run of spaces.
  const match = /^(\d{3})\s*§(.*)$/s.exec(citation.trim());
  if (!match) return citation.trim();
  const document = match[1]!;
  const paragraph = match[2]!.trim();
  const source =
    pack && pack.source.document === document ? `${pack.source.issuer} guidance` : "the practice guidance";
  return paragraph ? `${source}, ${paragraph}` : source;
}

const sourceLine = (marker: string, sources: string[], ref: string) =>
  [marker, ...sources, `ref ${ref}`].join(" · ");

/** The text of a finding's comment: its message, then the source line with the check's ref. */
export function checkCommentText(finding: Finding, describeCitation?: DescribeCitation): string {
  const describe = describeCitation ?? ((citation: string) => plainCitation(citation));
  const source = finding.guidance ? [describe(finding.guidance)] : [];
  return `${finding.message.trim()}\n${sourceLine(CHECK_COMMENT_MARKER, source, commentRef(finding.id))}`;
}

const REF_AT_END = / · ref ([0-9a-f]{6})$/;

/** The ref at the end of the add-in's source line for `marker`, or null. */
function refAfter(content: string, marker: string): string | null {
  const text = normalise(content);
  const ref = REF_AT_END.exec(text);
  if (!ref) return null;
  return text.includes(`${marker} · `) ? ref[1]! : null;
}

/** The check id a comment in the earlier format names ("…; check <id>)"), or null. */
export function checkIdOfComment(content: string): string | null {
  const text = normalise(content);
  if (!text.startsWith(`${CHECK_COMMENT_MARKER}:`) || !text.endsWith(")")) return null;
  const at = text.lastIndexOf("; check ");
  if (at < 0) return null;
  const id = text.slice(at + "; check ".length, -1).trim();
  return id || null;
}

/**
 * The ref of the check a comment of the add-in's is for, in either format, or null (a prompt, or a
 * person's comment).
 */
export function checkRefOfComment(content: string): string | null {
  const earlier = checkIdOfComment(content);
  if (earlier !== null) return commentRef(earlier);
  return refAfter(content, CHECK_COMMENT_MARKER);
}

const PROMPTS_MARKER = `${PROMPT_COMMENT_MARKER}s`;

/** The ref of a prompt group, by section key (null: the whole summary). */
export function promptGroupRef(section: string | null): string {
  return commentRef(`prompts:${section ?? "(whole summary)"}`);
}

/** The text of one heading's prompt comment: the questions, then the source line with the group's ref. */
export function promptCommentText(
  prompts: readonly Prompt[],
  heading: string | null,
  describeCitation?: DescribeCitation,
): string {
  const describe = describeCitation ?? ((citation: string) => plainCitation(citation));
  const section = prompts[0]?.section ?? null;
  const intro =
    section === null
      ? "Questions to think about for the whole summary:"
      : `Questions to think about for "${normalise(heading ?? "this section")}":`;
  const sources = [
    ...new Set(
      prompts
        .map((p) => p.guidance)
        .filter(Boolean)
        .map(describe),
    ),
  ];
  return [
    intro,
    ...prompts.map((p) => `\u2022 ${p.text.trim()}`),
    sourceLine(PROMPTS_MARKER, sources, promptGroupRef(section)),
  ].join("\n");
}

/** The group ref of one of the add-in's prompt comments, or null. */
export function promptRefOfComment(content: string): string | null {
  return refAfter(content, PROMPTS_MARKER);
}

/** A prompt in the earlier format, one comment per question: its marker first, its guidance last. */
function isEarlierPrompt(content: string): boolean {
  const text = normalise(content);
  return text.startsWith(`${PROMPT_COMMENT_MARKER}:`) && text.includes("(Guidance ") && text.endsWith(")");
}

/** What the findings were computed from: the comments are anchored by it, and checked against it. */
export interface CommentBasis {
  snapshot: DocumentSnapshot;
  pack: Pack;
  childName?: string | null;
  /** Words for a citation, e.g. "Bradford Children and Families Trust guidance (2025), 3.1(ii)". */
  describeCitation?: DescribeCitation;
}

/** A comment the plan wants in the document. */
export interface PlannedComment {
  /** The finding's id (or the prompt group's section), for saying which could not be placed. */
  id: string;
  /** The ref the comment carries: one comment per ref. */
  ref: string;
  paragraph: number;
  /** The paragraph's text (Word's own) when planned: the comment is not placed if it has changed. */
  expectedText: string;
  text: string;
}

export type CommentKind = "review" | "prompts";

/** What the Word layer carries out: the comments wanted, of one kind. */
export interface CommentPlan {
  kind: CommentKind;
  comments: PlannedComment[];
}

export interface CommentsWritten {
  ok: true;
  written: number;
  /** Comments with the same words were already in the document. */
  alreadyThere: number;
  /** The add-in's older comments for the same check (or heading), given the new words in place. */
  updated?: number;
  /**
   * The add-in's comments removed: for review comments, those for checks no longer among the
   * findings; for prompts, those in the earlier one-per-question form, which these replace.
   */
  removed?: number;
  /** Comments that would have been removed but have replies: resolved instead, the thread kept. */
  resolvedKeepingReplies?: number;
  /** The add-in's resolved comments for checks that need attention again, reopened. */
  reopened?: number;
  /** Findings (or prompt groups) not written because their paragraph has changed since the check. */
  skipped: string[];
  message: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const wasWere = (n: number) => (n === 1 ? "was" : "were");

/** What happened to the comments that had replies: the same words for review comments and prompts. */
function describeKept(resolvedKeepingReplies: number, reopened: number): string[] {
  const parts: string[] = [];
  if (resolvedKeepingReplies > 0)
    parts.push(
      resolvedKeepingReplies === 1
        ? "Marked 1 comment as resolved rather than removing it, because someone has replied to it: the replies are kept."
        : `Marked ${resolvedKeepingReplies} comments as resolved rather than removing them, because people have replied to them: the replies are kept.`,
    );
  if (reopened > 0)
    parts.push(
      `Reopened ${plural(reopened, "resolved comment")}, because ${reopened === 1 ? "it needs" : "they need"} attention again.`,
    );
  return parts;
}

interface Counts {
  written: number;
  updated: number;
  removed: number;
  alreadyThere: number;
  skipped: number;
  resolvedKeepingReplies: number;
  reopened: number;
}

function describeReview({
  written,
  updated,
  removed,
  alreadyThere,
  skipped,
  resolvedKeepingReplies,
  reopened,
}: Counts): string {
  const parts: string[] = [];
  if (written > 0) parts.push(`Added ${plural(written, "comment")}.`);
  if (updated > 0)
    parts.push(`Updated ${plural(updated, "comment")} from an earlier review, in the same place.`);
  if (removed > 0)
    parts.push(
      removed === 1
        ? "Removed 1 comment about something that no longer needs attention."
        : `Removed ${removed} comments about things that no longer need attention.`,
    );
  parts.push(...describeKept(resolvedKeepingReplies, reopened));
  if (parts.length === 0) parts.push("No comments to add, update or remove.");
  if (alreadyThere > 0)
    parts.push(
      `${plural(alreadyThere, "comment")} ${wasWere(alreadyThere)} already there and still ${alreadyThere === 1 ? "applies" : "apply"}.`,
    );
  if (skipped > 0)
    parts.push(
      `${plural(skipped, "comment")} could not be placed because the document has changed since it was checked; choose Check again.`,
    );
  return parts.join(" ");
}

function describePrompts({
  written,
  updated,
  removed,
  alreadyThere,
  skipped,
  resolvedKeepingReplies,
  reopened,
}: Counts): string {
  const parts: string[] = [];
  if (written > 0) parts.push(`Added prompts beside ${plural(written, "heading")}.`);
  if (updated > 0) parts.push(`Updated the prompts beside ${plural(updated, "heading")}.`);
  if (removed > 0)
    parts.push(
      `Removed ${plural(removed, "older prompt comment")}, written one per question, which these replace.`,
    );
  parts.push(...describeKept(resolvedKeepingReplies, reopened));
  if (parts.length === 0) parts.push("No prompts to add.");
  if (alreadyThere > 0)
    parts.push(
      `The prompts beside ${plural(alreadyThere, "heading")} ${wasWere(alreadyThere)} already there.`,
    );
  if (skipped > 0)
    parts.push(
      `No prompts were put beside ${plural(skipped, "heading")}, because ${skipped === 1 ? "it has" : "they have"} changed since the document was checked; choose Check again.`,
    );
  return parts.join(" ");
}

interface Kind {
  /** The ref of one of the add-in's comments of this kind, or null. */
  refOf(content: string): string | null;
  /** Whether one of the add-in's comments of this kind not in the plan is removed. */
  removeUnplanned: boolean;
  /** The add-in's comments in an earlier form that the new ones replace. */
  superseded(content: string): boolean;
  describe: typeof describeReview;
}

const KINDS: Record<CommentKind, Kind> = {
  review: {
    refOf: checkRefOfComment,
    removeUnplanned: true,
    superseded: () => false,
    describe: describeReview,
  },
  prompts: {
    refOf: promptRefOfComment,
    removeUnplanned: false,
    superseded: isEarlierPrompt,
    describe: describePrompts,
  },
};

/** A comment as Word gives it back: its words, whether resolved, and how many replies it has. */
export interface ExistingComment {
  content: string;
  resolved: boolean;
  replies: number;
}

/** What to do to the document's comments, by their index in the list Word gave. */
export interface CommentActions {
  add: { paragraph: number; text: string }[];
  /** New words for the add-in's older comment (its place and replies kept). */
  reword: { comment: number; text: string }[];
  reopen: number[];
  /** Comments with replies taken out of the way: resolved, so the replies are kept. */
  resolve: number[];
  /** Comments nobody replied to, deleted. */
  remove: number[];
  outcome: CommentsWritten;
}

/**
 * How the add-in takes its own comments out of the way without losing a word anyone wrote: one
 * nobody replied to is deleted; one with replies is resolved (unless it already is), because
 * Word's Comment.delete() takes the replies with it.
 */
function retire(
  existing: readonly ExistingComment[],
  indices: readonly number[],
): { remove: number[]; resolve: number[] } {
  const remove = indices.filter((index) => existing[index]!.replies === 0);
  const resolve = indices.filter((index) => existing[index]!.replies > 0 && !existing[index]!.resolved);
  return { remove, resolve };
}

/**
 * Decides, from the comments in the document, what carrying out a plan takes: a comment already
 * there with the same words is left (reopened if resolved); the add-in's older comment for the
 * same check gets the new words; a comment whose paragraph has changed since the plan is skipped;
 * and the add-in's comments the plan no longer wants (review comments for checks put right, a
 * second comment for one check, prompts in the earlier one-per-question form) are taken away:
 * deleted when nobody replied, resolved when someone did, because Word's Comment.delete() takes
 * the replies with it.
 */
export function reconcileComments(
  plan: CommentPlan,
  existing: readonly ExistingComment[],
  paragraphTexts: readonly string[],
): CommentActions {
  const kind = KINDS[plan.kind];
  const byRef = new Map<string, number>();
  const unwanted: number[] = [];
  existing.forEach((comment, index) => {
    const ref = kind.refOf(comment.content);
    if (ref === null) {
      if (kind.superseded(comment.content)) unwanted.push(index);
    } else if (byRef.has(ref)) unwanted.push(index);
    else byRef.set(ref, index);
  });
  const plannedRefs = new Set(plan.comments.map((c) => c.ref));
  if (kind.removeUnplanned) for (const [ref, index] of byRef) if (!plannedRefs.has(ref)) unwanted.push(index);

  const actions: Omit<CommentActions, "outcome" | "remove" | "resolve"> = { add: [], reword: [], reopen: [] };
  let alreadyThere = 0;
  const skipped: string[] = [];
  const done = new Set<string>();
  for (const comment of plan.comments) {
    if (done.has(comment.ref)) continue;
    const older = byRef.get(comment.ref);
    const olderComment = older === undefined ? undefined : existing[older];
    if (older !== undefined && olderComment && compact(olderComment.content) === compact(comment.text)) {
      done.add(comment.ref);
      alreadyThere++;
      if (olderComment.resolved) actions.reopen.push(older);
      continue;
    }
    if (paragraphTexts[comment.paragraph] !== comment.expectedText) {
      skipped.push(comment.id);
      continue;
    }
    done.add(comment.ref);
    if (older !== undefined && olderComment) {
      actions.reword.push({ comment: older, text: comment.text });
      if (olderComment.resolved) actions.reopen.push(older);
    } else actions.add.push({ paragraph: comment.paragraph, text: comment.text });
  }
  const { remove, resolve } = retire(existing, unwanted);
  const counts: Counts = {
    written: actions.add.length,
    updated: actions.reword.length,
    removed: remove.length,
    alreadyThere,
    skipped: skipped.length,
    resolvedKeepingReplies: resolve.length,
    reopened: actions.reopen.length,
  };
  return {
    ...actions,
    remove,
    resolve,
    outcome: { ok: true, ...counts, skipped, message: kind.describe(counts) },
  };
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

function firstHeadings(basis: CommentBasis): Map<string, number> {
  const structure = recogniseStructure(basis.snapshot, basis.pack, basis.childName ?? null);
  const headings = new Map<string, number>();
  for (const occurrence of structure.occurrences) {
    if (!headings.has(occurrence.key)) headings.set(occurrence.key, occurrence.headingParagraph);
  }
  return headings;
}

/**
 * The review comments for the open findings: pass only those (not dismissed ones), or their
 * comments are kept.
 */
export function planReviewComments(findings: readonly Finding[], basis: CommentBasis): CommentPlan {
  const headings = firstHeadings(basis);
  const describe = basis.describeCitation ?? ((citation: string) => plainCitation(citation, basis.pack));
  return {
    kind: "review",
    comments: findings.map((finding) => {
      const paragraph = anchorParagraph(finding, basis, headings);
      const anchor = basis.snapshot.paragraphs[paragraph];
      return {
        id: finding.id,
        ref: commentRef(finding.id),
        paragraph,
        expectedText: anchor ? wordTextOf(anchor) : "",
        text: checkCommentText(finding, describe),
      };
    }),
  };
}

export interface PromptPlacement {
  prompt: Prompt;
  /** The heading paragraph to put the prompt beside (for a whole-summary prompt, the first heading). */
  headingParagraph: number;
  /** The heading's text when the prompts were chosen; the prompt is not placed if it has changed. */
  headingText: string;
}

/**
 * Where each prompt goes: a section's beside the section's (first) heading, the whole summary's
 * beside the first heading of the pack in the document. Prompts for a section not in the document
 * are left out.
 */
export function planPromptPlacements(prompts: readonly Prompt[], basis: CommentBasis): PromptPlacement[] {
  const headings = firstHeadings(basis);
  const first = Math.min(...headings.values());
  return prompts.flatMap((prompt) => {
    const paragraph = prompt.section === null ? first : headings.get(prompt.section);
    if (paragraph === undefined || !Number.isFinite(paragraph)) return [];
    const heading = basis.snapshot.paragraphs[paragraph];
    const headingText = heading ? wordTextOf(heading) : "";
    return [{ prompt, headingParagraph: paragraph, headingText }];
  });
}

/**
 * The prompt comments: one per heading listing that section's questions, and one for the
 * whole-summary questions (at the heading their placements name). Placing again updates them in
 * place; the earlier one-per-question prompt comments are replaced.
 */
export function planPromptComments(
  placements: readonly PromptPlacement[],
  options: { describeCitation?: DescribeCitation } = {},
): CommentPlan {
  const groups = new Map<string | null, PromptPlacement[]>();
  for (const placement of placements) {
    const group = groups.get(placement.prompt.section) ?? [];
    group.push(placement);
    groups.set(placement.prompt.section, group);
  }
  const expected = new Map<number, string>();
  const comments: PlannedComment[] = [];
  for (const [section, group] of groups) {
    const at = group[0]!;
    // Two groups at one heading must agree on its text; the first placement's is used.
    if (!expected.has(at.headingParagraph)) expected.set(at.headingParagraph, at.headingText);
    comments.push({
      id: section ?? "summary",
      ref: promptGroupRef(section),
      paragraph: at.headingParagraph,
      expectedText: expected.get(at.headingParagraph)!,
      text: promptCommentText(
        group.map((p) => p.prompt),
        at.headingText,
        options.describeCitation,
      ),
    });
  }
  return { kind: "prompts", comments };
}

export interface CommentsRemoved {
  ok: true;
  removed: number;
  /** The add-in's comments with replies: resolved, not removed, so that the replies are kept. */
  resolvedKeepingReplies: number;
  message: string;
}

/**
 * Taking away the add-in's own comments of a kind (only comments in its own form: a person's are
 * never touched, even one that happens to begin with the marker): deleted when nobody replied,
 * resolved when someone did.
 */
export function planRemoval(
  kind: CommentKind,
  existing: readonly ExistingComment[],
): { remove: number[]; resolve: number[]; outcome: CommentsRemoved } {
  const label = kind === "review" ? "review comments" : "prompt comments";
  const isOwn =
    kind === "review"
      ? (content: string) => checkRefOfComment(content) !== null
      : (content: string) => promptRefOfComment(content) !== null || isEarlierPrompt(content);
  const own = existing.flatMap((comment, index) => (isOwn(comment.content) ? [index] : []));
  const { remove, resolve } = retire(existing, own);
  const withReplies = own.filter((index) => existing[index]!.replies > 0);
  const parts: string[] = [];
  if (own.length === 0) parts.push(`There are no ${label} from Case Summary Coach to remove.`);
  if (remove.length > 0)
    parts.push(
      `Removed ${remove.length} ${remove.length === 1 ? label.replace(/s$/, "") : label}. Comments written by people were left alone.`,
    );
  if (withReplies.length > 0)
    parts.push(
      withReplies.length === 1
        ? "1 comment has replies, so it was marked as resolved rather than removed: the replies are kept."
        : `${withReplies.length} comments have replies, so they were marked as resolved rather than removed: the replies are kept.`,
    );
  return {
    remove,
    resolve,
    outcome: {
      ok: true,
      removed: remove.length,
      resolvedKeepingReplies: withReplies.length,
      message: parts.join(" "),
    },
  };
}
