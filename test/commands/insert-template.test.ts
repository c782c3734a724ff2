import {
  COULD_NOT_ASK,
  COULD_NOT_INSERT,
  runInsertTemplateCommand,
  type AskForName,
  type NameAnswer,
} from "../../src/commands/insert-template";
import { createFakeWord, FakeOfficeError, HOST_PRESETS, type FakeWord } from "../../src/fake-word";
import { defaultPack, getPack } from "../../src/analysis/built-in-packs";
import { loadDocumentState, saveDocumentState, type WordHost, type WordRun } from "../../src/word";

function hostFor(fake: FakeWord): WordHost {
  return {
    run: fake.run,
    requirements: fake.requirements,
    document: fake.office.document,
    officeSettings: fake.office.document.settings,
  };
}

/**
 * Word.run over the fake, refusing every sync after the first `allowed` of each batch (a document
 * that became read-only, say): reads work, writes never reach the document.
 */
function refusingAfter(fake: FakeWord, allowed: number): WordRun {
  return (batch) =>
    fake.run(async (context) => {
      const sync = context.sync.bind(context);
      let syncs = 0;
      context.sync = (async (value?: unknown) => {
        syncs++;
        if (syncs > allowed)
          throw new FakeOfficeError("GeneralException", "The document is read-only: Maya's notes");
        return sync(value);
      }) as typeof context.sync;
      return batch(context);
    });
}

const answer = (childName: string, templateId = defaultPack.id): AskForName =>
  jest.fn(async () => ({ templateId, childName }) satisfies NameAnswer);

describe("the ribbon's Insert template", () => {
  test("with a name and template stored in the document, inserts that template with that name and asks nothing", async () => {
    const fake = createFakeWord();
    const host = hostFor(fake);
    await saveDocumentState(host.run, host, {
      childName: "Maya",
      packId: "mosaic-step",
      dismissedFindings: [],
    });
    const ask = answer("Someone else");

    const outcome = await runInsertTemplateCommand(host, ask);

    expect(outcome).toMatchObject({ kind: "inserted", childName: "Maya" });
    expect(ask).not.toHaveBeenCalled();
    const texts = fake.model.texts();
    for (const section of getPack("mosaic-step")!.sections) {
      expect(texts).toContain(section.heading.split("[Child's Name]").join("Maya"));
    }
    expect(texts.join("\n")).not.toContain("[Child's Name]");
  });

  test("with no name stored, asks for the template and name, inserts with them and stores them in the document", async () => {
    const fake = createFakeWord([""]);
    const host = hostFor(fake);
    const ask = answer("  Maya ", "mosaic-step");

    const outcome = await runInsertTemplateCommand(host, ask);

    expect(ask).toHaveBeenCalledWith({
      templateId: defaultPack.id,
      templates: expect.arrayContaining([{ id: "mosaic-step", name: getPack("mosaic-step")!.name }]),
    });
    expect(outcome).toMatchObject({ kind: "inserted", childName: "Maya" });
    const texts = fake.model.texts();
    for (const section of getPack("mosaic-step")!.sections) {
      expect(texts).toContain(section.heading.split("[Child's Name]").join("Maya"));
    }
    const { state } = await loadDocumentState(host.run, host);
    expect(state).toMatchObject({ childName: "Maya", packId: "mosaic-step" });
  });

  test("offers the template the document already has, and keeps its dismissed checks", async () => {
    const fake = createFakeWord([""]);
    const host = hostFor(fake);
    await saveDocumentState(host.run, host, {
      childName: null,
      packId: "lcs-12-week",
      dismissedFindings: ["x/1"],
    });
    const ask = answer("Sam", "lcs-12-week");

    await runInsertTemplateCommand(host, ask);

    expect(ask).toHaveBeenCalledWith(expect.objectContaining({ templateId: "lcs-12-week" }));
    const { state } = await loadDocumentState(host.run, host);
    expect(state).toEqual({ childName: "Sam", packId: "lcs-12-week", dismissedFindings: ["x/1"] });
  });

  test("when the worker cancels the dialog, inserts nothing and stores nothing", async () => {
    const fake = createFakeWord(["Notes so far."]);
    const host = hostFor(fake);
    const ask = jest.fn(async () => null);

    const outcome = await runInsertTemplateCommand(host, ask);

    expect(outcome).toEqual({ kind: "cancelled" });
    expect(ask).toHaveBeenCalledTimes(1);
    expect(fake.model.texts()).toEqual(["Notes so far."]);
    expect((await loadDocumentState(host.run, host)).foundIn).toBeNull();
  });

  test("when the dialog cannot be opened, says so and inserts nothing", async () => {
    const fake = createFakeWord(["Notes so far."]);
    const ask = jest.fn(async () => Promise.reject(new Error("12007")));

    const outcome = await runInsertTemplateCommand(hostFor(fake), ask);

    expect(outcome).toEqual({ kind: "failed", message: COULD_NOT_ASK });
    expect(fake.model.texts()).toEqual(["Notes so far."]);
  });

  test("an empty name in the dialog inserts with [Child's Name] and remembers the template only", async () => {
    const fake = createFakeWord([""]);
    const host = hostFor(fake);

    const outcome = await runInsertTemplateCommand(host, answer(""));

    expect(outcome).toMatchObject({ kind: "inserted", childName: null });
    expect(fake.model.texts()).toContain("[Child's Name] Safety Plan");
    expect((await loadDocumentState(host.run, host)).state).toMatchObject({
      childName: null,
      packId: defaultPack.id,
    });
  });

  test("a name Word's layer refuses is reported, and nothing is inserted", async () => {
    const fake = createFakeWord([""]);

    const outcome = await runInsertTemplateCommand(hostFor(fake), answer("x".repeat(200)));

    expect(outcome).toMatchObject({ kind: "failed", message: expect.stringMatching(/longer than/) });
    expect(fake.model.texts()).toEqual([""]);
  });

  test("with no name stored on a Word without dialogs, inserts the default template with [Child's Name]", async () => {
    const fake = createFakeWord([""], { requirementSets: HOST_PRESETS.office2021 });

    const outcome = await runInsertTemplateCommand(hostFor(fake), null);

    expect(outcome).toMatchObject({ kind: "inserted", childName: null });
    const texts = fake.model.texts();
    expect(texts).toContain("[Child's Name] Safety Plan");
    expect(texts).toContain("What difference have we made for [Child's Name]?");
  });

  test("when Word refuses to insert, says so in fixed words and the document is unchanged", async () => {
    const fake = createFakeWord(["Maya's notes so far."]);
    // Reads succeed (the state, the document), the insert's write sync is refused.
    const host: WordHost = { ...hostFor(fake), run: refusingAfter(fake, 1) };

    const outcome = await runInsertTemplateCommand(host, answer("Maya"));

    expect(outcome).toEqual({ kind: "failed", message: COULD_NOT_INSERT });
    // The batch really ran against this document: it was read, and the write was refused.
    expect(fake.syncCount).toBeGreaterThan(1);
    expect(fake.model.texts()).toEqual(["Maya's notes so far."]);
    // Word's own message (which can quote the document) is not passed on.
    expect(JSON.stringify(outcome)).not.toContain("read-only");
  });

  test("when Word cannot even read the document, says so", async () => {
    const fake = createFakeWord(["Notes so far."]);
    const ask = answer("Maya");
    const host: WordHost = { ...hostFor(fake), run: refusingAfter(fake, 0) };

    const outcome = await runInsertTemplateCommand(host, ask);

    expect(outcome.kind).toBe("failed");
    expect(ask).not.toHaveBeenCalled();
    expect(fake.model.texts()).toEqual(["Notes so far."]);
  });
});
