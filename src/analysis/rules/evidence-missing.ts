import { evidenceMissingOptions } from "./defaults/evidence-missing";
import { z } from "zod";
import { findAllPhrases, findPhrase, words, type Span } from "../language";
import { childNameOf, childTerms } from "../reading/child-name";
import { defineRule } from "./define";

/**
 * 004 §3.1(iv): "How do we know… we are making a difference…? What is the evidence for this?"
 * A claim that things have changed (for better or worse) needs a source: what was observed, what
 * the child, family or school said, what records or figures show.
 */

const optionsSchema = z.object({
  changePhrases: z.array(z.string()).default([]),
  evidencePhrases: z.array(z.string()).default([]),
  /**
   * What someone means to do, not what has happened: "Mum says she will go to the GP" is a
   * promise, and no evidence that anything has changed.
   */
  intentionPhrases: z.array(z.string()).default([]),
  /** Words that report what someone said: evidence when the speaker is one of `reporters`. */
  reportingPhrases: z.array(z.string()).default([]),
  /** Speakers placed to know: professionals, agencies, the worker (the child is added by the check). */
  reporters: z.array(z.string()).default([]),
});

/** How far after a source an intention still belongs to it: "Mum says that she will…". */
const INTENTION_REACH_WORDS = 4;
/** Where a clause ends: punctuation, or a joining word that starts another statement. */
const CLAUSE_BREAK = /[,;:()–—]|(?<![\p{L}])(?:but|and|although|however|whereas)(?![\p{L}])/iu;
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, "giu");

/** Whether the span sits in a clause about what someone intends, or introduces one. */
function isIntention(text: string, evidence: Span, intentions: readonly string[]): boolean {
  if (intentions.length === 0) return false;
  // Before it in the same clause: "she will go to the GP".
  const before = text.slice(0, evidence.start);
  const lastBreak = Math.max(...Array.from(before.matchAll(CLAUSE_BREAKS), (m) => m.index + m[0].length), 0);
  if (findPhrase(before.slice(lastBreak), intentions) !== null) return true;
  // Just after it, before the clause ends: "Mum says she will…".
  const after = text.slice(evidence.end);
  const clauseEnd = CLAUSE_BREAK.exec(after)?.index ?? after.length;
  const following = words(after.slice(0, clauseEnd)).slice(0, INTENTION_REACH_WORDS);
  const reach = following.length > 0 ? after.slice(0, following[following.length - 1]!.end) : "";
  return findPhrase(reach, intentions) !== null;
}

/** How far before a report its speaker may be: "Mrs Begum, his class teacher, says". */
const SPEAKER_REACH_WORDS = 6;

/**
 * "School say her attendance is 97%", "the health visitor reported…", "Kai told me…": a report is
 * evidence when it comes from someone placed to know (a professional, the child, the worker).
 * "Mum says things are better", or Claire or Rokeya saying so, is the parent's view, which the
 * summary has to test rather than take as evidence that things have changed.
 */
function isVouchedReport(
  text: string,
  report: Span,
  options: z.infer<typeof optionsSchema>,
  childWords: readonly string[],
): boolean {
  const before = words(text.slice(0, report.start)).slice(-SPEAKER_REACH_WORDS);
  if (before.length === 0) return false;
  const speaker = text.slice(before[0]!.start, report.start);
  return findPhrase(speaker, [...options.reporters, ...childWords]) !== null;
}

function hasEvidence(
  text: string,
  options: z.infer<typeof optionsSchema>,
  childWords: readonly string[],
): boolean {
  const sources = findAllPhrases(text, options.evidencePhrases).some(
    (span) => !isIntention(text, span, options.intentionPhrases),
  );
  if (sources) return true;
  return findAllPhrases(text, options.reportingPhrases).some(
    (span) =>
      !isIntention(text, span, options.intentionPhrases) && isVouchedReport(text, span, options, childWords),
  );
}

const WHOLE_SENTENCE_WORDS = 14;
const WORDS_BEFORE_CLAIM = 6;
const WORDS_AFTER_CLAIM = 3;

/**
 * The claim as the worker wrote it, enough to recognise: the sentence when it is short, or the
 * words around the change word ("…her behaviour at home has improved and she…"), never one word.
 */
function quoteClaim(sentence: string, claim: Span): string {
  const sentenceWords = words(sentence);
  const trimmed = sentence.replace(/(?<![.!?])[.!?]+$/, "");
  if (sentenceWords.length <= WHOLE_SENTENCE_WORDS) return trimmed;
  const claimIndex = Math.max(
    0,
    sentenceWords.findIndex((w) => w.end > claim.start),
  );
  const from = Math.max(0, claimIndex - WORDS_BEFORE_CLAIM);
  const to = Math.min(sentenceWords.length - 1, claimIndex + WORDS_AFTER_CLAIM);
  const start = from === 0 ? 0 : sentenceWords[from]!.start;
  const end = to === sentenceWords.length - 1 ? trimmed.length : sentenceWords[to]!.end;
  return `${from === 0 ? "" : "…"}${sentence.slice(start, end)}${end >= trimmed.length ? "" : "…"}`;
}

export default defineRule({
  meta: {
    id: "evidence-missing",
    description: "The section claims change without saying how we know.",
    messages: {
      noEvidence:
        'You say things have changed for {{child}} ("{{claim}}") but not how we know. Add the evidence: what you or others have observed, what {{child}} and the family have told you, or what school, health or attendance records show.',
    },
    defaultSeverity: "warning",
    defaultOptions: evidenceMissingOptions,
    scope: "section",
    options: optionsSchema,
  },
  check({ document, section, options, childLabel, report }) {
    if (!section?.occurrence) return;
    const childWords = childTerms([], childNameOf(document));
    let firstClaim: { paragraph: number; start: number; end: number; quote: string } | null = null;
    for (const sentence of document.sectionSentences(section)) {
      // Any evidence anywhere in the section answers "how do we know?".
      if (hasEvidence(sentence.text, options, childWords)) return;
      if (firstClaim) continue;
      const claim = findPhrase(sentence.text, options.changePhrases);
      if (claim)
        firstClaim = {
          paragraph: sentence.paragraph,
          start: sentence.start,
          end: sentence.end,
          quote: quoteClaim(sentence.text, claim),
        };
    }
    if (!firstClaim) return;
    report({
      messageId: "noEvidence",
      data: { child: childLabel, claim: firstClaim.quote },
      location: { paragraph: firstClaim.paragraph, start: firstClaim.start, end: firstClaim.end },
    });
  },
});
