import { penPictureDetailOptions } from "./defaults/pen-picture-detail";
import { z } from "zod";
import type { AnalysedDocument } from "../document";
import { findAllPhrases, findPhrase, type Span } from "../language";
import type { SectionView } from "../types";
import { childNameOf, childTerms } from "../reading/child-name";
import { ageFromDateOfBirth, NUMBER_WORDS } from "../reading/child-age";
import { expressesAspiration, observesBehaviour } from "../reading/meaning";
import { defineRule } from "./define";

/**
 * 004 §3.1(i) lists what a pen picture covers: who the child lives with, who is important to them,
 * what makes them unique, school or nursery; hopes and aspirations for older children and
 * teenagers; observations, and how parents or carers describe them, for babies and young children.
 *
 * One finding per missing topic rather than one combined finding: each card in the pane then names
 * one thing to add, disappears as soon as that thing is written, and can be dismissed on its own
 * when it does not apply to this child (say, a child who is home educated), while the others stay.
 */

const topicSchema = z.object({
  key: z.string().min(1),
  label: z.string().min(1),
  question: z.string().min(1),
  phrases: z.array(z.string()).min(1),
  ageGroup: z.enum(["all", "older", "young"]).default("all"),
  /** Not asked of a child known to be younger than this (in years): a baby has no school to name. */
  minAge: z.number().nonnegative().optional(),
  /**
   * Also covered by what a sentence says, whatever its words: "aspiration" ("Kai wants a motor
   * vehicle apprenticeship next September"), "behaviour" (two sentences of what the child is seen
   * doing: "she laughs at raspberries", "reaches for keys"), "age" (the child's age is known,
   * from the pen picture or a date of birth at the top).
   */
  meaning: z.enum(["aspiration", "behaviour", "age"]).optional(),
});

const optionsSchema = z.object({
  topics: z.array(topicSchema).default([]),
  /** Only the topics with these keys apply (a template that asks for fewer than the default). */
  onlyTopics: z.array(z.string().min(1)).optional(),
  /** Topics asked as well as the default ones (a template that asks for more). */
  extraTopics: z.array(topicSchema).default([]),
  olderPhrases: z.array(z.string()).default([]),
  youngPhrases: z.array(z.string()).default([]),
  olderFromAge: z.number().positive().default(11),
  youngBelowAge: z.number().positive().default(5),
  /** Ways of naming the child other than by name; the child's name is added by the check. */
  childWords: z.array(z.string()).default([]),
  /** Words for other people, whose ages a pen picture also gives: "her brother Leo, who is 6 months old". */
  otherPeople: z.array(z.string()).default([]),
  /** Pronouns that stand for the person last named, or for the child when nobody is. */
  pronouns: z.array(z.string()).default([]),
});

type PenPictureOptions = z.infer<typeof optionsSchema>;

type AgeGroup = "older" | "middle" | "young" | "unknown";

const NUMBER = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")})`;
const UNIT = "(years?|months?|weeks?)";
/**
 * How workers write a child's age: "a 15-year-old", "nine years old", "18 months old", "aged 14",
 * "Maya is 9 and…", "Maya (9)". "is one of" and "is 3 miles away" are not ages, so "is N" counts only
 * before punctuation, "and" or "old" (a unit between is captured, so "is 10 months old" is months).
 */
const AGE = new RegExp(
  [
    `(?<![\\p{L}\\p{N}])${NUMBER}[-\\s]+${UNIT}[-\\s]+old(?!\\p{L})`,
    `(?<!\\p{L})aged?\\s+${NUMBER}(?:\\s+${UNIT})?(?![\\p{L}\\p{N}])`,
    `(?<!\\p{L})is\\s+${NUMBER}(?:\\s+${UNIT})?(?=\\s*(?:[.,;)]|$|and\\s|old(?!\\p{L})))`,
    `\\(${NUMBER}\\)`,
  ].join("|"),
  "iu",
);

const AGE_ANYWHERE = new RegExp(AGE.source, "giu");

/** An age as written, in years; null when the words are not a number. */
function yearsOf(match: RegExpMatchArray): number | null {
  // Each alternative captures a number and then (except the last) a unit, so they alternate.
  const groups = match.slice(1);
  const numberText = groups.find((g, i) => g !== undefined && i % 2 === 0);
  if (numberText === undefined) return null;
  const value = /^\d+$/.test(numberText)
    ? Number(numberText)
    : (NUMBER_WORDS[numberText.toLowerCase()] ?? null);
  if (value === null) return null;
  const unit = groups.find((g, i) => g !== undefined && i % 2 === 1)?.toLowerCase() ?? "year";
  if (unit.startsWith("month")) return value / 12;
  if (unit.startsWith("week")) return value / 52;
  return value;
}

type Person = "child" | "other" | "pronoun";
interface Mention extends Span {
  person: Person;
}

/**
 * The child's age in years, null when the pen picture does not give it. A pen picture gives other
 * people's ages too ("Maya lives with Mum and her brother Leo, who is 6 months old. Maya is 15"),
 * so an age is the child's only when the nearest person named before it (or, with nobody before
 * it in the sentence, after it) is the child, or nobody at all is named near it.
 */
function childAge(
  document: AnalysedDocument,
  section: SectionView,
  options: PenPictureOptions,
): number | null {
  const childList = childTerms(options.childWords, childNameOf(document));
  // In a child's pen picture, "she" or "he" with nobody named yet is the child.
  let subject: "child" | "other" = "child";
  for (const sentence of document.sectionSentences(section)) {
    const text = sentence.text;
    const ages = Array.from(text.matchAll(AGE_ANYWHERE));
    const mentions: Mention[] = [
      ...findAllPhrases(text, childList).map((m) => ({ ...m, person: "child" as const })),
      ...findAllPhrases(text, options.otherPeople).map((m) => ({ ...m, person: "other" as const })),
      ...findAllPhrases(text, options.pronouns).map((m) => ({ ...m, person: "pronoun" as const })),
    ].sort((a, b) => a.start - b.start);
    const resolve = (mention: Mention): "child" | "other" => {
      if (mention.person !== "pronoun") return mention.person;
      const named = mentions.filter((m) => m.end <= mention.start && m.person !== "pronoun");
      return named.length > 0 ? (named[named.length - 1]!.person as "child" | "other") : subject;
    };
    for (const age of ages) {
      const before = mentions.filter((m) => m.end <= age.index);
      const after = mentions.filter((m) => m.start >= age.index + age[0].length);
      const nearest = before.length > 0 ? before[before.length - 1] : after[0];
      if (nearest && resolve(nearest) !== "child") continue;
      const years = yearsOf(age);
      if (years !== null) return years;
    }
    const first = mentions[0];
    if (first) subject = resolve(first);
  }
  return null;
}

function ageGroupOf(
  document: AnalysedDocument,
  section: SectionView,
  text: string,
  options: PenPictureOptions,
  today: Date,
): { group: AgeGroup; age: number | null } {
  const age = childAge(document, section, options) ?? ageFromDateOfBirth(document, today);
  if (age !== null) {
    if (age >= options.olderFromAge) return { group: "older", age };
    if (age < options.youngBelowAge) return { group: "young", age };
    return { group: "middle", age };
  }
  // Without a number, go by words such as "teenager" or "toddler", but only when they agree.
  const older = findPhrase(text, options.olderPhrases) !== null;
  const young = findPhrase(text, options.youngPhrases) !== null;
  if (older && !young) return { group: "older", age };
  if (young && !older) return { group: "young", age };
  return { group: "unknown", age };
}

/** Whether the section's sentences say what the topic asks, in any words. */
function coveredByMeaning(
  document: AnalysedDocument,
  section: SectionView,
  meaning: "aspiration" | "behaviour",
  options: PenPictureOptions,
): boolean {
  const sentences = document.sectionSentences(section);
  if (meaning === "aspiration") return sentences.some((s) => expressesAspiration(s.text));
  const childWords = new Set(
    childTerms(options.childWords, childNameOf(document)).map((w) => w.toLowerCase()),
  );
  let seen = 0;
  for (const sentence of sentences)
    if (observesBehaviour(sentence.text, childWords) && ++seen >= 2) return true;
  return false;
}

export default defineRule({
  meta: {
    id: "pen-picture-detail",
    description:
      "The pen picture misses who the child lives with, who matters to them, what makes them unique, their school, or (by age) their hopes or your observations.",
    messages: {
      missingTopic: "The pen picture does not say {{label}}. {{question}}",
    },
    defaultSeverity: "warning",
    defaultOptions: penPictureDetailOptions,
    scope: "section",
    // The child's age from a date of birth in the title.
    readsOtherSections: true,
    options: optionsSchema,
  },
  check({ document, section, options, childLabel, today, report }) {
    // An empty or missing section is section-empty's and section-missing's to report.
    if (!section?.occurrence) return;
    const text = document.bodyText(section);
    if (text.trim().length === 0) return;
    const { group: ageGroup, age } = ageGroupOf(document, section, text, options, today);
    const fill = (template: string) => template.split("{child}").join(childLabel);

    const only = options.onlyTopics;
    const topics = [
      ...(only ? options.topics.filter((topic) => only.includes(topic.key)) : options.topics),
      ...options.extraTopics,
    ];
    for (const topic of topics) {
      if (topic.ageGroup === "older" && ageGroup !== "older") continue;
      if (topic.ageGroup === "young" && ageGroup !== "young") continue;
      if (topic.minAge !== undefined && age !== null && age < topic.minAge) continue;
      if (findPhrase(text, topic.phrases) !== null) continue;
      if (topic.meaning === "age" && age !== null) continue;
      if (
        topic.meaning &&
        topic.meaning !== "age" &&
        coveredByMeaning(document, section, topic.meaning, options)
      )
        continue;
      report({
        key: topic.key,
        messageId: "missingTopic",
        data: { label: fill(topic.label), question: fill(topic.question) },
        location: document.headingLocation(section),
      });
    }
  },
});
