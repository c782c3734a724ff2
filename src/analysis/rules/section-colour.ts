import { z } from "zod";
import { isShadeOf } from "../colour";
import { defineRule } from "./define";

/** The guidance sets a colour for some sections (pen picture blue, safety plan red) so they stand out. */
export default defineRule({
  meta: {
    id: "section-colour",
    description: "Text in a section that must be in a set colour is not in that colour.",
    messages: {
      wrongColour:
        '{{count}} under "{{heading}}" {{verb}} not in {{colour}}. The guidance asks for this section to be recorded in {{colour}}; colour it {{colour}}, or choose Fix to do it for you.',
    },
    defaultSeverity: "error",
    scope: "section",
    fixable: true,
    options: z.object({}),
    // Nothing to check against in a section the pack gives no colour.
    validate: ({ section }) =>
      section && !section.colour
        ? `checks the section's colour, but sections[${section.index}] ("${section.key}") has no "colour"; give the section a colour (hex, name and citation) or remove the check`
        : null,
  },
  check({ document, section, report }) {
    const colour = section?.spec.colour;
    if (!section?.occurrence || !colour || document.snapshot.coloursKnown === false) return;
    const wrong = document
      .bodyParagraphs(section)
      .filter((index) => !isShadeOf(document.paragraph(index).colour, colour.hex));
    if (wrong.length === 0) return;
    const first = wrong[0]!;
    const count = wrong.length === 1 ? "One paragraph" : `${wrong.length} paragraphs`;
    report({
      messageId: "wrongColour",
      data: {
        count,
        heading: section.occurrence.headingText,
        verb: wrong.length === 1 ? "is" : "are",
        colour: colour.name,
      },
      location: { paragraph: first, start: 0, end: document.paragraph(first).text.length },
      fix: { kind: "set-colour", colour: colour.hex.toUpperCase(), paragraphs: wrong },
    });
  },
});
