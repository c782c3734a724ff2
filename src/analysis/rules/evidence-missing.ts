import { z } from "zod";
import { findPhrase } from "../language";
import { defineRule } from "./define";

/**
 * 004 §3.1(iv): "How do we know… we are making a difference…? What is the evidence for this?"
 * A claim that things have changed (for better or worse) needs a source: what was observed, what
 * the child, family or school said, what records or figures show.
 */

const optionsSchema = z.object({
  changePhrases: z.array(z.string()).default([]),
  evidencePhrases: z.array(z.string()).default([]),
});

export default defineRule({
  meta: {
    id: "evidence-missing",
    description: "The section claims change without saying how we know.",
    defaultSeverity: "warning",
    scope: "section",
    options: optionsSchema,
  },
  check({ document, section, options, childLabel, report }) {
    if (!section?.occurrence) return;
    let firstClaim: { paragraph: number; start: number; end: number; phrase: string } | null = null;
    for (const sentence of document.sectionSentences(section)) {
      // Any evidence anywhere in the section answers "how do we know?".
      if (findPhrase(sentence.text, options.evidencePhrases) !== null) return;
      if (firstClaim) continue;
      const claim = findPhrase(sentence.text, options.changePhrases);
      if (claim)
        firstClaim = {
          paragraph: sentence.paragraph,
          start: sentence.start,
          end: sentence.end,
          phrase: claim.text,
        };
    }
    if (!firstClaim) return;
    report({
      message: `You say things have changed for ${childLabel} ("${firstClaim.phrase}") but not how we know. Add the evidence: what you or others have observed, what ${childLabel} and the family have told you, or what school, health or attendance records show.`,
      location: { paragraph: firstClaim.paragraph, start: firstClaim.start, end: firstClaim.end },
    });
  },
});
