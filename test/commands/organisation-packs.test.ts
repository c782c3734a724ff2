import { createPackRegistry } from "../../src/analysis/pack-registry";
import type { DialogEventArg, DialogLike, OfficeLike } from "../../src/commands/dialog";
import { createInsertTemplateCommand, offeredPacks } from "../../src/commands/ribbon";
import { createFakeWord, type FakeWord } from "../../src/fake-word";
import { loadDocumentState, saveDocumentState, type WordHost } from "../../src/word";

/** The ribbon's Insert template with the pack registry: the built-in packs and the organisation's. */

const ORIGIN = "https://localhost:3000";
const BASE = `${ORIGIN}/commands.html`;
const EVENTS = { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" };

/** A team's layer over the Trust's template: one prompt, and the heading its team writes for goals. */
const northTeam = JSON.stringify({
  id: "north-team",
  extends: "bradford-2025",
  name: "Bradford 2025 – North team",
  sections: [
    {
      key: "goals",
      heading: "Goals and next steps for [Child's Name]",
      prompts: [{ text: "Has [Child's Name]'s family group conference been offered?", citation: "201 §2" }],
    },
  ],
});
const broken = JSON.stringify({ id: "east-team", extends: "bradford-2052" });

const registry = createPackRegistry([
  { file: "packs/north-team.json", text: northTeam },
  { file: "packs/east-team.json", text: broken },
]);

function hostFor(fake: FakeWord): WordHost {
  return {
    run: fake.run,
    requirements: fake.requirements,
    document: fake.office.document,
    officeSettings: fake.office.document.settings,
  };
}

/** Office whose one dialog answers with the given reply, and remembers the address it opened. */
function officeReplying(reply: object): { office: OfficeLike; opened: URL[] } {
  const opened: URL[] = [];
  const office: OfficeLike = {
    context: {
      requirements: { isSetSupported: (name) => name === "DialogApi" },
      ui: {
        displayDialogAsync(address, _options, callback) {
          opened.push(new URL(address));
          const handlers = new Map<string | number, (arg: DialogEventArg) => void>();
          const dialog: DialogLike = {
            addEventHandler: (type, handler) => handlers.set(type, handler),
            close: () => {},
          };
          setTimeout(() => {
            callback({ status: "succeeded", value: dialog });
            setTimeout(() =>
              handlers.get(EVENTS.DialogMessageReceived)?.({
                message: JSON.stringify(reply),
                origin: ORIGIN,
              }),
            );
          });
        },
      },
    },
    EventType: EVENTS,
  };
  return { office, opened };
}

describe("the ribbon's Insert template with the organisation's packs", () => {
  test("offers the team's pack in the dialog, inserts its headings and remembers it", async () => {
    const fake = createFakeWord([""]);
    const host = hostFor(fake);
    const { office, opened } = officeReplying({
      kind: "insert",
      templateId: "north-team",
      childName: "Maya",
    });
    const packs = jest.fn(async () => registry.packs);
    const outcome = await createInsertTemplateCommand({ office, host: () => host, base: BASE, packs })({
      completed: jest.fn(),
    });

    expect(outcome).toMatchObject({ kind: "inserted", childName: "Maya" });
    const offered = JSON.parse(opened[0]!.searchParams.get("templates")!) as { id: string; name: string }[];
    expect(offered.map((t) => t.name)).toContain("Bradford 2025 – North team");
    // The broken pack is not offered; the built-in ones are.
    expect(offered.map((t) => t.id)).toEqual([
      "bradford-2025",
      "bradford-lcs",
      "lcs-12-week",
      "mosaic-step",
      "north-team",
    ]);
    expect(fake.model.texts()).toContain("Goals and next steps for Maya");
    expect(fake.model.texts()).toContain("Maya's Safety Plan");
    expect((await loadDocumentState(host.run, host)).state.packId).toBe("north-team");
  });

  test("with the team's pack remembered, inserts it with no dialog", async () => {
    const fake = createFakeWord([""]);
    const host = hostFor(fake);
    await saveDocumentState(host.run, host, {
      childName: "Sam",
      packId: "north-team",
      dismissedFindings: [],
    });
    const { office, opened } = officeReplying({ kind: "cancel" });
    await createInsertTemplateCommand({
      office,
      host: () => host,
      base: BASE,
      packs: async () => registry.packs,
    })({
      completed: jest.fn(),
    });
    expect(opened).toEqual([]);
    expect(fake.model.texts()).toContain("Goals and next steps for Sam");
  });

  test("the broken pack's problem names its field", () => {
    expect(registry.problems).toEqual([
      {
        file: "packs/east-team.json",
        errors: [
          expect.stringContaining(
            'extends: "bradford-2052" is not a pack this version knows (did you mean "bradford-2025"?)',
          ),
        ],
      },
    ]);
  });

  test("tells the worker which organisation pack cannot be used and why, after inserting, once", async () => {
    const fake = createFakeWord([""]);
    const host = hostFor(fake);
    const { office, opened } = officeReplying({
      kind: "insert",
      templateId: "bradford-2025",
      childName: "Maya",
    });
    const command = createInsertTemplateCommand({
      office,
      host: () => host,
      base: BASE,
      packs: async () => ({ packs: registry.packs, problems: registry.problems }),
    });
    const outcome = await command({ completed: jest.fn() });

    // The built-in template went in; the team's good pack was offered beside it.
    expect(outcome).toMatchObject({ kind: "inserted", childName: "Maya" });
    expect(fake.model.texts()).toContain("Maya's Safety Plan");
    const offered = JSON.parse(opened[0]!.searchParams.get("templates")!) as { id: string }[];
    expect(offered.map((t) => t.id)).toContain("north-team");
    // Then a message naming the file and the field.
    expect(opened).toHaveLength(2);
    const message = opened[1]!.searchParams.get("message")!;
    expect(message).toContain(
      "Your organisation's template packs/east-team.json cannot be used, so it is not in the list; the built-in templates work as usual. Please tell whoever looks after the add-in: ",
    );
    expect(message).toContain('extends: "bradford-2052" is not a pack this version knows');

    // Pressed again (the name is now stored, so no dialog asks): the headings go in, nothing repeated.
    await command({ completed: jest.fn() });
    expect(opened).toHaveLength(2);
  });

  test("adds the pack's problem to a failure's message", async () => {
    const { office, opened } = officeReplying({ kind: "close" });
    const failing: WordHost = {
      ...hostFor(createFakeWord([""])),
      run: () => Promise.reject(new Error("Word is busy")),
    };
    const outcome = await createInsertTemplateCommand({
      office,
      host: () => failing,
      base: BASE,
      packs: async () => ({ packs: registry.packs, problems: registry.problems }),
    })({ completed: jest.fn() });
    expect(outcome.kind).toBe("failed");
    const message = opened.at(-1)!.searchParams.get("message")!;
    expect(message.startsWith(outcome.kind === "failed" ? outcome.message : "")).toBe(true);
    expect(message).toContain("packs/east-team.json cannot be used");
  });

  test("reads the packs folder for the ribbon: the good packs offered, a broken one and an unreadable one named", async () => {
    const files: Record<string, string> = {
      "packs/index.json": JSON.stringify({ packs: ["north-team.json", "east-team.json", "gone.json"] }),
      "packs/north-team.json": northTeam,
      "packs/east-team.json": JSON.stringify({ id: "east-team", extends: "bradford-2025", promts: [] }),
    };
    const fetchText = async (url: string) => ({
      ok: url in files,
      status: url in files ? 200 : 404,
      text: async () => files[url] ?? "",
    });
    const offered = await offeredPacks(fetchText);
    expect(offered.packs.map((p) => p.id)).toEqual([
      "bradford-2025",
      "bradford-lcs",
      "lcs-12-week",
      "mosaic-step",
      "north-team",
    ]);
    expect(offered.problems).toEqual([
      { file: "packs/gone.json", errors: ["could not be read from the add-in's packs folder (HTTP 404)"] },
      {
        file: "packs/east-team.json",
        errors: [
          expect.stringMatching(/^promts: is not a field this version knows; did you mean "prompts"\?/),
        ],
      },
    ]);
  });
});
