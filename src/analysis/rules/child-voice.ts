import { childVoiceOptions } from "./defaults/child-voice";
import { z } from "zod";
import { findAllPhrases, findPhrase, type Span } from "../language";
import { childNameOf, childTerms } from "../reading/child-name";
import { cannotBeAsked } from "../reading/child-age";
import { isDenied, readSentence, type Term } from "../reading/meaning";
import { defineRule } from "./define";

/**
 * 004 §3.1(i): "Where possible include the child's wishes and feelings… this can be captured in the
 * child's own words." The pen picture passes when it reports what the child wants or feels, or
 * quotes them; it is only a warning because the guidance says "where possible".
 *
 * Only the child's own voice counts. Whose voice a view word is comes, as in family-view, from
 * who is named before it: "Maya told me…", "she wants…". A speaker's account runs on to the end
 * of the clause, so in "Mum said Maya is happy" the happiness is Mum's report, not Maya's voice.
 * A quotation is the child's when the child (or nobody) is named as its speaker, not a teacher.
 */

const optionsSchema = z.object({
  speechPhrases: z.array(z.string()).default([]),
  phrases: z.array(z.string()).default([]),
  childWords: z.array(z.string()).default([]),
  pronouns: z.array(z.string()).default([]),
  workerWords: z.array(z.string()).default([]),
  otherPeople: z.array(z.string()).default([]),
  contrastWords: z.array(z.string()).default([]),
  minQuotedWords: z.number().int().positive().default(2),
  /**
   * How a worker came to understand a child who cannot say (observation, communication aids,
   * the people who know them best): "through PECS", "Makaton", "his body language".
   */
  understandingPhrases: z.array(z.string()).default([]),
});

type ChildVoiceOptions = z.infer<typeof optionsSchema>;
type Speaker = "child" | "other" | "worker";

interface Mention extends Span {
  kind: Speaker | "pronoun";
}

interface View extends Span {
  speech: boolean;
}

/**
 * Quotations in curly or straight quotes. An apostrophe inside a word ("don’t") does not close a
 * single-quoted quotation, and a straight single quote only opens after a non-letter, so "Maya's"
 * is not a quotation. A scanner rather than a regular expression: an unclosed quote would make a
 * pattern search to the end of the text from every quote mark after it (quadratic); here each
 * kind of closing mark is searched for once, left to right, so the whole is linear.
 */
const QUOTE_KINDS = [
  { open: "\u201c", close: "\u201d", apostrophe: false },
  { open: "\u2018", close: "\u2019", apostrophe: true },
  { open: '"', close: '"', apostrophe: false },
  { open: "'", close: "'", apostrophe: true },
] as const;

const LETTER = /\p{L}/u;
const isLetterAt = (text: string, index: number) => {
  const code = text.codePointAt(index);
  return code !== undefined && LETTER.test(String.fromCodePoint(code));
};
const isLetterBefore = (text: string, index: number) => {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  // The code point ending just before index (a surrogate pair counts as one).
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return isLetterAt(text, start);
};

export function quotationSpans(text: string): Span[] {
  const found: Span[] = [];
  /** For each kind, the next closing mark found at or after where it was last looked for. */
  const nextClose: number[] = QUOTE_KINDS.map(() => -1);
  const closeAfter = (kind: number, from: number): number => {
    if (nextClose[kind]! === Infinity || nextClose[kind]! >= from) return nextClose[kind]!;
    const { close, apostrophe } = QUOTE_KINDS[kind]!;
    let at = text.indexOf(close, from);
    // An apostrophe followed by a letter is inside a word ("don’t"), not a closing mark.
    while (at >= 0 && apostrophe && isLetterAt(text, at + 1)) at = text.indexOf(close, at + 1);
    nextClose[kind] = at < 0 ? Infinity : at;
    return nextClose[kind]!;
  };
  for (let i = 0; i < text.length; i++) {
    const character = text[i]!;
    const kind = QUOTE_KINDS.findIndex((k) => k.open === character);
    if (kind < 0) continue;
    if (character === "'" && isLetterBefore(text, i)) continue;
    const close = closeAfter(kind, i + 1);
    if (close === Infinity || close === i + 1) continue;
    found.push({ text: text.slice(i, close + 1), start: i, end: close + 1 });
    i = close;
  }
  return found;
}

/** Quotations of at least minWords words (more than a scare-quoted word). */
function quotationsIn(text: string, minWords: number): Span[] {
  return quotationSpans(text).filter(
    // A rough count is enough to tell a quotation from a scare-quoted word, and far cheaper.
    (q) => q.text.slice(1, -1).trim().split(/\s+/).length >= minWords,
  );
}

/** The text with the quotations blanked out, so the "I" and "Mum" inside a quotation name no speaker. */
function withoutQuotations(text: string, quotations: readonly Span[]): string {
  if (quotations.length === 0) return text;
  const pieces: string[] = [];
  let at = 0;
  for (const q of quotations) {
    pieces.push(text.slice(at, q.start), " ".repeat(q.end - q.start));
    at = q.end;
  }
  pieces.push(text.slice(at));
  return pieces.join("");
}

/** Whether the paragraph holds the child's own voice; `subject` carries who "she" stands for between sentences. */
function childHeardIn(
  text: string,
  sentences: readonly Span[],
  options: ChildVoiceOptions,
  childList: readonly string[],
  state: { subject: Speaker },
): boolean {
  const quotations = quotationsIn(text, options.minQuotedWords);
  const plain = withoutQuotations(text, quotations);
  // Most paragraphs of a pen picture hold no view word or quotation: only who the last sentence
  // is about matters for the next paragraph's "she".
  if (
    quotations.length === 0 &&
    findPhrase(plain, options.speechPhrases) === null &&
    findPhrase(plain, options.phrases) === null
  ) {
    const last = sentences[sentences.length - 1];
    if (last) {
      const lastText = plain.slice(last.start, last.end);
      const first = [
        ...findAllPhrases(lastText, childList).map((m) => ({ ...m, kind: "child" as const })),
        ...findAllPhrases(lastText, options.otherPeople).map((m) => ({ ...m, kind: "other" as const })),
      ].sort((a, b) => a.start - b.start)[0];
      // A leading pronoun keeps the subject as it was.
      const leadingPronoun = findPhrase(lastText, options.pronouns);
      if (first && !(leadingPronoun && leadingPronoun.start < first.start)) state.subject = first.kind;
    }
    return false;
  }
  const mentions: Mention[] = [
    ...findAllPhrases(plain, childList).map((m) => ({ ...m, kind: "child" as const })),
    ...findAllPhrases(plain, options.otherPeople).map((m) => ({ ...m, kind: "other" as const })),
    ...findAllPhrases(plain, options.workerWords).map((m) => ({ ...m, kind: "worker" as const })),
    ...findAllPhrases(plain, options.pronouns).map((m) => ({ ...m, kind: "pronoun" as const })),
  ].sort((a, b) => a.start - b.start);
  const speech = findAllPhrases(plain, options.speechPhrases);
  const views: View[] = [
    ...speech.map((v) => ({ ...v, speech: true })),
    ...findAllPhrases(plain, options.phrases)
      .filter((v) => !speech.some((s) => s.start < v.end && v.start < s.end))
      .map((v) => ({ ...v, speech: false })),
  ].sort((a, b) => a.start - b.start);
  const contrasts = findAllPhrases(plain, options.contrastWords);

  // Each list is in text order, so each sentence takes the next run of it: linear in the paragraph.
  const cursors = { mentions: 0, quotations: 0, views: 0 };
  const takeUntil = <T extends Span>(list: readonly T[], key: keyof typeof cursors, end: number): T[] => {
    const from = cursors[key];
    while (cursors[key] < list.length && list[cursors[key]]!.start < end) cursors[key]++;
    return list.slice(from, cursors[key]);
  };

  for (const sentence of sentences) {
    const sentenceMentions = takeUntil(mentions, "mentions", sentence.end);
    /** Who a mention stands for: a pronoun is the person last named in the sentence, else the subject so far. */
    const resolve = (mention: Mention): Speaker => {
      if (mention.kind !== "pronoun") return mention.kind;
      const named = sentenceMentions.filter(
        (m) => m.end <= mention.start && (m.kind === "child" || m.kind === "other"),
      );
      return named.length > 0 ? (named[named.length - 1]!.kind as Speaker) : state.subject;
    };

    // A quotation is the speaker's named before it in the sentence, else after it; else the child's.
    for (const quotation of takeUntil(quotations, "quotations", sentence.end)) {
      const before = sentenceMentions.filter((m) => m.end <= quotation.start);
      const after = sentenceMentions.filter((m) => m.start >= quotation.end && m.start < sentence.end);
      const speaker =
        before.length > 0
          ? resolve(before[before.length - 1]!)
          : after.length > 0
            ? resolve(after.find((m) => m.kind !== "pronoun") ?? after[0]!)
            : "child";
      if (speaker === "child") return true;
    }

    // Each view word belongs to whoever is named since the one before; a speaker's account runs on.
    let windowStart = sentence.start;
    let reporter: Speaker | null = null;
    let holder: Speaker = state.subject;
    for (const view of takeUntil(views, "views", sentence.end)) {
      const inWindow = sentenceMentions.filter((m) => m.start >= windowStart && m.end <= view.start);
      if (contrasts.some((c) => c.start >= windowStart && c.end <= view.start)) reporter = null;
      if (inWindow.length > 0) holder = resolve(inWindow[inWindow.length - 1]!);
      const reportedBySomeoneElse = reporter !== null && reporter !== "child";
      if (!reportedBySomeoneElse && holder === "child") return true;
      if (!reportedBySomeoneElse) reporter = holder;
      windowStart = view.end;
    }

    // The sentence's first person named is who a "she" in the next sentence most likely means.
    const first = sentenceMentions.find((m) => m.kind !== "worker");
    if (first) state.subject = resolve(first);
  }
  return false;
}

/** Saying, telling or showing: what "unable to express her wishes" denies. */
const EXPRESSING = new Set([
  "express",
  "communicate",
  "say",
  "tell",
  "share",
  "verbalise",
  "verbalize",
  "speak",
  "voice",
  "give",
  "articulate",
]);

/**
 * The paragraph with every sentence that denies the child can express a view blanked out
 * ("Ellie is unable to express her wishes and feelings due to her disability"): such a sentence
 * names wishes and feelings but gives none.
 */
/** "Ellie is unable to express her wishes", "he cannot tell us": the child's voice denied. */
function deniesExpression(terms: readonly Term[]): boolean {
  return terms.some((term, i) => EXPRESSING.has(term.root) && isDenied(terms, i, 4));
}

function withoutDenials(text: string, sentences: readonly Span[]): string {
  let result = text;
  const blank = (from: number, to: number) => {
    result = result.slice(0, from) + " ".repeat(to - from) + result.slice(to);
  };
  for (const sentence of sentences) {
    const terms = readSentence(sentence.text);
    if (deniesExpression(terms)) {
      blank(sentence.start, sentence.end);
      continue;
    }
    // "A happy little boy", "a sad girl": the worker describing the child, not the child's
    // feelings: an adjective after "a" or "an" and before the noun it describes.
    terms.forEach((term, i) => {
      if (!term.tags.has("Adjective")) return;
      const article = [terms[i - 1], terms[i - 2]].some((t) => t?.normal === "a" || t?.normal === "an");
      const noun = terms.slice(i + 1, i + 3).some((t) => t.tags.has("Noun") && !t.tags.has("Pronoun"));
      if (article && noun) blank(sentence.start + term.start, sentence.start + term.end);
    });
  }
  return result;
}

export default defineRule({
  meta: {
    id: "child-voice",
    description: "The pen picture has neither the child's wishes and feelings nor their own words.",
    messages: {
      understood:
        "Does the pen picture say how you have understood {{child}}'s wishes and feelings? Saying {{child}} cannot express them is not the same: describe what you have observed, how {{child}} communicates (signs, pictures, sounds, behaviour) and what the people who know {{child}} best say.",
      cannotBeAsked:
        "Does the pen picture say how {{child}} shows their wishes and feelings? For a baby or a child who does not use words, describe what you have observed, how {{child}} communicates and what the people who know {{child}} best say.",
      noVoice:
        "Does the pen picture give {{child}}'s wishes and feelings, in {{child}}'s own words where you can (\"I want…\")? What a parent or professional says about {{child}} is their view, not {{child}}'s.",
    },
    defaultSeverity: "warning",
    defaultOptions: childVoiceOptions,
    scope: "section",
    // Whether the child is a baby or does not speak, from the title and the whole summary.
    readsOtherSections: true,
    options: optionsSchema,
  },
  check({ document, section, options, childLabel, today, report }) {
    // An empty or missing section is section-empty's and section-missing's to report.
    if (!section?.occurrence) return;
    const paragraphs = document.bodyParagraphs(section);
    if (paragraphs.length === 0) return;
    const childList = childTerms(options.childWords, childNameOf(document));
    // In a child's pen picture, "she" or "he" with nobody named yet is the child.
    const state: { subject: Speaker } = { subject: "child" };
    const heard = paragraphs.some((index) => {
      const sentences = document.sentences(index);
      const text = withoutDenials(document.paragraph(index).text, sentences);
      const kept = sentences.map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
      return childHeardIn(text, kept, options, childList, state);
    });
    if (heard) return;
    // A child who cannot say: how the worker came to understand them counts as their voice.
    const understood = paragraphs.some(
      (index) => findPhrase(document.paragraph(index).text, options.understandingPhrases) !== null,
    );
    if (understood) return;
    const denied = paragraphs.some((index) =>
      document.sentences(index).some((sentence) => deniesExpression(readSentence(sentence.text))),
    );
    report({
      messageId: denied ? "understood" : cannotBeAsked(document, today) ? "cannotBeAsked" : "noVoice",
      data: { child: childLabel },
      location: document.headingLocation(section),
    });
  },
});
