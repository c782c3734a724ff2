import type { Pack } from "../../guidance/schema";
import { isShadeOf } from "../colour";
import { recogniseStructure } from "../sections";
import type { DocumentSnapshot } from "../snapshot";
import { expectParagraphs, type Expectation } from "./freshness";

/**
 * The plan for colouring sections (the section-colour fix for the whole document): each coloured
 * section's text (every paragraph under its heading, empty ones too so that new typing comes out
 * in the colour) takes the section's colour; headings keep their heading style's colour, and no
 * other section is touched. A shade the worker chose from Word's palette ("Blue" #0070C0) is
 * already right and is kept.
 */

export interface ColoursApplied {
  ok: true;
  sections: { key: string; colour: string; paragraphsChanged: number }[];
  message: string;
}

export interface ColourPlan {
  sections: { key: string; colour: string; hex: string; paragraphs: number[] }[];
  expects: Expectation;
  /** What to tell the worker once it is done. */
  result: ColoursApplied;
}

export function planSectionColours(
  snapshot: DocumentSnapshot,
  pack: Pack,
  childName: string | null,
): ColourPlan {
  const structure = recogniseStructure(snapshot, pack, childName);
  const sections: ColourPlan["sections"] = [];
  for (const occurrence of structure.occurrences) {
    const colour = pack.sections.find((s) => s.key === occurrence.key)?.colour;
    if (!colour) continue;
    const hex = colour.hex.toUpperCase();
    const wrong = occurrence.body.filter((index) => !isShadeOf(snapshot.paragraphs[index]!.colour, hex));
    sections.push({ key: occurrence.key, colour: colour.name, hex, paragraphs: wrong });
  }
  const changed = sections.reduce((sum, s) => sum + s.paragraphs.length, 0);
  const message =
    sections.length === 0
      ? "There is no section that needs a colour in this document yet."
      : changed === 0
        ? "The coloured sections are already in the right colours."
        : `Coloured ${sections
            .filter((s) => s.paragraphs.length > 0)
            .map((s) => `${s.paragraphs.length} paragraph${s.paragraphs.length === 1 ? "" : "s"} ${s.colour}`)
            .join(" and ")}.`;
  return {
    sections,
    expects: expectParagraphs(
      snapshot,
      sections.flatMap((s) => s.paragraphs),
    ),
    result: {
      ok: true,
      sections: sections.map((s) => ({
        key: s.key,
        colour: s.colour,
        paragraphsChanged: s.paragraphs.length,
      })),
      message,
    },
  };
}
