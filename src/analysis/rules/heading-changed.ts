import { z } from "zod";
import { fillChildName } from "../fill";
import { matchHeading } from "../sections";
import { defineRule } from "./define";

/**
 * A heading the add-in inserted (its section is a content control tagged with the section) that
 * no longer reads as that heading: typed over, or deleted, usually by accident. The section is
 * still known by its tag, so the worker's words under it are not lost; this asks whether the
 * change was meant, and offers an emptied heading back. A question, never a verdict: a worker may have
 * renamed it on purpose.
 */
export default defineRule({
  meta: {
    id: "heading-changed",
    description: "A heading the template inserted has been typed over or deleted.",
    messages: {
      changed:
        'Was this heading changed on purpose? It now reads "{{written}}", where the template\'s heading is "{{heading}}". If not, move what you wrote onto the line below it and put the heading back.',
      deleted:
        'The heading "{{heading}}" has been deleted; what is written in its section is still there. Choose Fix to put the heading back.',
    },
    defaultSeverity: "warning",
    scope: "document",
    fixable: true,
    options: z.object({}),
  },
  check({ document, report }) {
    const pack = document.pack;
    for (const occurrence of document.structure.occurrences) {
      if (occurrence.recognisedBy !== "content-control") continue;
      const spec = pack.sections.find((s) => s.key === occurrence.key);
      if (!spec) continue;
      const written = occurrence.headingText.trim();
      if (written && matchHeading(written, pack, document.childName)?.key === occurrence.key) continue;
      const heading = fillChildName(spec.heading, document.childName);
      const paragraphText = document.paragraph(occurrence.headingParagraph).text;
      const location = { paragraph: occurrence.headingParagraph, start: 0, end: paragraphText.length };
      report({
        section: occurrence.key,
        key: `${occurrence.headingParagraph}`,
        messageId: written ? "changed" : "deleted",
        data: { written, heading },
        location,
        // Only an emptied heading is put back for the worker: over typed words, a fix would lose them.
        ...(written ? {} : { fix: { kind: "replace-text" as const, location, text: heading } }),
      });
    }
  },
});
