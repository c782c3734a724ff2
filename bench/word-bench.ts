import { analyse, promptsFor } from "../src/analysis/engine";
import type { Finding } from "../src/analysis/types";
import { createFakeWord, type FakeWord, type ParagraphSpec } from "../src/fake-word";
import { defaultPack } from "../src/analysis/built-in-packs";
import {
  applySectionColours,
  goTo,
  loadDocumentState,
  readSnapshot,
  probeForChange,
  getCapabilities,
  readCursorParagraph,
  readSnapshotAndCursor,
  removeReviewComments,
  removePromptComments,
  updateDocumentState,
  writeComments,
} from "../src/word";
import { insertTemplateNow as insertTemplate } from "../src/commands/insert-template";
import {
  planSectionColours,
  planPromptComments,
  planPromptPlacements,
  planReviewComments,
} from "../src/analysis/plans";
import { sourceOf } from "../src/analysis/guidance-sources";

/**
 * The Word layer's budget is round trips: Word on the web pays a network round trip per
 * context.sync(). This reports syncs per operation (on the fake, which counts them exactly) and
 * the time for read + analysis at 50, 500 and 5,000 paragraphs. Target: 1 sync per check.
 */

/** A plausible case summary of about `size` paragraphs, in the default pack's sections. */
function caseSummary(size: number, coloured = true): ParagraphSpec[] {
  const paragraphs: ParagraphSpec[] = [{ text: "Case summary: Amy", styleBuiltIn: "Title" }];
  const sections = defaultPack.sections;
  const perSection = Math.max(1, Math.floor((size - 1) / sections.length) - 1);
  for (const section of sections) {
    paragraphs.push({ text: section.heading.replace("[Child's Name]", "Amy"), styleBuiltIn: "Heading2" });
    for (let i = 0; i < perSection && paragraphs.length < size; i++) {
      paragraphs.push({
        text: `Amy told her social worker on 3 March 2025 that she feels safe at home (${i}); mum agreed to keep the plan going.`,
        colour: coloured ? (section.colour?.hex ?? null) : null,
      });
    }
  }
  while (paragraphs.length < size) paragraphs.push({ text: "Further notes on Amy's progress." });
  return paragraphs.slice(0, size);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function syncsOf(fake: FakeWord, operation: () => Promise<unknown>): Promise<number> {
  const before = fake.syncCount;
  await operation();
  return fake.syncCount - before;
}

export async function benchWord(): Promise<string[]> {
  const lines: string[] = ["Word layer (fake Word): syncs per operation"];
  const pack = defaultPack;
  const fake = createFakeWord(caseSummary(500));
  const host = { requirements: fake.office.requirements, officeSettings: fake.office.document.settings };
  const snapshot = fake.model.toSnapshot();
  const findings: Finding[] = Array.from({ length: 50 }, (_, i) => ({
    id: `bench/${i}`,
    rule: "bench",
    severity: "info",
    section: null,
    message: `Finding ${i}.`,
    guidance: "004 §3.1(i)",
    source: { ...sourceOf("004 §3.1(i)"), notes: [] },
    location: { paragraph: 2 + i, start: 0, end: 3 },
  }));
  const empty = createFakeWord([""]);
  const uncoloured = createFakeWord(caseSummary(500, false));
  const inHeader = createFakeWord(caseSummary(500));
  inHeader.model.select(null); // the cursor in a header: still one sync
  const headerInsert = createFakeWord(["Some notes"]);
  headerInsert.model.select(null);
  // A partly written summary: every other section, each missing one goes in its template place.
  const partly = createFakeWord(
    caseSummary(200).filter((_, i, all) => {
      const headingsBefore = all.slice(0, i + 1).filter((p) => p.styleBuiltIn === "Heading2").length;
      return headingsBefore % 2 === 1 || i === 0;
    }),
  );
  // Track Changes on, a sentence deleted: the read leaves it out, re-reading that paragraph.
  const tracked = createFakeWord(caseSummary(500));
  tracked.model.setTrackChanges("TrackAll");
  tracked.model.deleteCharacters(3, 0, 20);
  const reading = { trackedChanges: getCapabilities(tracked.office.requirements).trackedChanges };
  const fromPane = createFakeWord(["Some notes", "More notes"]);
  const paneSnapshot = fromPane.model.toSnapshot();
  const colourPane = createFakeWord(caseSummary(500, false));
  const colourSnapshot = colourPane.model.toSnapshot();
  const operations: [string, FakeWord, () => Promise<unknown>][] = [
    ["readSnapshot (check)", fake, () => readSnapshot(fake.run)],
    ["readSnapshot (a tracked deletion)", tracked, () => readSnapshot(tracked.run, reading)],
    ["readCursorParagraph (selection changed)", fake, () => readCursorParagraph(fake.run)],
    ["readSnapshotAndCursor (follow the worker)", fake, () => readSnapshotAndCursor(fake.run)],
    ["readSnapshotAndCursor (cursor in a header)", inHeader, () => readSnapshotAndCursor(inHeader.run)],
    ["probeForChange (poll, nothing changed)", fake, () => probeForChange(fake.run)],
    [
      "insertTemplate (pane, from its last read)",
      fromPane,
      () => insertTemplate(fromPane.run, pack, "Amy", { snapshot: paneSnapshot, cursorParagraph: 1 }),
    ],
    ["insertTemplate (ribbon: read, then insert)", empty, () => insertTemplate(empty.run, pack, "Amy")],
    [
      "insertTemplate (cursor in a header)",
      headerInsert,
      () => insertTemplate(headerInsert.run, pack, "Amy"),
    ],
    [
      "insertTemplate (partly written, template order)",
      partly,
      () => insertTemplate(partly.run, pack, "Amy"),
    ],
    [
      "applySectionColours (pane, from its last read)",
      colourPane,
      () => applySectionColours(colourPane.run, planSectionColours(colourSnapshot, pack, "Amy")),
    ],
    [
      "applySectionColours (read, then colour)",
      uncoloured,
      async () =>
        applySectionColours(
          uncoloured.run,
          planSectionColours(await readSnapshot(uncoloured.run), pack, "Amy"),
        ),
    ],
    [
      "writeReviewComments (50 findings)",
      fake,
      () => writeComments(fake.run, planReviewComments(findings, { snapshot, pack })),
    ],
    [
      "writeReviewComments (again, 20 put right)",
      fake,
      () => writeComments(fake.run, planReviewComments(findings.slice(20), { snapshot, pack })),
    ],
    ["removeReviewComments", fake, () => removeReviewComments(fake.run)],
    [
      "placePromptComments (one per heading)",
      fake,
      () =>
        writeComments(
          fake.run,
          planPromptComments(
            planPromptPlacements(promptsFor(pack, "Amy"), { snapshot, pack, childName: "Amy" }),
          ),
        ),
    ],
    ["removePromptComments", fake, () => removePromptComments(fake.run)],
    ["goTo (characters in a paragraph)", fake, () => goTo(fake.run, { paragraph: 2, start: 4, end: 9 })],
    [
      "updateDocumentState (re-read, merge, write)",
      fake,
      () => updateDocumentState(fake.run, host, { dismiss: ["bench/1"] }),
    ],
    ["loadDocumentState", fake, () => loadDocumentState(fake.run, host)],
  ];
  for (const [name, target, operation] of operations) {
    lines.push(`  ${name.padEnd(48)} ${await syncsOf(target, operation)} sync(s)`);
  }

  let analysisWorks = true;
  try {
    analyse(snapshot, { pack, childName: "Amy" });
  } catch (error) {
    analysisWorks = false;
    lines.push(
      `  (analyse is not usable yet: ${error instanceof Error ? error.message : String(error)}; timing the read alone)`,
    );
  }
  lines.push(`Read${analysisWorks ? " + analyse" : ""} on the fake, median of repeated runs`);
  for (const size of [50, 500, 5000]) {
    const document = createFakeWord(caseSummary(size));
    const repeats = size >= 5000 ? 5 : 15;
    const times: number[] = [];
    let syncs = 0;
    for (let i = 0; i < repeats; i++) {
      const before = document.syncCount;
      const started = performance.now();
      const read = await readSnapshot(document.run);
      if (analysisWorks) analyse(read, { pack, childName: "Amy" });
      times.push(performance.now() - started);
      syncs = document.syncCount - before;
    }
    const probeTimes: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const started = performance.now();
      await probeForChange(document.run);
      probeTimes.push(performance.now() - started);
    }
    lines.push(
      `  ${String(size).padStart(5)} paragraphs: ${median(times).toFixed(1)} ms, ${syncs} sync(s) per check; ` +
        `poll's change probe ${median(probeTimes).toFixed(1)} ms, 1 sync`,
    );
  }
  return lines;
}
