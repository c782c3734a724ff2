import { HOST_PRESETS } from "../../src/fake-word";
import { insertTemplate, watchDocument, type DocumentUpdate } from "../../src/word";
import { pack, settle, word } from "./helpers";

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
    const fake = word(["A"], { requirementSets: HOST_PRESETS.office2019 });
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
});
