import { z } from "zod";
import { fillChildName } from "../fill";
import { defineRule } from "./define";

/** Every heading the guidance lists must be in the summary. */
export default defineRule({
  meta: {
    id: "section-missing",
    description: "A heading the guidance asks for is not in the summary.",
    messages: {
      missing:
        'The heading "{{heading}}" is missing. The guidance asks for it in every summary: add it as a heading (in Word, Case Summary Coach\'s Insert template adds the missing headings).',
    },
    defaultSeverity: "error",
    scope: "document",
    checksPresence: true,
    options: z.object({}),
  },
  check({ document, report }) {
    for (const section of document.sections) {
      if (section.occurrence || !section.spec.required) continue;
      report({
        section: section.key,
        key: section.key,
        messageId: "missing",
        data: { heading: fillChildName(section.spec.heading, document.childName) },
        location: null,
      });
    }
  },
});
