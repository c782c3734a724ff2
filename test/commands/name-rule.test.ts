import { runInsertTemplateCommand } from "../../src/commands/insert-template";
import { nameProblem } from "../../src/commands/name-dialog";
import { createFakeWord } from "../../src/fake-word";
import { defaultPack } from "../../src/analysis/built-in-packs";
import type { WordHost } from "../../src/word";

/**
 * One rule for the child's name: whatever the ribbon's dialog page accepts, the command accepts
 * after the dialog has closed, and whatever it refuses it refuses with the command's own words.
 */

const NAMES = [
  "Maya",
  "  Maya  ",
  "Anna   Marie",
  "O'Brien",
  "Zoë",
  "J. R.",
  "Maya2",
  "Maya\tO",
  "#Maya",
  "12345",
  "Maya [x]",
  "<Maya>",
  "Maya_Smith",
  "...",
  "x".repeat(81),
  "",
];

async function commandVerdict(childName: string): Promise<string | null> {
  const fake = createFakeWord([""]);
  const host: WordHost = {
    run: fake.run,
    requirements: fake.requirements,
    document: fake.office.document,
    officeSettings: fake.office.document.settings,
  };
  const outcome = await runInsertTemplateCommand(host, async () => ({
    templateId: defaultPack.id,
    childName,
  }));
  if (outcome.kind === "inserted") return null;
  if (outcome.kind === "failed") return outcome.message;
  throw new Error(`Unexpected outcome ${outcome.kind}`);
}

describe("the child's name: the dialog and the command give the same verdict", () => {
  test.each(NAMES.map((name) => [JSON.stringify(name), name]))("%s", async (_label, name) => {
    expect(nameProblem(name)).toEqual(await commandVerdict(name));
  });
});
