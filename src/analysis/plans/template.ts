import type { Pack, SectionSpec } from "../../guidance/schema";
import { cleanChildName } from "../child-name-rule";
import { fillChildName } from "../fill";
import { recogniseStructure } from "../sections";
import type { DocumentSnapshot, SnapshotParagraph } from "../snapshot";
import { parseSectionTag, sectionTag } from "../tags";
import type { DocumentStructure, SectionOccurrence } from "../types";
import { expectParagraphs, type Expectation } from "./freshness";

/**
 * Inserting the pack's template: a Heading 2 for each section with the child's name in place of
 * [Child's Name], and an empty paragraph under it for the worker, both inside a rich-text content
 * control tagged with the pack and section (so the section is recognised whatever the worker does
 * to the heading). Sections with a colour (pen picture blue, safety plan red) get that colour on
 * the empty paragraph, so what the worker types there comes out in it. Never overwrites: an empty
 * document is filled; a document with some of the pack's sections gets each missing section in
 * its place among them (template order); otherwise the sections go after the cursor's paragraph,
 * or at the end. A section already there, by tag or by heading (in a table cell too, as the engine
 * recognises it), is not added again. This module decides all of that from a snapshot and the
 * cursor; src/word carries the plan out (two syncs: check the anchors still read as planned, insert).
 */

/**
 * "template-order": the document already had some of the pack's sections, and each missing one
 * went in its place among them.
 */
export type TemplatePlacement =
  "empty-document" | "after-cursor" | "end-of-document" | "template-order" | "nothing-inserted";

export interface TemplateSection {
  key: string;
  heading: string;
}

export interface TemplateInserted {
  ok: true;
  inserted: TemplateSection[];
  /** Sections already in the document, by tag or by heading. */
  skipped: TemplateSection[];
  placement: TemplatePlacement;
  /** Index of the first inserted heading in the document afterwards, or null. */
  firstHeadingParagraph: number | null;
  /** For the pane: what was done and where. */
  message: string;
}

/** The section's heading with the child's name; the placeholder stays when no name is known yet. */
export function headingWithName(section: SectionSpec, childName: string | null): string {
  // The engine's wording, so the heading inserted is the heading the pane shows: "Amy's Safety Plan".
  return childName ? fillChildName(section.heading, childName) : section.heading;
}

function isEmptyDocument(snapshot: DocumentSnapshot): boolean {
  return snapshot.paragraphs.every((p) => p.text.trim() === "" && !p.inTable && !p.contentControlTag);
}

function preview(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
}

/** "the 7 headings", "the heading "Safety Plan"", "2 headings": what the template added. */
function whatWasAdded(inserted: TemplateSection[], inPack: number): string {
  if (inserted.length === 1) return `the heading "${inserted[0]!.heading}"`;
  return inserted.length === inPack ? `the ${inserted.length} headings` : `${inserted.length} headings`;
}

function listOf(sections: TemplateSection[]): string {
  return sections.map((s) => `"${s.heading}"`).join(", ");
}

/** One section to insert: its heading, the tag and title of its content control, and its colours. */
export interface PlannedSection {
  key: string;
  heading: string;
  tag: string;
  /**
   * The colour for the empty paragraph under the heading, so the worker's typing comes out in it
   * (the pen picture blue, the safety plan red); "#000000" to stop a neighbour's colour spilling
   * in; null to leave it.
   */
  writingColour: string | null;
  /** "#000000" when the heading would otherwise take a neighbour's blue or red. */
  headingColour: string | null;
}

export interface PlannedSlot {
  anchor: Anchor;
  /** Inserted one after another, in the template's order. */
  sections: PlannedSection[];
}

/** What src/word carries out to insert the template, and what to tell the worker once it has. */
export interface TemplatePlan {
  ok: true;
  slots: PlannedSlot[];
  /** The anchors' paragraphs (and the paragraph count) as planned. */
  expects: Expectation;
  result: TemplateInserted;
}

export type TemplatePlanResult = TemplatePlan | { ok: false; reason: "invalid-input"; message: string };

/**
 * Plans the template for this document and cursor: which sections are missing, where each goes,
 * and the colours that stop a neighbour's colour spilling into the new headings.
 */
export function planTemplate(
  snapshot: DocumentSnapshot,
  pack: Pack,
  childName: string | null,
  cursorParagraph: number | null,
): TemplatePlanResult {
  const cleaned = cleanChildName(childName);
  if ("problem" in cleaned) return { ok: false, reason: "invalid-input", message: cleaned.problem };
  const name = cleaned.name;
  const structure = recogniseStructure(snapshot, pack, name);
  const present = new Set(structure.occurrences.map((o) => o.key));
  for (const p of snapshot.paragraphs) {
    for (const section of pack.sections)
      if (p.contentControlTag === sectionTag(pack.id, section.key)) present.add(section.key);
  }
  const toInsert = pack.sections.filter((s) => !present.has(s.key));
  const skipped = pack.sections
    .filter((s) => present.has(s.key))
    .map((s) => ({ key: s.key, heading: headingWithName(s, name) }));
  const inserted = toInsert.map((s) => ({ key: s.key, heading: headingWithName(s, name) }));

  if (toInsert.length === 0) {
    return {
      ok: true,
      slots: [],
      expects: expectParagraphs(snapshot, []),
      result: {
        ok: true,
        inserted,
        skipped,
        placement: "nothing-inserted",
        firstHeadingParagraph: null,
        message: "Every heading of the template is already in the document, so nothing was added.",
      },
    };
  }

  const plan = isEmptyDocument(snapshot)
    ? emptyDocumentPlan(toInsert)
    : structure.occurrences.length > 0
      ? templateOrderPlan(snapshot, structure, pack, toInsert, name)
      : cursorPlan(snapshot, structure, cursorParagraph, toInsert);

  // A new paragraph takes the formatting of the one it is inserted beside: after (or before)
  // blue or red text, set the new section's text back to black so the colour does not spill.
  const last = snapshot.paragraphs.length - 1;
  const anchored: number[] = [];
  const slots: PlannedSlot[] = plan.slots.map((slot) => {
    const beside =
      slot.anchor.kind === "body-start" ? 0 : slot.anchor.kind === "body-end" ? last : slot.anchor.paragraph;
    anchored.push(beside);
    let followsColour = (snapshot.paragraphs[beside]?.colour ?? null) !== null;
    return {
      anchor: slot.anchor,
      sections: slot.sections.map((section) => {
        const planned: PlannedSection = {
          key: section.key,
          heading: headingWithName(section, name),
          tag: sectionTag(pack.id, section.key),
          headingColour: followsColour ? "#000000" : null,
          writingColour: section.colour ? section.colour.hex.toUpperCase() : followsColour ? "#000000" : null,
        };
        followsColour = Boolean(section.colour);
        return planned;
      }),
    };
  });
  // An empty document stays empty until the template goes in: every paragraph is checked.
  const watched =
    plan.placement === "empty-document" ? snapshot.paragraphs.map((_, index) => index) : anchored;

  const skippedNote =
    skipped.length > 0 ? ` Already in the document, so not added again: ${listOf(skipped)}.` : "";
  return {
    ok: true,
    slots,
    expects: expectParagraphs(snapshot, watched),
    result: {
      ok: true,
      inserted,
      skipped,
      placement: plan.placement,
      firstHeadingParagraph: firstInsertedHeading(snapshot.paragraphs.length, plan.slots),
      message: `Added ${whatWasAdded(inserted, pack.sections.length)}${plan.where}.${skippedNote}`,
    },
  };
}

// ----- where the new sections go ------------------------------------------------------------------

/** Where a run of new sections goes: beside a paragraph (or its section's content control), or at an end of the body. */
export type Anchor =
  | { kind: "after" | "before"; paragraph: number; viaControl: boolean }
  | { kind: "body-start" }
  | { kind: "body-end" };

interface Slot {
  anchor: Anchor;
  /** Inserted one after another, in the template's order. */
  sections: SectionSpec[];
}

interface InsertionPlan {
  placement: TemplatePlacement;
  slots: Slot[];
  where: string;
}

/** Position of an anchor in the document, for ordering slots: before i is i - 0.5, after i is i + 0.5. */
function anchorPosition(anchor: Anchor, count: number): number {
  if (anchor.kind === "body-start") return -1;
  if (anchor.kind === "body-end") return count;
  return anchor.paragraph + (anchor.kind === "after" ? 0.5 : -0.5);
}

/** Index of the first new heading in the document afterwards. */
function firstInsertedHeading(count: number, slots: Slot[]): number | null {
  const first = slots[0];
  if (!first) return null;
  const position = anchorPosition(first.anchor, count);
  // Every original paragraph before the anchor stays before the first new heading.
  return position < 0 ? 0 : Math.min(count, Math.ceil(position));
}

function emptyDocumentPlan(sections: SectionSpec[]): InsertionPlan {
  return {
    placement: "empty-document",
    slots: [{ anchor: { kind: "body-start" }, sections }],
    where: "",
  };
}

function unsuitableReason(paragraph: SnapshotParagraph | undefined): string | null {
  if (!paragraph) return "the cursor was not in the document's text";
  if (paragraph.inTable) return "the cursor was in a table";
  if (paragraph.inList) return "the cursor was in a list";
  if (paragraph.contentControlTag) return "the cursor was inside another section";
  return null;
}

/** No section of the pack yet: the sections go after the cursor's paragraph (or section), or at the end. */
function cursorPlan(
  snapshot: DocumentSnapshot,
  structure: DocumentStructure,
  cursorParagraph: number | null,
  sections: SectionSpec[],
): InsertionPlan {
  // Never split a section: with the cursor in one, the new sections go after its last paragraph.
  const cursorSection =
    cursorParagraph === null
      ? undefined
      : structure.occurrences.find(
          (o) => o.headingParagraph === cursorParagraph || o.body.includes(cursorParagraph),
        );
  const anchor = cursorSection
    ? Math.max(cursorSection.headingParagraph, ...cursorSection.body)
    : cursorParagraph;
  const unsuitable = unsuitableReason(anchor === null ? undefined : snapshot.paragraphs[anchor]);
  if (anchor !== null && !unsuitable) {
    const anchorText = snapshot.paragraphs[anchor]!.text;
    return {
      placement: "after-cursor",
      slots: [{ anchor: { kind: "after", paragraph: anchor, viaControl: false }, sections }],
      where: cursorSection
        ? ` after the section the cursor was in ("${preview(cursorSection.headingText)}")`
        : anchorText.trim()
          ? ` after the paragraph where the cursor was ("${preview(anchorText)}")`
          : ` where the cursor was (paragraph ${anchor + 1})`,
    };
  }
  return {
    placement: "end-of-document",
    slots: [{ anchor: { kind: "body-end" }, sections }],
    where: ` at the end of the document, because ${unsuitable}`,
  };
}

/**
 * Some of the pack's sections are there: each missing section goes in its place in the template,
 * after the last paragraph of the section before it in the template, or, when none of those is in
 * the document, before the heading of the next one. New text only ever goes between sections, so
 * the worker's text is never split or reordered. A place inside a table, a list or someone else's
 * content control is not used; the section then goes before the next section, or at the end.
 */
function templateOrderPlan(
  snapshot: DocumentSnapshot,
  structure: DocumentStructure,
  pack: Pack,
  missing: SectionSpec[],
  childName: string | null,
): InsertionPlan {
  const paragraphs = snapshot.paragraphs;
  const order = new Map(pack.sections.map((s, i) => [s.key, i]));
  const occurrences = structure.occurrences.filter((o) => order.has(o.key));
  const lastOf = (o: SectionOccurrence) => Math.max(o.headingParagraph, ...o.body);
  const tagOf = (index: number) => paragraphs[index]?.contentControlTag ?? null;

  /** After paragraph i: outside tables and lists; after a section control only from its last paragraph. */
  const after = (index: number): Anchor | null => {
    const p = paragraphs[index]!;
    if (p.inTable || p.inList) return null;
    if (!p.contentControlTag) return { kind: "after", paragraph: index, viaControl: false };
    if (parseSectionTag(p.contentControlTag) && tagOf(index + 1) !== p.contentControlTag)
      return { kind: "after", paragraph: index, viaControl: true };
    return null;
  };
  const before = (index: number): Anchor | null => {
    const p = paragraphs[index]!;
    if (p.inTable || p.inList) return null;
    if (!p.contentControlTag) return { kind: "before", paragraph: index, viaControl: false };
    if (parseSectionTag(p.contentControlTag) && (index === 0 || tagOf(index - 1) !== p.contentControlTag))
      return { kind: "before", paragraph: index, viaControl: true };
    return null;
  };

  const slots = new Map<string, Slot & { description: string }>();
  for (const section of missing) {
    const position = order.get(section.key)!;
    const previous = occurrences
      .filter((o) => order.get(o.key)! < position)
      .sort((a, b) => order.get(b.key)! - order.get(a.key)! || lastOf(b) - lastOf(a))[0];
    const next = occurrences
      .filter((o) => order.get(o.key)! > position)
      .sort((a, b) => order.get(a.key)! - order.get(b.key)! || a.headingParagraph - b.headingParagraph)[0];
    let anchor: Anchor | null = previous ? after(lastOf(previous)) : null;
    let description = previous ? `after "${preview(previous.headingText)}"` : "";
    if (!anchor && next) {
      anchor = before(next.headingParagraph);
      description = `before "${preview(next.headingText)}"`;
    }
    if (!anchor) {
      anchor = { kind: "body-end" };
      description = "at the end of the document";
    }
    const key = JSON.stringify(anchor);
    const slot = slots.get(key) ?? { anchor, sections: [], description };
    slot.sections.push(section);
    slots.set(key, slot);
  }
  const ordered = [...slots.values()].sort(
    (a, b) => anchorPosition(a.anchor, paragraphs.length) - anchorPosition(b.anchor, paragraphs.length),
  );
  const parts = ordered.map(
    (slot) =>
      `${listOf(slot.sections.map((s) => ({ key: s.key, heading: headingWithName(s, childName) })))} ${slot.description}`,
  );
  return {
    placement: "template-order",
    slots: ordered,
    where: `, each where it belongs among the sections already there: ${parts.join("; ")}`,
  };
}
