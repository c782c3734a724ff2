import { z } from "zod";
import { findPhrase } from "../language";
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
});

const optionsSchema = z.object({
  topics: z.array(topicSchema).default([]),
  olderPhrases: z.array(z.string()).default([]),
  youngPhrases: z.array(z.string()).default([]),
  olderFromAge: z.number().positive().default(11),
  youngBelowAge: z.number().positive().default(5),
});

type AgeGroup = "older" | "middle" | "young" | "unknown";

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

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

/** The first age written in the text, in years; null when none is. */
function ageInYears(text: string): number | null {
  const match = AGE.exec(text);
  if (!match) return null;
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

function ageGroupOf(text: string, options: z.infer<typeof optionsSchema>): AgeGroup {
  const age = ageInYears(text);
  if (age !== null) {
    if (age >= options.olderFromAge) return "older";
    if (age < options.youngBelowAge) return "young";
    return "middle";
  }
  // Without a number, go by words such as "teenager" or "toddler", but only when they agree.
  const older = findPhrase(text, options.olderPhrases) !== null;
  const young = findPhrase(text, options.youngPhrases) !== null;
  if (older && !young) return "older";
  if (young && !older) return "young";
  return "unknown";
}

export default defineRule({
  meta: {
    id: "pen-picture-detail",
    description:
      "The pen picture misses who the child lives with, who matters to them, what makes them unique, their school, or (by age) their hopes or your observations.",
    defaultSeverity: "warning",
    scope: "section",
    options: optionsSchema,
  },
  check({ document, section, options, childLabel, report }) {
    // An empty or missing section is section-empty's and section-missing's to report.
    if (!section?.occurrence) return;
    const text = document.bodyText(section);
    if (text.trim().length === 0) return;
    const ageGroup = ageGroupOf(text, options);
    const fill = (template: string) => template.split("{child}").join(childLabel);

    for (const topic of options.topics) {
      if (topic.ageGroup === "older" && ageGroup !== "older") continue;
      if (topic.ageGroup === "young" && ageGroup !== "young") continue;
      if (findPhrase(text, topic.phrases) !== null) continue;
      report({
        key: topic.key,
        message: `The pen picture does not say ${fill(topic.label)}. ${fill(topic.question)}`,
        location: document.headingLocation(section),
      });
    }
  },
});
