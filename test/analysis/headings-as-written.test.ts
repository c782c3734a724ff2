import { recogniseStructure } from "../../src/analysis/sections";
import { defaultPack, getPack } from "../../src/analysis/built-in-packs";
import { heading, paragraph, snapshotOf } from "./helpers";

const keysOf = (snapshot: ReturnType<typeof snapshotOf>, pack = defaultPack, name: string | null = "Kai") =>
  recogniseStructure(snapshot, pack, name).occurrences.map((o) => [o.key, o.headingText]);

describe("headings as real documents have them", () => {
  it("recognises typed headings by their words: numbered, with '&' and '/', and short forms", () => {
    const snapshot = snapshotOf(
      paragraph("4. Goals / next steps"),
      paragraph("Kai to attend college."),
      paragraph("7. Family contact details & professionals"),
      paragraph("Mum – 07700 900321"),
    );
    expect(keysOf(snapshot)).toEqual([
      ["goals", "4. Goals / next steps"],
      ["contacts", "7. Family contact details & professionals"],
    ]);
    const short = snapshotOf(
      paragraph("Goals and next steps"),
      paragraph("Kai to attend college."),
      paragraph("Professionals involved"),
    );
    expect(keysOf(short)).toEqual([
      ["goals", "Goals and next steps"],
      ["contacts", "Professionals involved"],
    ]);
  });

  it("does not take a line that shares a word or two with headings for a heading", () => {
    const snapshot = snapshotOf(
      heading("Pen Picture of the child"),
      paragraph("Last updated 3/3/2026"),
      paragraph("Safety"),
    );
    expect(keysOf(snapshot)).toEqual([["pen-picture", "Pen Picture of the child"]]);
  });

  it("reads a merged heading as both sections, over the same text", () => {
    const snapshot = snapshotOf(
      heading("Summary of involvement and what difference we have made"),
      paragraph("Maisie is looked after under a care order."),
      paragraph("In the last three months:"),
      paragraph("She has settled at school."),
    );
    const structure = recogniseStructure(snapshot, defaultPack, "Maisie");
    expect(structure.occurrences.map((o) => o.key)).toEqual(["involvement", "difference"]);
    // "In the last three months:" under it is a line of the section, not a second heading.
    expect(structure.occurrences[1]!.body).toEqual([1, 2, 3]);
  });

  it("ends a section at a heading the template lacks, written like the others", () => {
    const snapshot = snapshotOf(
      paragraph("5. Kai's safety plan"),
      paragraph("If Wayne comes to the house, Mum will ring 999."),
      paragraph("6. Manager's oversight"),
      paragraph("I agree the plan."),
      paragraph("7. Family contact details & professionals"),
      paragraph("Mum – 07700 900321"),
    );
    const structure = recogniseStructure(snapshot, defaultPack, "Kai");
    expect(structure.unknownHeadings).toEqual([2]);
    expect(structure.occurrences.find((o) => o.key === "safety-plan")!.body).toEqual([1]);
  });

  it("keeps the two halves of 001's first heading as one section, not a duplicate", () => {
    const pack = getPack("mosaic-step")!;
    const snapshot = snapshotOf(
      paragraph("Pen picture"),
      paragraph("Mia is 13."),
      paragraph("Reason for involvement"),
      paragraph("School referred in March."),
      paragraph("What has happened in the last 3 months"),
      paragraph("Mia has moved school."),
    );
    const structure = recogniseStructure(snapshot, pack, "Mia");
    expect(structure.occurrences.map((o) => o.key)).toEqual(["pen-picture", "difference"]);
    expect(structure.occurrences[0]!.body).toEqual([1, 2, 3]);
  });
});
