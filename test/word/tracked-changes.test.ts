import { analyse } from "../../src/analysis/engine";
import { HOST_PRESETS, type FakeWord } from "../../src/fake-word";
import {
  applyFix,
  getCapabilities,
  readSnapshot,
  TRACKED_CHANGES_IN_THE_WAY,
  watchDocument,
} from "../../src/word";
import { pack, settle, word, writeReviewComments } from "./helpers";
import { sourceOf } from "../../src/analysis/guidance-sources";

/**
 * Track Changes: Word keeps deleted words in paragraph text until the change is accepted, so the
 * add-in must not check them; and a fix made with tracking on is the worker's tracked change.
 */

const summary = [
  { text: "Pen Picture of the child", styleBuiltIn: "Heading2" },
  "Amy is seven. She loves swimming and drawing horses.",
  { text: "Background information", styleBuiltIn: "Heading2" },
  "Amy lives with Mum and her brother Leo in Keighley.",
];

const SENTENCE = " She loves swimming and drawing horses.";

/** The worker turns Track Changes on and deletes the second sentence of the pen picture. */
function withTrackedDeletion(options: Parameters<typeof word>[1] = {}): FakeWord {
  const fake = word(summary, options);
  fake.model.setTrackChanges("TrackAll");
  const text = fake.model.texts()[1]!;
  fake.model.deleteCharacters(1, text.indexOf(SENTENCE), text.length);
  fake.resetSyncCount();
  return fake;
}

const reading = (fake: FakeWord) => ({
  trackedChanges: getCapabilities(fake.office.requirements).trackedChanges,
});

describe("tracked deletions are not checked", () => {
  it("Word's own paragraph text still holds the deleted words, as office-js reports", () => {
    const fake = withTrackedDeletion();
    expect(fake.model.texts()[1]).toBe("Amy is seven. She loves swimming and drawing horses.");
  });

  it("reads the text as it is now, without the deleted sentence, in two syncs (Microsoft 365)", async () => {
    const fake = withTrackedDeletion();
    const snapshot = await readSnapshot(fake.run, reading(fake));
    expect(snapshot.paragraphs[1]).toMatchObject({
      text: "Amy is seven.",
      wordText: "Amy is seven. She loves swimming and drawing horses.",
    });
    // Only the paragraph holding the deletion is read again.
    expect(snapshot.paragraphs[3]!.wordText).toBeUndefined();
    expect(fake.syncCount).toBe(2);
  });

  it("costs one sync when nothing is tracked", async () => {
    const fake = word(summary);
    await readSnapshot(fake.run, reading(fake));
    expect(fake.syncCount).toBe(1);
  });

  it("finds the deletion on a Mac, where Word gives a deleted change's text as empty", async () => {
    const fake = withTrackedDeletion({ quirks: { deletedTextHidden: true } });
    const snapshot = await readSnapshot(fake.run, reading(fake));
    expect(snapshot.paragraphs.map((p) => p.text)).toEqual([
      "Pen Picture of the child",
      "Amy is seven.",
      "Background information",
      "Amy lives with Mum and her brother Leo in Keighley.",
    ]);
  });

  it("uses Track Changes being on where the host cannot list tracked changes (WordApi 1.4)", async () => {
    const fake = withTrackedDeletion({ requirementSets: HOST_PRESETS.wordApi14 });
    const snapshot = await readSnapshot(fake.run, reading(fake));
    expect(snapshot.paragraphs[1]!.text).toBe("Amy is seven.");
  });

  it("a placeholder the worker deleted with tracking on is no longer reported", async () => {
    const fake = word([
      { text: "Pen Picture of the child", styleBuiltIn: "Heading2" },
      "Amy is seven. She goes to [School] and loves swimming.",
    ]);
    fake.model.setTrackChanges("TrackAll");
    const text = fake.model.texts()[1]!;
    const at = text.indexOf(" She goes to [School] and");
    fake.model.deleteCharacters(1, at, at + " She goes to [School] and".length);
    const before = analyse(fake.model.toSnapshot(), { pack, childName: "Amy" });
    const raw = {
      paragraphs: fake.model.toSnapshot().paragraphs.map((p) => ({ ...p, text: p.wordText ?? p.text })),
    };
    const counted = analyse(raw, { pack, childName: "Amy" });
    // Checked as Word's raw text, the deleted placeholder would still be reported.
    expect(counted.findings.some((f) => f.rule === "placeholder-left")).toBe(true);
    const snapshot = await readSnapshot(fake.run, reading(fake));
    const findings = analyse(snapshot, { pack, childName: "Amy" }).findings;
    expect(findings.some((f) => f.rule === "placeholder-left")).toBe(false);
    expect(findings.map((f) => f.id)).toEqual(before.findings.map((f) => f.id));
  });

  it("the pane's watcher delivers the text without tracked deletions", async () => {
    const fake = withTrackedDeletion();
    const updates: string[] = [];
    const watching = await watchDocument(
      fake.run,
      { requirements: fake.office.requirements, runInContext: fake.runInContext },
      (update) => updates.push(update.snapshot.paragraphs[1]!.text),
      { debounceMs: 0 },
    );
    await watching.stop();
    expect(updates).toEqual(["Amy is seven."]);
  });
});

describe("fixes and comments with tracked changes", () => {
  it("a fix made with Track Changes on is the worker's tracked change, and tracking stays on", async () => {
    const fake = word(summary);
    fake.model.setTrackChanges("TrackAll");
    const basis = await readSnapshot(fake.run, reading(fake));
    const start = basis.paragraphs[3]!.text.indexOf("Mum");
    const result = await applyFix(
      fake.run,
      { kind: "replace-text", location: { paragraph: 3, start, end: start + 3 }, text: "her mother, Jo" },
      basis,
    );
    expect(result).toMatchObject({ ok: true });
    expect(fake.model.changeTrackingMode).toBe("TrackAll");
    expect(fake.model.trackedChanges().map(({ type, text, author }) => ({ type, text, author }))).toEqual([
      { type: "Deleted", text: "Mum", author: "Social Worker" },
      { type: "Added", text: "her mother, Jo", author: "Social Worker" },
    ]);
    const after = await readSnapshot(fake.run, reading(fake));
    expect(after.paragraphs[3]!.text).toBe("Amy lives with her mother, Jo and her brother Leo in Keighley.");
  });

  it("refuses to change the words of a paragraph holding a tracked deletion, saying why", async () => {
    const fake = withTrackedDeletion();
    const basis = await readSnapshot(fake.run, reading(fake));
    const before = fake.model.runs();
    const result = await applyFix(
      fake.run,
      { kind: "replace-text", location: { paragraph: 1, start: 0, end: 3 }, text: "Amelia" },
      basis,
    );
    expect(result).toEqual({ ok: false, reason: "document-changed", message: TRACKED_CHANGES_IN_THE_WAY });
    expect(fake.model.runs()).toEqual(before);
  });

  it("colours and comments still find a paragraph holding a tracked deletion unchanged", async () => {
    const fake = withTrackedDeletion();
    const basis = await readSnapshot(fake.run, reading(fake));
    const coloured = await applyFix(
      fake.run,
      { kind: "set-colour", colour: "#0000FF", paragraphs: [1] },
      basis,
    );
    expect(coloured).toMatchObject({ ok: true });
    const written = await writeReviewComments(
      fake.run,
      [
        {
          id: "r/pen-picture",
          rule: "r",
          severity: "error",
          section: "pen-picture",
          message: "Say what Amy enjoys.",
          guidance: "004 §3.1(i)",
          location: { paragraph: 1, start: 0, end: 3 },
          source: { ...sourceOf("004 §3.1(i)"), notes: [] },
        },
      ],
      { snapshot: basis, pack },
    );
    expect(written).toMatchObject({ ok: true, written: 1, skipped: [] });
  });
});

afterEach(() => settle());
