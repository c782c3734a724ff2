import { safetyPlanSpecificOptions } from "./defaults/safety-plan-specific";
import { z } from "zod";
import { wholeParagraph } from "../document";
import { possessiveOf } from "../fill";
import { findDates, findPhrase } from "../language";
import { isCalendarDate } from "../reading/dates";
import { isConditionalAction, speaksOfACopy } from "../reading/meaning";
import { defineRule } from "./define";

/** The pack's list with the child's name and first name added; one array per name, so the matcher is built once. */
const peopleCache = new WeakMap<readonly string[], Map<string, string[]>>();
function withChildName(list: readonly string[], childName: string | null): string[] {
  let byName = peopleCache.get(list);
  if (!byName) peopleCache.set(list, (byName = new Map()));
  const key = childName ?? "";
  let result = byName.get(key);
  if (!result) {
    result = childName ? [...list, childName, childName.split(/\s+/)[0]!] : [...list];
    byName.set(key, result);
  }
  return result;
}

/**
 * 004 §3.1(vi): "A safety plan is not a list of people involved but should be clear about what
 * happens when a child is at risk of harm, what is in place and who is responsible for the
 * action. Capture the date the safety plan was agreed and how it was shared with the child and
 * family. Also record when it was uploaded to forms." Each missing element is its own finding.
 */
export default defineRule({
  meta: {
    id: "safety-plan-specific",
    description:
      "The safety plan is a list of people, does not say who does what when the child is at risk, or does not say when it was agreed, how it was shared and when it was uploaded.",
    // Whether a plan is specific, and how it was shared, are judgements: questions, never verdicts.
    messages: {
      listOfPeople:
        'Is {{childPossessive}} safety plan more than a list of people? A safety plan says what happens when {{child}} is at risk of harm, what is in place and who is responsible for each action (for example "If Dad arrives after drinking, Mum will not let him in and will ring 999").',
      whoDoesWhat:
        'Does {{childPossessive}} safety plan say who does what when {{child}} is at risk of harm? Write each step as what happens, who does it and when (for example "If {{child}} feels unsafe at home, {{child}} will go to Nan\'s and Nan will ring the social worker").',
      dateAgreed:
        'The safety plan gives no date. Add the date it was agreed with {{child}} and the family, for example "Agreed on 3 October 2026 at the core group".',
      shared:
        "Does the safety plan say how it was shared with {{child}} and the family? Record who went through it with them, when, and whether they have a copy.",
      uploaded:
        "Does the safety plan say when it was uploaded to forms? Add the date it was uploaded, so that colleagues out of hours can find the full plan.",
    },
    defaultSeverity: "warning",
    defaultOptions: safetyPlanSpecificOptions,
    scope: "section",
    options: z.object({
      triggers: z.array(z.string()).default([]),
      actions: z.array(z.string()).default([]),
      people: z.array(z.string()).default([]),
      agreedPhrases: z.array(z.string()).default([]),
      sharedPhrases: z.array(z.string()).default([]),
      /** Empty where the pack's guidance does not ask when the plan was uploaded. */
      uploadedPhrases: z.array(z.string()).default([]),
    }),
  },
  check({ document, section, options, childLabel, today, report }) {
    if (!section?.occurrence) return;
    const paragraphs = document.bodyParagraphs(section);
    if (paragraphs.length === 0) return;
    const textOf = (index: number) => document.paragraph(index).text;
    const has = (phrases: readonly string[]) =>
      paragraphs.some((index) => findPhrase(textOf(index), phrases) !== null);
    const headingLocation = document.headingLocation(section);

    // Lines about when it was agreed and shared are records, not people; leave them out of the count.
    const recordPhrases = [options.agreedPhrases, options.sharedPhrases, options.uploadedPhrases];
    // A table in the section (often the contacts, under a heading the worker did not mark) is
    // never a list of people in the plan.
    const planLines = paragraphs.filter(
      (index) =>
        !document.paragraph(index).inTable &&
        recordPhrases.every((list) => findPhrase(textOf(index), list) === null),
    );
    const peopleOnly = planLines.filter((index) => findPhrase(textOf(index), options.actions) === null);
    const isListOfPeople = peopleOnly.length > 0 && peopleOnly.length * 2 > planLines.length;

    const people = withChildName(options.people, document.childName);
    const sentences = document.sectionSentences(section);
    const saysWhoDoesWhat = sentences.some(
      (sentence) =>
        (findPhrase(sentence.text, options.triggers) !== null &&
          findPhrase(sentence.text, options.actions) !== null &&
          findPhrase(sentence.text, people) !== null) ||
        isConditionalAction(sentence.text, { when: true }),
    );

    const possessive = possessiveOf(childLabel);
    if (isListOfPeople) {
      // One weakness, one finding: a list of names is the finding, not also "who does what".
      report({
        key: "list-of-people",
        messageId: "listOfPeople",
        data: { childPossessive: possessive, child: childLabel },
        location: wholeParagraph(document, peopleOnly[0]!),
      });
    } else if (!saysWhoDoesWhat) {
      report({
        key: "who-does-what",
        messageId: "whoDoesWhat",
        data: { childPossessive: possessive, child: childLabel },
        location: headingLocation,
      });
    }

    // A calendar date ("3 October 2026", "3/10/26"); not a weekday, "today" or "after 10pm",
    // which say nothing about when the plan was agreed.
    // "Agreed on [insert date]" names the date without giving it: only a date says when.
    const hasAgreedDate = paragraphs.some((index) =>
      findDates(textOf(index), today).some((date) => isCalendarDate(date.text)),
    );
    if (!hasAgreedDate) {
      report({
        key: "date-agreed",
        messageId: "dateAgreed",
        data: { child: childLabel },
        location: headingLocation,
      });
    }

    if (!has(options.sharedPhrases) && !sentences.some((sentence) => speaksOfACopy(sentence.text))) {
      report({
        key: "shared",
        messageId: "shared",
        data: { child: childLabel },
        location: headingLocation,
      });
    }

    if (options.uploadedPhrases.length > 0 && !has(options.uploadedPhrases)) {
      report({
        key: "uploaded",
        messageId: "uploaded",
        location: headingLocation,
      });
    }
  },
});
