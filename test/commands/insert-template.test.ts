import { runInsertTemplateCommand } from "../../src/commands/insert-template";
import { createFakeWord, HOST_PRESETS, type FakeWord } from "../../src/fake-word";
import { getPack } from "../../src/guidance";
import { saveDocumentState, type WordHost } from "../../src/word";

function hostFor(fake: FakeWord): WordHost {
  return {
    run: fake.run,
    requirements: fake.requirements,
    document: fake.office.document,
    officeSettings: null,
  };
}

describe("the ribbon's Insert template", () => {
  test("with a name and template stored in the document, inserts that template with that name", async () => {
    const fake = createFakeWord();
    const host = hostFor(fake);
    await saveDocumentState(host.run, host, {
      childName: "Maya",
      packId: "mosaic-step",
      dismissedFindings: [],
    });
    const openPane = jest.fn(async () => undefined);

    const outcome = await runInsertTemplateCommand(host, openPane);

    expect(outcome.kind).toBe("inserted");
    expect(openPane).not.toHaveBeenCalled();
    const mosaic = getPack("mosaic-step")!;
    const texts = fake.model.texts();
    for (const section of mosaic.sections) {
      expect(texts).toContain(section.heading.split("[Child's Name]").join("Maya"));
    }
    expect(texts.join("\n")).not.toContain("[Child's Name]");
  });

  test("with no name stored and a pane that can be opened, opens the pane and inserts nothing", async () => {
    const fake = createFakeWord(["Notes so far."]);
    const openPane = jest.fn(async () => undefined);

    const outcome = await runInsertTemplateCommand(hostFor(fake), openPane);

    expect(outcome).toEqual({ kind: "opened-pane" });
    expect(openPane).toHaveBeenCalledTimes(1);
    expect(fake.model.texts()).toEqual(["Notes so far."]);
  });

  test("with no name stored on an older Word that cannot open the pane, inserts the default template with [Child's Name]", async () => {
    const fake = createFakeWord([""], { requirementSets: HOST_PRESETS.office2019 });

    const outcome = await runInsertTemplateCommand(hostFor(fake), null);

    expect(outcome.kind).toBe("inserted");
    const texts = fake.model.texts();
    expect(texts).toContain("[Child's Name] Safety Plan");
    expect(texts).toContain("What difference have we made for [Child's Name]?");
  });

  test("when Word refuses, says so rather than failing silently", async () => {
    const fake = createFakeWord();
    const host: WordHost = { ...hostFor(fake), requirements: { isSetSupported: () => false } };
    const failingHost: WordHost = {
      ...host,
      run: () => Promise.reject(new Error("The document is read-only.")),
    };

    const outcome = await runInsertTemplateCommand(failingHost, null);

    expect(outcome.kind).toBe("failed");
    expect(outcome.kind === "failed" && outcome.message).toMatch(/\S/);
    expect(fake.model.texts()).toEqual([""]);
  });
});
