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
    defaultSeverity: "warning",
    scope: "section",
    options: z.object({
      /** Names the topic; it is the finding's key, so each topic is dismissed on its own. */
      topic: z.string().min(1),
      phrases: z.array(z.string()).min(1),
      /** Addressed to the worker; "{child}" is replaced with the child's name. */
      message: z.string().min(1),
    }),
  },
  check({ document, section, options, childLabel, report }) {
    if (!section?.occurrence) return;
    const paragraphs = document.bodyParagraphs(section);
    // An empty section is section-empty's finding; a topic finding as well would only repeat it.
    if (paragraphs.length === 0) return;
    if (paragraphs.some((index) => findPhrase(document.paragraph(index).text, options.phrases) !== null))
      return;
    report({
      key: options.topic,
      message: options.message.split("{child}").join(childLabel),
      location: document.headingLocation(section),
    });
  },
});
