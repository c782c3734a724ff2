import { risksAndStrengthsOptions } from "./defaults/risks-and-strengths";
import { z } from "zod";
import { defineRule } from "./define";
import { findAffirmedPhrase } from "../reading/negation";

/**
 * 004 §3.1(iii): the involvement section sets out "what are the risks, what are the protective
 * factors and what are the strengths" and "the type of plan that is in place". One finding per
 * missing topic, so each card names one thing to add and can be dismissed on its own.
 */

const optionsSchema = z.object({
  topics: z
    .array(
      z.object({
        key: z.string().min(1),
        label: z.string().min(1),
        question: z.string().min(1),
        phrases: z.array(z.string()).min(1),
        /** True where a denied phrase does not count: "Dad is not supportive" is no strength. */
        ignoreNegated: z.boolean().default(false),
      }),
    )
    .default([]),
  /** Only the topics with these keys apply (a template that asks for fewer than the default). */
  onlyTopics: z.array(z.string().min(1)).optional(),
  /** Words that deny what follows them in the clause: "not", "no", "never", "without". */
  negations: z.array(z.string()).default([]),
});

export default defineRule({
  meta: {
    id: "risks-and-strengths",
    description:
      "The involvement section lacks the risks, the strengths and protective factors, or the type of plan.",
    messages: {
      missingTopic: '"{{heading}}" does not set out {{label}}. {{question}}',
    },
    defaultSeverity: "warning",
    defaultOptions: risksAndStrengthsOptions,
    scope: "section",
    options: optionsSchema,
  },
  check({ document, section, options, childLabel, report }) {
    // An empty or missing section is section-empty's and section-missing's to report.
    if (!section?.occurrence) return;
    const text = document.bodyText(section);
    if (text.trim().length === 0) return;
    const fill = (template: string) => template.split("{child}").join(childLabel);
    const heading = section.occurrence.headingText;
    const only = options.onlyTopics;
    for (const topic of only ? options.topics.filter((t) => only.includes(t.key)) : options.topics) {
      const negations = topic.ignoreNegated ? options.negations : [];
      if (findAffirmedPhrase(text, topic.phrases, negations) !== null) continue;
      report({
        key: topic.key,
        messageId: "missingTopic",
        data: { heading, label: fill(topic.label), question: fill(topic.question) },
        location: document.headingLocation(section),
      });
    }
  },
});
