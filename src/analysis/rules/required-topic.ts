import { z } from "zod";
import { findPhrase } from "../language";
import { defineRule } from "./define";

/**
 * Document 000 lists what every summary must contain, whatever the template: engagement, progress
 * against the plan, the family network, review dates, bottom lines. One configurable check, used
 * once per topic in the section where the pack expects it.
 */
export default defineRule({
  meta: {
    id: "required-topic",
    description: "A section does not cover a topic the guidance requires in every summary.",
    messages: {
      missing: "{{message}}",
    },
    defaultSeverity: "warning",
    scope: "section",
    instanceOption: "topic",
    options: z.object({
      /** Names the topic; it is the finding's key, so each topic is dismissed on its own. */
      topic: z.string().min(1),
      phrases: z.array(z.string()).min(1),
      /**
       * A second group of words that must also appear: "strengths as well as concerns" needs a
       * word from each.
       */
      andPhrases: z.array(z.string()).min(1).optional(),
      /**
       * The topic applies only when the summary mentions one of these anywhere (a care package
       * and personal budget only for a disabled child).
       */
      onlyWhen: z.array(z.string()).min(1).optional(),
      /** Addressed to the worker; "{child}" is replaced with the child's name. */
      message: z.string().min(1),
    }),
  },
  check({ document, section, options, childLabel, report }) {
    if (!section?.occurrence) return;
    const paragraphs = document.bodyParagraphs(section);
    // An empty section is section-empty's finding; a topic finding as well would only repeat it.
    if (paragraphs.length === 0) return;
    const mentions = (indices: number[], phrases: readonly string[]) =>
      indices.some((index) => findPhrase(document.paragraph(index).text, phrases) !== null);
    const onlyWhen = options.onlyWhen;
    if (onlyWhen && !mentions(document.textParagraphs(), onlyWhen)) return;
    const covered =
      mentions(paragraphs, options.phrases) &&
      (!options.andPhrases || mentions(paragraphs, options.andPhrases));
    if (covered) return;
    report({
      key: options.topic,
      // The topic's own words (its "message" option) are the message: each topic says what it asks.
      messageId: "missing",
      data: { message: options.message.split("{child}").join(childLabel) },
      location: document.headingLocation(section),
    });
  },
});
