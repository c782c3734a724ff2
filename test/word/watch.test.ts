import { HOST_PRESETS } from "../../src/fake-word";
import { watchDocument, type DocumentUpdate } from "../../src/word";
import * as read from "../../src/word/read";
import { pack, settle, word, insertTemplate } from "./helpers";

describe("watchDocument", () => {
  it("with paragraph events, waits until typing stops, then delivers one fresh snapshot in one sync", async () => {
    const fake = word(["Amy is seven.", "Second"]);
    const updates: DocumentUpdate[] = [];
    const watching = await watchDocument(
      fake.run,
      { requirements: fake.office.requirements },
      (u) => updates.push(u),
      {
        debounceMs: 30,
        initialUpdate: false,
      },
    );
    expect(watching.follow).toBe("paragraph-events");
    fake.resetSyncCount();
    for (const letter of " She swims") {
      fake.model.typeText(0, letter);
      await settle(5);
    }
    expect(updates).toHaveLength(0);
    await settle(80);
    expect(updates).toHaveLength(1);
    expect(updates[0]!.snapshot.paragraphs[0]!.text).toBe("Amy is seven. She swims");
    expect(updates[0]!.cursorParagraph).toBe(0);
    expect(fake.syncCount).toBe(1);

    await watching.stop();
    fake.model.typeText(1, "!");
    await settle(80);
    expect(updates).toHaveLength(1);
  });

  it("reports the cursor moving to another section through DocumentSelectionChanged", async () => {
    const fake = word([""]);
    await insertTemplate(fake.run, pack, "Amy");
    const updates: DocumentUpdate[] = [];
    const watching = await watchDocument(
      fake.run,
      { requirements: fake.office.requirements, document: fake.office.document },
      (u) => updates.push(u),
      { debounceMs: 10 },
    );
    expect(updates.map((u) => u.reason)).toEqual(["start"]);
    fake.model.select(5, 0);
    await settle(40);
    expect(updates.map((u) => [u.reason, u.cursorParagraph])).toEqual([
      ["start", 1], // insertTemplate left the cursor under the first heading
      ["selection", 5],
    ]);
    await watching.stop();
    expect(fake.office.document.selectionHandlerCount).toBe(0);
  });

  it("on WordApi 1.5 follows typing inside the template's sections through content control events", async () => {
    const fake = word([""], { requirementSets: HOST_PRESETS.wordApi15 });
    await insertTemplate(fake.run, pack, "Amy");
    const updates: DocumentUpdate[] = [];
    const watching = await watchDocument(
      fake.run,
      { requirements: fake.office.requirements },
      (u) => updates.push(u),
      {
        debounceMs: 10,
        pollMs: 60_000,
        initialUpdate: false,
      },
    );
    expect(watching.follow).toBe("content-control-events");
    fake.model.typeText(1, "Amy is seven.");
    await settle(40);
    expect(updates).toHaveLength(1);
    expect(updates[0]!.snapshot.paragraphs[1]!.text).toBe("Amy is seven.");
    await watching.stop();
  });

  it("on WordApi 1.3 polls while the pane is visible, and not while hidden", async () => {
    const fake = word(["A"], { requirementSets: HOST_PRESETS.office2021 });
    let visible = true;
    const updates: DocumentUpdate[] = [];
    const watching = await watchDocument(
      fake.run,
      { requirements: fake.office.requirements, isVisible: () => visible },
      (u) => updates.push(u),
      { pollMs: 20, initialUpdate: false },
    );
    expect(watching.follow).toBe("selection-and-poll");
    fake.model.typeText(0, "bc");
    await settle(60);
    expect(updates.map((u) => u.snapshot.paragraphs[0]!.text)).toEqual(["Abc"]);
    visible = false;
    fake.resetSyncCount();
    fake.model.typeText(0, "d");
    await settle(60);
    expect(updates).toHaveLength(1);
    expect(fake.syncCount).toBe(0);
    await watching.stop();
  });

  it.each([
    ["through Word.run(result.context, …), as Office documents", true],
    ["in the run that added them, kept open until stop, when the host cannot run in a context", false],
  ])("removes its event handlers %s", async (_label, withRunInContext) => {
    const fake = word(["Amy is seven."]);
    const updates: DocumentUpdate[] = [];
    const errors: string[] = [];
    const watching = await watchDocument(
      fake.run,
      {
        requirements: fake.office.requirements,
        runInContext: withRunInContext ? fake.runInContext : undefined,
      },
      (u) => updates.push(u),
      { debounceMs: 5, initialUpdate: false, onError: (m) => errors.push(m) },
    );
    expect(fake.model.listenerCount).toBe(3);
    await watching.stop();
    expect(errors).toEqual([]);
    expect(fake.model.listenerCount).toBe(0);
    fake.model.typeText(0, " She swims.");
    await settle(30);
    expect(updates).toHaveLength(0);
    // Added in one sync, removed in one; never a sync through a context whose run had ended (the fake refuses those).
    expect(fake.syncsPerRun).toEqual(withRunInContext ? [1, 1] : [2]);
  });

  it("removes content control handlers the same way on WordApi 1.5", async () => {
    const fake = word([""], { requirementSets: HOST_PRESETS.wordApi15 });
    await insertTemplate(fake.run, pack, "Amy");
    const watching = await watchDocument(
      fake.run,
      { requirements: fake.office.requirements, runInContext: fake.runInContext },
      () => undefined,
      { pollMs: 60_000, initialUpdate: false },
    );
    expect(fake.model.listenerCount).toBe(pack.sections.length);
    await watching.stop();
    expect(fake.model.listenerCount).toBe(0);
  });

  it("polls with a light look for changes, reading the whole document only when it changed or now and then", async () => {
    const fake = word(
      Array.from({ length: 300 }, (_, i) => `Paragraph ${i}`),
      { requirementSets: HOST_PRESETS.office2021 },
    );
    const fullReads = jest.spyOn(read, "readSnapshotAndCursor");
    const updates: DocumentUpdate[] = [];
    const watching = await watchDocument(
      fake.run,
      { requirements: fake.office.requirements },
      (u) => updates.push(u),
      { pollMs: 10, fullReadMs: 60_000 },
    );
    await settle(40); // the first poll learns the text (and reads once); then nothing changes
    const readsWhenQuiet = fullReads.mock.calls.length;
    fake.resetSyncCount();
    await settle(80);
    expect(fullReads.mock.calls.length).toBe(readsWhenQuiet);
    expect(fake.syncCount).toBeGreaterThan(2);
    expect(fake.syncsPerRun.every((n) => n === 1)).toBe(true);

    fake.model.typeText(3, " changed");
    await settle(40);
    expect(fullReads.mock.calls.length).toBe(readsWhenQuiet + 1);
    expect(updates[updates.length - 1]!.snapshot.paragraphs[3]!.text).toBe("Paragraph 3 changed");
    await watching.stop();
    fullReads.mockRestore();
  });

  it("still notices a colour-only change, by a full read once fullReadMs has passed", async () => {
    const fake = word(["Amy is seven.", "Mum works."], { requirementSets: HOST_PRESETS.office2021 });
    const updates: DocumentUpdate[] = [];
    const watching = await watchDocument(
      fake.run,
      { requirements: fake.office.requirements },
      (u) => updates.push(u),
      { pollMs: 10, fullReadMs: 50 },
    );
    await settle(30);
    fake.model.colourParagraph(0, "#0000FF");
    await settle(120);
    expect(updates[updates.length - 1]!.snapshot.paragraphs[0]!.colour).toBe("#0000FF");
    await watching.stop();
  });
});
