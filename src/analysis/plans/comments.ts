import { describeCitation as describeKnownCitation, sourceName } from "../../guidance/sources";
import type { Pack } from "../../guidance/schema";
import { recogniseStructure } from "../sections";
import type { DocumentSnapshot } from "../snapshot";
import { CHECK_COMMENT_MARKER, PROMPT_COMMENT_MARKER } from "../tags";
import type { Finding, Prompt } from "../types";
import type { AnalysisResult } from "../engine";
import { fillChildName } from "../fill";
import { checklistOf, metText, tally, type Tallies } from "../tally";
import { fnv1a } from "../reading/hash";
import { wordTextOf } from "./freshness";

/**
 * Plans for review comments, for managers, and for reflective prompts placed beside the headings.
 * src/word carries a plan out (WordApi 1.4).
 *
 * A review is a few comments a reader in Word can act on without the pane: one summary comment at
 * the first heading, with the one count of what is met (tally.ts: items of the guidance's
 * checklist, not findings) and the required items not met, by section; and one comment for each
 * required item not met, where its finding is, with the guidance's paragraph in short form:
 *
 *   Required, not yet met: Maya's Safety Plan – written in red (004 §3.1(vi))
 *   5 paragraphs under "Maya's Safety Plan" are not in red. The guidance asks for this section to be recorded in red; colour it red.
 *   Case Summary Coach check
 *
 * The findings' messages are written for the pane's user; what they say about the pane ("choose
 * Fix to do it") is taken out (readerWords). Recommended items are counted, not commented on.
 *
 * No id or hash is written. The add-in knows its own review comments by their words: the first
 * line begins as an item's or the summary's does, and the last line is the marker and nothing
 * else. It never changes or removes a comment without both (a person's). Which comment is which is
 * its first line: the item it names, with its section and paragraph of the guidance (for the
 * summary, its opening words), compared without spaces and line breaks, which Word may change.
 * There is one comment per item: a comment already there with the same words is not written again;
 * the add-in's older comment for an item whose words have changed gets the new words in place
 * (keeping its place and its replies); and the add-in's comments for items now met (or dismissed)
 * are removed. The earlier one-per-finding formats ("…\nCase Summary Coach check · <source> · ref
 * 3fa9c2", and "Case Summary Coach check: … (Guidance 004 §3.1(i); check <id>)") are still
 * recognised, by the finding they name: the first for an item is given the item's words in place,
 * and the others are taken away, so a council upgrading gets no duplicates. What to add, update,
 * resolve or remove is decided here (reconcileComments), from the comments Word gives back, so
 * the Word layer only reads and writes.
 *
 * Replies are people's words. Word's Comment.delete() "deletes the comment and its replies"
 * (WordApi 1.4), so a comment of the add-in's that anyone has replied to is never deleted: it is
 * marked resolved instead (Comment.resolved, WordApi 1.4), which keeps the thread, and the message
 * says so. A resolved comment of the add-in's whose item needs attention again is reopened.
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

const REF_AT_END = / · ref ([0-9a-f]{6})$/;

/** The ref at the end of the add-in's source line for `marker`, or null. */
function refAfter(content: string, marker: string): string | null {
  const text = normalise(content);
  const ref = REF_AT_END.exec(text);
  if (!ref) return null;
  return text.includes(`${marker} · `) ? ref[1]! : null;
}

/** The check id a comment in the first format names ("…; check <id>)"), or null. */
export function checkIdOfComment(content: string): string | null {
  const text = normalise(content);
  if (!text.startsWith(`${CHECK_COMMENT_MARKER}:`) || !text.endsWith(")")) return null;
  const at = text.lastIndexOf("; check ");
  if (at < 0) return null;
  const id = text.slice(at + "; check ".length, -1).trim();
  return id || null;
}

/**
 * The ref of the finding a review comment in one of the earlier, one-per-finding formats is for:
 * "…\nCase Summary Coach check · <source> · ref 3fa9c2", or "Case Summary Coach check: … (Guidance
 * 004 §3.1(i); check <id>)". Null for anything else.
 */
export function earlierCheckRef(content: string): string | null {
  const id = checkIdOfComment(content);
  if (id !== null) return commentRef(id);
  return refAfter(content, CHECK_COMMENT_MARKER);
}

/** How a review comment for a required item not met begins. */
export const ITEM_COMMENT_PREFIX = "Required, not yet met:";
/** How the review's summary comment begins. */
export const SUMMARY_COMMENT_PREFIX = "Checked against the guidance:";

const lines = (content: string) =>
  content
    .split(/\r\n|\r|\n/)
    .map(normalise)
    .filter((line) => line !== "");

/**
 * Whether a comment is one of the add-in's review comments in the current form: it begins as the
 * summary or an item's comment does, and its last line is the marker, nothing more. Word may give
 * a comment back without its line breaks; then the words must end with the marker.
 */
function isCurrentReviewComment(content: string): boolean {
  const text = compact(content);
  if (!text.startsWith(compact(ITEM_COMMENT_PREFIX)) && !text.startsWith(compact(SUMMARY_COMMENT_PREFIX)))
    return false;
  const all = lines(content);
  if (all.length > 1) return all[all.length - 1] === CHECK_COMMENT_MARKER;
  return text.endsWith(compact(CHECK_COMMENT_MARKER));
}

/**
 * Which review comment this is, by its words alone: its first line (the item it names, with its
 * section and paragraph of the guidance), or the summary's opening words, compared without spaces
 * or line breaks, which Word may change.
 */
function currentIdentity(content: string): string {
  const text = compact(content);
  if (text.startsWith(compact(SUMMARY_COMMENT_PREFIX))) return compact(SUMMARY_COMMENT_PREFIX);
  const all = lines(content);
  if (all.length > 1) return compact(all[0]!);
  return text.slice(0, text.length - compact(CHECK_COMMENT_MARKER).length);
}

/**
 * Which of the add-in's review comments this is, or null (a prompt, or a person's comment): for a
 * comment in the current form its identity (the item it names, or the summary), for one in an
 * earlier format the ref of its finding. No id or hash is written in the comment: it is known by
 * its words.
 */
export function checkRefOfComment(content: string): string | null {
  const earlier = earlierCheckRef(content);
  if (earlier !== null) return earlier;
  return isCurrentReviewComment(content) ? currentIdentity(content) : null;
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

/**
 * A finding's message as words for someone reading the document in Word, who may never open the
 * pane: what it says about the pane ("choose Fix to do it", "Case Summary Coach's Insert template
 * adds the missing headings") is taken out, and the rest kept as the rule wrote it.
 */
export function readerWords(message: string): string {
  let text = normalise(message);
  // Asides in brackets about the add-in go, with the space before them.
  for (let open = text.indexOf("("); open >= 0; open = text.indexOf("(", open + 1)) {
    const close = text.indexOf(")", open);
    if (close < 0) break;
    if (!PANE_WORDS.test(text.slice(open, close))) continue;
    const from = open > 0 && text[open - 1] === " " ? open - 1 : open;
    text = text.slice(0, from) + text.slice(close + 1);
    open = from - 1;
  }
  const sentences = text.split(/(?<=[.!?])\s+/).flatMap((sentence) => {
    const fix = FIX_CLAUSE.exec(sentence);
    if (fix) {
      const kept = sentence.slice(0, fix.index).trimEnd();
      return kept ? [`${kept}.`] : [];
    }
    return PANE_WORDS.test(sentence) ? [] : [sentence];
  });
  return sentences.join(" ").trim();
}

/** Words that speak of the pane, not the document. */
const PANE_WORDS = /\bchoose Fix\b|Case Summary Coach|\bin the pane\b/i;
/** "; choose Fix to do it", ", or choose Fix to do it for you": the clause, to the end of the sentence. */
const FIX_CLAUSE = /[,;]? ?(?:or )?\bchoose Fix\b/i;

/** What a required-topic check asks for, by its topic, for the topics the built-in packs use. */
const TOPIC_WORDS: Readonly<Record<string, string>> = {
  engagement: "how the family are engaging with the plan",
  "plan-progress": "progress against the plan",
  "family-network": "the family network",
  "bottom-lines": "the bottom lines",
  "review-dates": "the review dates",
  "new-issues": "any new issues",
  "care-package": "the care package",
  "legal-status": "the legal status",
  "contact-arrangements": "the contact arrangements",
  "family-time": "the arrangements for family time",
  "parents-carers": "the parents' or carers' contact details",
  "key-professionals": "the key professionals",
  "details-checked": "when the contact details were checked",
  "child-understanding": "what the child understands of our involvement",
  "court-orders": "any court orders",
  "emergency-contact": "an emergency contact",
  "impact-on-child": "the impact on the child",
  "involvement-purpose": "the purpose of our involvement",
  "involvement-reason": "why we are involved",
  "lives-with": "who the child lives with",
  "new-concerns": "any new concerns",
  "original-referral": "the original referral",
  "parental-responsibility": "who has parental responsibility",
  placement: "where the child is living",
  "plan-location": "where the plan can be found",
  "plan-reason": "why the child has a plan",
  "plan-type": "the kind of plan",
  "risks-to-professionals": "any risks to professionals visiting",
  "safety-plan": "the safety plan",
  school: "the child's school or nursery",
  "visiting-frequency": "how often the child is visited",
};

/** The facts about an item that its words are made from. */
interface ItemFacts {
  rule: string;
  /** The required-topic check's topic, read from its finding's id. */
  topic: string | null;
  colour: string | null;
  interval: string;
}

/**
 * What the guidance asks, in a few words: the name of a checklist item as the summary comment
 * lists it and each item's comment begins ("written in red", "telephone numbers or emails").
 * Words for every built-in check (a test holds this); the rules' own descriptions are not used,
 * as they say what is wrong and live with the checks, on the checks' thread.
 */
export function itemWords(facts: ItemFacts): string {
  switch (facts.rule) {
    case "section-missing":
      return "the heading itself";
    case "section-empty":
      return "something written under the heading";
    case "section-colour":
      return `written in ${facts.colour ?? "the colour the guidance gives"}`;
    case "section-order":
      return "the headings in the guidance's order";
    case "section-duplicate":
      return "each heading only once";
    case "section-unknown":
      return "only the template's headings";
    case "heading-changed":
      return "the template's headings as it inserted them";
    case "heading-names-other-child":
      return "headings that name this child, not another";
    case "section-too-long":
      return "kept brief";
    case "placeholder-left":
      return "no template text or placeholders left in";
    case "summary-overdue":
      return `dated within the last ${facts.interval}`;
    case "child-name-missing":
      return "the child named in the text";
    case "not-individual":
      return "written about this child, not the children as a group";
    case "readability":
      return "sentences that are easy to read";
    case "jargon-unexplained":
      return "acronyms written out the first time";
    case "child-voice":
      return "the child's wishes, feelings and own words";
    case "pen-picture-detail":
      return "a picture of who the child is";
    case "chronology-dump":
      return "analysis rather than a list of dated events";
    case "analysis-missing":
      return "what it means for the child";
    case "evidence-missing":
      return "how we know change has happened";
    case "risks-and-strengths":
      return "the risks and the strengths";
    case "required-topic":
      return facts.topic
        ? (TOPIC_WORDS[facts.topic] ?? facts.topic.replace(/-/g, " "))
        : "a topic it requires";
    case "timescales-missing":
      return "dates and timescales";
    case "contingency-missing":
      return "what happens if the plan does not work";
    case "family-view":
      return "what the child and family think should happen";
    case "safety-plan-specific":
      return "who does what, and when, to keep the child safe";
    case "not-current":
      return `about the last ${facts.interval}`;
    case "contact-details-missing":
      return "telephone numbers or emails";
    case "contact-unnamed":
      return "a name beside every number";
    default:
      // A check added since these words were written: its messages say what it asks.
      return "what the guidance asks";
  }
}

/** How many of an item's findings its comment lists before saying how many more there are. */
const MOST_MESSAGES = 5;

/** A required item not met, as its comment says it. */
export interface ItemNotMet {
  /** Where it belongs: the section's heading, or null for the whole summary. */
  heading: string | null;
  /** What the guidance asks ("written in red"). */
  words: string;
  /** The guidance's paragraph, in its short form: "004 §3.1(vi)". */
  citation: string;
  /** Why it is not met: its findings' messages. */
  messages: readonly string[];
}

/** The first line of an item's comment: what is required, where, and the paragraph of the guidance. */
export function itemHeadline(item: Pick<ItemNotMet, "heading" | "words" | "citation">): string {
  const where = item.heading === null ? "the whole summary" : normalise(item.heading);
  return `${ITEM_COMMENT_PREFIX} ${where} – ${item.words} (${normalise(item.citation)})`;
}

/**
 * A required item's comment: what is required, why it is not met (its findings' messages, as a
 * reader in Word needs them), and the marker line by which the add-in knows its own.
 *
 *   Required, not yet met: Maya's Safety Plan – written in red (004 §3.1(vi))
 *   5 paragraphs under "Maya's Safety Plan" are not in red. The guidance asks for this section to be recorded in red; colour it red.
 *   Case Summary Coach check
 */
export function itemCommentText(item: ItemNotMet): string {
  const messages = [...new Set(item.messages.map(readerWords).filter(Boolean))];
  const shown = messages.slice(0, MOST_MESSAGES);
  const more = messages.length - shown.length;
  const body =
    shown.length === 1
      ? shown
      : [
          ...shown.map((m) => `\u2022 ${m}`),
          ...(more > 0 ? [`\u2022 And ${more} more like ${more === 1 ? "this" : "these"}.`] : []),
        ];
  return [itemHeadline(item), ...body, CHECK_COMMENT_MARKER].join("\n");
}

/**
 * The summary comment, at the top: the one count (tally.ts), the required items not met by
 * section, and what the short citations stand for.
 *
 *   Checked against the guidance: Required items met: 15 of 19. Recommended: 21 of 37.
 *   Required items not met, by section:
 *   • Maya's Safety Plan: written in red (004 §3.1(vi))
 *   • The whole summary: no template text or placeholders left in (004 §3.1)
 *   Each has a comment of its own where it applies. Recommended items are counted, not commented on.
 *   004 is Bradford Children and Families Trust guidance (2025); the number after § is its paragraph.
 *   Case Summary Coach check
 */
export function summaryCommentText(
  tallies: Tallies,
  items: readonly ItemNotMet[],
  sources: readonly string[] = [],
): string {
  const out = [`${SUMMARY_COMMENT_PREFIX} ${metText(tallies)}`];
  if (items.length === 0) out.push("Every required item is met.");
  else {
    out.push("Required items not met, by section:");
    const bySection = new Map<string | null, ItemNotMet[]>();
    for (const item of items) bySection.set(item.heading, [...(bySection.get(item.heading) ?? []), item]);
    for (const [heading, group] of bySection) {
      const where = heading === null ? "The whole summary" : normalise(heading);
      out.push(`\u2022 ${where}: ${group.map((i) => `${i.words} (${normalise(i.citation)})`).join("; ")}`);
    }
    out.push(
      items.length === 1
        ? "It has a comment of its own where it applies."
        : "Each has a comment of its own where it applies.",
    );
  }
  if (tallies.recommended.notMet > 0) out.push("Recommended items are counted, not commented on.");
  if (sources.length > 0) out.push(`${sources.join("; ")}; the number after § is its paragraph.`);
  out.push(CHECK_COMMENT_MARKER);
  return out.join("\n");
}

/** What the findings were computed from: the comments are anchored by it, and checked against it. */
export interface CommentBasis {
  snapshot: DocumentSnapshot;
  pack: Pack;
  childName?: string | null;
  /** Words for a citation in prompt comments, e.g. "Bradford Children and Families Trust guidance (2025), 3.1(ii)". */
  describeCitation?: DescribeCitation;
  /**
   * The analysis the findings come from, for review comments: its checklist says which required
   * items are not met (one comment each) and gives the count for the summary comment. Without it
   * the findings' own required checks are grouped into items, and there is no summary.
   */
  analysis?: Pick<AnalysisResult, "sections" | "documentChecklist">;
}

/** A comment the plan wants in the document. */
export interface PlannedComment {
  /** The finding's id (or the prompt group's section), for saying which could not be placed. */
  id: string;
  /**
   * Which comment it is: one comment per ref. A prompt group's ref is written in its comment; a
   * review comment's is its opening words, compacted (nothing extra is written).
   */
  ref: string;
  /** The refs of the add-in's comments in an earlier format that this one takes the place of. */
  replaces?: readonly string[];
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
  if (parts.length === 0 && skipped === 0) parts.push("No comments to add, update or remove.");
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
  // Counted as comments: the whole summary's questions share the first heading with its own.
  if (written > 0) parts.push(`Added ${plural(written, "prompt comment")} beside the headings.`);
  if (updated > 0) parts.push(`Updated ${plural(updated, "prompt comment")} beside the headings.`);
  if (removed > 0)
    parts.push(
      `Removed ${plural(removed, "older prompt comment")}, written one per question, which these replace.`,
    );
  parts.push(...describeKept(resolvedKeepingReplies, reopened));
  if (parts.length === 0) parts.push("No prompts to add.");
  if (alreadyThere > 0)
    parts.push(`${plural(alreadyThere, "prompt comment")} ${wasWere(alreadyThere)} already there.`);
  if (skipped > 0)
    parts.push(
      `No prompts were put beside ${plural(skipped, "heading")}, because ${skipped === 1 ? "it has" : "they have"} changed since the document was checked; choose Check again.`,
    );
  return parts.join(" ");
}

interface Kind {
  /**
   * For a plan, which comment each of the add-in's comments of this kind is (a planned comment's
   * ref, or a ref of its own when the plan has no place for it), or null for any other comment.
   */
  identify(plan: CommentPlan): (content: string) => string | null;
  /** Whether one of the add-in's comments of this kind not in the plan is removed. */
  removeUnplanned: boolean;
  /** The add-in's comments in an earlier form that the new ones replace. */
  superseded(content: string): boolean;
  describe: typeof describeReview;
}

/**
 * Which planned review comment an existing one is: a comment in an earlier format goes with the
 * item whose finding it was for; one in the current form with the planned comment whose opening
 * words (the item it names, or the summary's) it begins with, the longest if several do.
 */
function identifyReview(plan: CommentPlan): (content: string) => string | null {
  const claims = new Map<string, string>();
  for (const comment of plan.comments)
    for (const ref of comment.replaces ?? []) if (!claims.has(ref)) claims.set(ref, comment.ref);
  return (content) => {
    const earlier = earlierCheckRef(content);
    if (earlier !== null) return claims.get(earlier) ?? earlier;
    if (!isCurrentReviewComment(content)) return null;
    const text = compact(content);
    let best: string | null = null;
    for (const { ref } of plan.comments)
      if (text.startsWith(ref) && (best === null || ref.length > best.length)) best = ref;
    return best ?? currentIdentity(content);
  };
}

const KINDS: Record<CommentKind, Kind> = {
  review: {
    identify: identifyReview,
    removeUnplanned: true,
    superseded: () => false,
    describe: describeReview,
  },
  prompts: {
    identify: () => promptRefOfComment,
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
  const identify = kind.identify(plan);
  const planned = new Map<string, PlannedComment>();
  for (const comment of plan.comments) if (!planned.has(comment.ref)) planned.set(comment.ref, comment);
  const candidates = new Map<string, number[]>();
  const unwanted: number[] = [];
  existing.forEach((comment, index) => {
    const ref = identify(comment.content);
    if (ref === null) {
      if (kind.superseded(comment.content)) unwanted.push(index);
    } else candidates.set(ref, [...(candidates.get(ref) ?? []), index]);
  });
  // One comment per ref: the one that already has the planned words, else the first in the
  // current form, else the first; the others are taken away.
  const byRef = new Map<string, number>();
  for (const [ref, indices] of candidates) {
    const words = planned.get(ref)?.text;
    const keep =
      indices.find((i) => words !== undefined && compact(existing[i]!.content) === compact(words)) ??
      indices.find((i) => earlierCheckRef(existing[i]!.content) === null) ??
      indices[0]!;
    byRef.set(ref, keep);
    unwanted.push(...indices.filter((i) => i !== keep));
  }
  if (kind.removeUnplanned) for (const [ref, index] of byRef) if (!planned.has(ref)) unwanted.push(index);
  unwanted.sort((a, b) => a - b);

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

/** The item a finding belongs to when there is no checklist: its check, section and topic. */
function itemKeyOf(finding: Finding): string {
  const id = finding.id.split("#")[0]!;
  return finding.rule === "required-topic" ? id : `${finding.rule}/${finding.section ?? ""}`;
}

interface PlannedItem {
  rule: string;
  section: string | null;
  guidance: string;
  findings: Finding[];
}

/** The required items not met: from the checklist when given, else grouped from the findings. */
function requiredItemsNotMet(findings: readonly Finding[], basis: CommentBasis): PlannedItem[] {
  if (basis.analysis) {
    const byId = new Map(findings.map((f) => [f.id, f]));
    return checklistOf(basis.analysis)
      .filter((item) => item.severity === "error" && item.status === "not-met")
      .map((item) => ({
        rule: item.rule,
        section: item.section,
        guidance: item.guidance,
        findings: item.findingIds.flatMap((id) => byId.get(id) ?? []),
      }));
  }
  const groups = new Map<string, PlannedItem>();
  for (const finding of findings) {
    if (finding.severity !== "error") continue;
    const key = itemKeyOf(finding);
    const group = groups.get(key);
    if (group) group.findings.push(finding);
    else
      groups.set(key, {
        rule: finding.rule,
        section: finding.section,
        guidance: finding.guidance,
        findings: [finding],
      });
  }
  return [...groups.values()];
}

/**
 * "004 is Bradford Children and Families Trust guidance (2025)": what each document number in
 * the citations stands for, for the summary comment.
 */
function sourcesOf(citations: readonly string[], pack: Pack): string[] {
  const documents = new Set(citations.flatMap((c) => /^(\d{3}) ?§/.exec(normalise(c))?.[1] ?? []));
  return [...documents].flatMap((document) => {
    const name = sourceName(document) ?? (pack.source.document === document ? pack.source.title : null);
    return name ? [`${document} is ${name}`] : [];
  });
}

/**
 * The review comments: one summary comment at the first heading, with the one count (tally.ts)
 * and the required items not met by section; and one comment for each required item not met,
 * where its first finding is (else at its section's heading), with the short citation
 * ("004 §3.1(vi)") and the findings' messages in words for a reader in Word. Recommended items
 * are counted in the summary, not given comments. Pass only the open findings (not dismissed
 * ones) and the analysis they come from (basis.analysis); without the analysis there is no
 * summary, and the findings' required checks are grouped into items.
 *
 * No comment carries an id or a hash: the add-in knows each by its first line (the item it names,
 * with its section and paragraph of the guidance) and its last (the marker). The add-in's
 * one-per-finding comments in the earlier formats are recognised too: the first for an item is
 * given the item's words in place (keeping its thread), and the rest are taken away.
 */
export function planReviewComments(findings: readonly Finding[], basis: CommentBasis): CommentPlan {
  const headings = firstHeadings(basis);
  const paragraphs = basis.snapshot.paragraphs;
  const childName = basis.childName ?? null;
  const headingOf = (section: string | null): string | null => {
    if (section === null) return null;
    // As the reader sees it in the document, else as the template writes it.
    const at = headings.get(section);
    const written = at === undefined ? "" : normalise(paragraphs[at]?.text ?? "");
    if (written) return written;
    const fromAnalysis = basis.analysis?.sections.find((s) => s.key === section)?.heading;
    if (fromAnalysis) return fromAnalysis;
    const spec = basis.pack.sections.find((s) => s.key === section);
    return spec ? fillChildName(spec.heading, childName) : "this section";
  };
  const colourOf = (section: string | null) =>
    basis.pack.sections.find((s) => s.key === section)?.colour?.name ?? null;
  const firstWithText = Math.max(
    0,
    paragraphs.findIndex((p) => p.text.trim() !== ""),
  );
  const expected = (paragraph: number) => {
    const anchor = paragraphs[paragraph];
    return anchor ? wordTextOf(anchor) : "";
  };

  // Items named alike (two checks these words do not know, in one section, citing one paragraph)
  // share one comment, with the messages of both.
  const byHeadline = new Map<string, { said: ItemNotMet; anchors: number[]; findings: Finding[] }>();
  for (const item of requiredItemsNotMet(findings, basis)) {
    const topic =
      item.rule === "required-topic" ? (item.findings[0]?.id.split("#")[0]!.split("/")[2] ?? null) : null;
    const said: ItemNotMet = {
      heading: headingOf(item.section),
      words: itemWords({
        rule: item.rule,
        topic,
        colour: colourOf(item.section),
        interval: basis.pack.reviewInterval.label,
      }),
      citation: item.guidance,
      messages: item.findings.map((f) => f.message),
    };
    const heading = item.section === null ? undefined : headings.get(item.section);
    const anchors =
      item.findings.length > 0
        ? item.findings.map((f) => anchorParagraph(f, basis, headings))
        : [heading ?? firstWithText];
    const headline = itemHeadline(said);
    const same = byHeadline.get(headline);
    if (same) {
      same.said = { ...same.said, messages: [...same.said.messages, ...said.messages] };
      same.anchors.push(...anchors);
      same.findings.push(...item.findings);
    } else byHeadline.set(headline, { said, anchors, findings: [...item.findings] });
  }
  const notMet = [...byHeadline.values()].map(({ said }) => said);
  const comments: PlannedComment[] = [...byHeadline].map(([headline, { said, anchors, findings: why }]) => {
    const paragraph = Math.min(...anchors);
    return {
      id: why[0]?.id ?? headline,
      ref: compact(headline),
      replaces: why.map((f) => commentRef(f.id)),
      paragraph,
      expectedText: expected(paragraph),
      text: itemCommentText(said),
    };
  });
  if (!basis.analysis) return { kind: "review", comments };

  const first = headings.size > 0 ? Math.min(...headings.values()) : firstWithText;
  const summary: PlannedComment = {
    id: "summary",
    ref: compact(SUMMARY_COMMENT_PREFIX),
    paragraph: first,
    expectedText: expected(first),
    text: summaryCommentText(
      tally(basis.analysis),
      notMet,
      sourcesOf(
        notMet.map((i) => i.citation),
        basis.pack,
      ),
    ),
  };
  return { kind: "review", comments: [summary, ...comments] };
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
