import { HOST_PRESETS, type EventDelivery } from "../../src/fake-word";
import { watchDocument, type DocumentUpdate } from "../../src/word";
import { eventually, pack, settle, word, insertTemplate } from "./helpers";

/**
 * Word's paragraph events go missing in real use (office-js #4874 fast edits, #3864 tracked
 * deletions on a Mac, #5400 large documents on a Mac "by design", #6770 formatting on the web).
 * The fake delivers them late, out of order, coalesced or not at all; the checks must still end
 * up reading the document as it is.
 */

const watchers: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(watchers.splice(0).map((w) => w.stop()));
});

async function watched(events: EventDelivery, options: { pollMs?: number } = {}) {
  const fake = word(["Amy is seven.", "Second"], { events });
  const updates: DocumentUpdate[] = [];
  const watching = await watchDocument(
    fake.run,
    { requirements: fake.office.requirements, document: fake.office.document },
    (u) => updates.push(u),
    { debounceMs: 10, pollMs: options.pollMs ?? 60_000, fullReadMs: 60_000 },
  );
  watchers.push(watching);
  return { fake, updates, watching, last: () => updates[updates.length - 1]!.snapshot.paragraphs[0]!.text };
}

describe("when Word's events go missing", () => {
  it("a light poll still picks up typing on a host with paragraph events", async () => {
    const { fake, watching, last } = await watched({ kind: "dropped" }, { pollMs: 40 });
    expect(watching.follow).toBe("paragraph-events");
    fake.model.typeText(0, " She swims.");
    await eventually(() => last() === "Amy is seven. She swims.");
    expect(last()).toBe("Amy is seven. She swims.");
    await watching.stop();
  });

  it("the poll reads the document only when its text changed: one light sync per look otherwise", async () => {
    const { fake, updates, watching } = await watched({ kind: "dropped" }, { pollMs: 30 });
    await settle(100);
    fake.resetSyncCount();
    // Several looks, however busy the machine.
    await eventually(() => fake.syncsPerRun.length >= 4);
    // Each look is one sync of the body's text; nothing changed, so nothing more is read or delivered.
    expect(updates).toHaveLength(1);
    expect(fake.syncsPerRun.length).toBeGreaterThanOrEqual(4);
    expect(fake.syncsPerRun.every((syncs) => syncs === 1)).toBe(true);
    await watching.stop();
  });

  it("copes with events that arrive late", async () => {
    const { fake, watching, last } = await watched({ kind: "late", delayMs: 80 });
    fake.model.typeText(0, " She swims.");
    await settle(30);
    expect(last()).toBe("Amy is seven.");
    await eventually(() => last() === "Amy is seven. She swims.");
    expect(last()).toBe("Amy is seven. She swims.");
    await watching.stop();
  });

  it.each<EventDelivery>([{ kind: "out-of-order" }, { kind: "coalesced" }])(
    "ends with the document as typed when events come %o",
    async (events) => {
      const { fake, watching, last } = await watched(events);
      for (const letter of " She swims.") fake.model.typeText(0, letter);
      await eventually(() => last() === "Amy is seven. She swims.");
      expect(last()).toBe("Amy is seven. She swims.");
      await watching.stop();
    },
  );

  it("sees a tracked deletion on a Mac, where Word raises no event for it", async () => {
    const { fake, watching, last } = await watched(
      { kind: "dropped", which: (kind) => kind === "ParagraphChanged" },
      { pollMs: 40 },
    );
    fake.model.setTrackChanges("TrackAll");
    fake.model.deleteCharacters(0, 3, 13);
    await eventually(() => last() === "Amy");
    expect(last()).toBe("Amy");
    await watching.stop();
  });
});

describe("a selection change reads only where the cursor is", () => {
  it("in one sync, handing over the snapshot already read, so nothing is checked again", async () => {
    const fake = word([""]);
    await insertTemplate(fake.run, pack, "Amy");
    const updates: DocumentUpdate[] = [];
    const watching = await watchDocument(
      fake.run,
      { requirements: fake.office.requirements, document: fake.office.document },
      (u) => updates.push(u),
      { debounceMs: 10, pollMs: 60_000 },
    );
    watchers.push(watching);
    fake.resetSyncCount();
    fake.model.select(5, 0);
    await eventually(() => updates.length >= 2);
    expect(updates.map((u) => [u.reason, u.cursorParagraph])).toEqual([
      ["start", 1],
      ["selection", 5],
    ]);
    expect(updates[1]!.snapshot).toBe(updates[0]!.snapshot);
    expect(fake.syncsPerRun).toEqual([1]);
    await watching.stop();
  });

  it("still reads the document when an edit and a cursor move come together", async () => {
    const fake = word(["Amy is seven.", "Second"], { requirementSets: HOST_PRESETS.office2021 });
    const updates: DocumentUpdate[] = [];
    const watching = await watchDocument(
      fake.run,
      { requirements: fake.office.requirements, document: fake.office.document },
      (u) => updates.push(u),
      { debounceMs: 10, pollMs: 30 },
    );
    watchers.push(watching);
    fake.model.typeText(1, " paragraph");
    await eventually(() => updates[updates.length - 1]!.snapshot.paragraphs[1]!.text === "Second paragraph");
    expect(updates[updates.length - 1]!.snapshot.paragraphs[1]!.text).toBe("Second paragraph");
    expect(updates[updates.length - 1]!.cursorParagraph).toBe(1);
    await watching.stop();
  });
});
