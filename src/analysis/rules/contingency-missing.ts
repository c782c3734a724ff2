import { contingencyMissingOptions } from "./defaults/contingency-missing";
import { z } from "zod";
import { findPhrase } from "../language";
import { isConditionalAction, onlyReviews } from "../reading/meaning";
import { defineRule } from "./define";

/** 004 §3.1(v): "Be clear about any contingency plans should the proposed plan not support the change." */
export default defineRule({
  meta: {
    id: "contingency-missing",
    description: "The goals say nothing about what will happen if the plan does not work.",
    messages: {
      noContingency:
        'Does this say what will happen if the plan does not work for {{child}}? A contingency plan says what you will do, and when, if things do not change (for example "If Mum does not attend the programme by March, we will hold a legal planning meeting").',
    },
    defaultSeverity: "warning",
    defaultOptions: contingencyMissingOptions,
    scope: "section",
    options: z.object({
      phrases: z.array(z.string()).default([]),
      conditions: z.array(z.string()).default([]),
      setbacks: z.array(z.string()).default([]),
      consequences: z.array(z.string()).default([]),
    }),
  },
  check({ document, section, options, childLabel, report }) {
    if (!section?.occurrence) return;
    const paragraphs = document.bodyParagraphs(section);
    if (paragraphs.length === 0) return;

    // "If things don't improve, we will review the plan" names a contingency but plans nothing:
    // reviewing is what happens anyway.
    const sentences = document.sectionSentences(section);
    if (sentences.some((s) => findPhrase(s.text, options.phrases) !== null && !onlyReviews(s.text))) return;
    // "If Mum does not attend, we will…": a condition, a setback and what follows, in one sentence.
    const conditional = document
      .sectionSentences(section)
      .some(
        (sentence) =>
          findPhrase(sentence.text, options.conditions) !== null &&
          findPhrase(sentence.text, options.setbacks) !== null &&
          findPhrase(sentence.text, options.consequences) !== null,
      );
    if (conditional) return;
    // Any conditional with an action is a plan for what happens next: "If Wayne returns … we
    // will hold a strategy discussion the same day", "Should Jade go missing again, we would…".
    if (
      document
        .sectionSentences(section)
        .some(
          (sentence) =>
            isConditionalAction(sentence.text, { setbacksOnly: true }) && !onlyReviews(sentence.text),
        )
    )
      return;

    report({
      messageId: "noContingency",
      data: { child: childLabel },
      location: document.headingLocation(section),
    });
  },
});
