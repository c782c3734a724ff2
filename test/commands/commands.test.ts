import { createInsertTemplateCommand } from "../../src/commands/commands";
import { parseReply, type DialogEventArg, type DialogLike, type OfficeLike } from "../../src/commands/dialog";
import { COULD_NOT_INSERT } from "../../src/commands/insert-template";
import { createFakeWord, FakeOfficeError, HOST_PRESETS, type FakeWord } from "../../src/fake-word";
import { defaultPack } from "../../src/guidance";
import { loadDocumentState, saveDocumentState, type WordHost } from "../../src/word";

/**
 * commands.ts, the ribbon's function command, with Office replaced by an Office-like object whose
 * dialogs answer as a person would (or fail as Office does), over the fake Word. No real Office.
 */

const BASE = "https://localhost:3000/commands.html";
const ORIGIN = "https://localhost:3000";
const EVENTS = { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" };

/** What the person does in a dialog: reply with a message, close it with the X, or Office refuses to open it. */
type Behaviour = { reply: object; origin?: string } | { closedWithX: true } | { openFails: number };

interface OpenedDialog {
  url: URL;
  closed: boolean;
}

function fakeOffice(
  behaviours: Behaviour[],
  dialogApi = true,
): { office: OfficeLike; opened: OpenedDialog[] } {
  const opened: OpenedDialog[] = [];
  const office: OfficeLike = {
    context: {
      requirements: { isSetSupported: (name) => dialogApi && name === "DialogApi" },
      ui: dialogApi
        ? {
            displayDialogAsync(address, _options, callback) {
              const behaviour = behaviours.shift() ?? { closedWithX: true };
              const record: OpenedDialog = { url: new URL(address), closed: false };
              opened.push(record);
              if ("openFails" in behaviour) {
                setTimeout(() =>
                  callback({
                    status: "failed",
                    value: undefined as unknown as DialogLike,
                    error: { code: behaviour.openFails, message: "Office refused." },
                  }),
                );
                return;
              }
              const handlers = new Map<string | number, (arg: DialogEventArg) => void>();
              const dialog: DialogLike = {
                addEventHandler: (type, handler) => handlers.set(type, handler),
                close: () => {
                  record.closed = true;
                },
              };
              setTimeout(() => {
                callback({ status: "succeeded", value: dialog });
                setTimeout(() => {
                  if ("reply" in behaviour) {
                    handlers.get(EVENTS.DialogMessageReceived)?.({
                      message: JSON.stringify(behaviour.reply),
                      origin: behaviour.origin ?? ORIGIN,
                    });
                  } else {
                    record.closed = true;
                    handlers.get(EVENTS.DialogEventReceived)?.({ error: 12006 });
                  }
                });
              });
            },
          }
        : undefined,
    },
    EventType: EVENTS,
  };
  return { office, opened };
}

function hostFor(fake: FakeWord): WordHost {
  return {
    run: fake.run,
    requirements: fake.requirements,
    document: fake.office.document,
    officeSettings: fake.office.document.settings,
  };
}

async function press(office: OfficeLike, host: WordHost) {
  const event = { completed: jest.fn() };
  const outcome = await createInsertTemplateCommand({ office, host: () => host, base: BASE })(event);
  return { outcome, completed: event.completed };
}

describe("the ribbon's Insert template button (commands.ts)", () => {
  test("with a name stored, inserts it and opens no dialog", async () => {
    const fake = createFakeWord([""]);
    const host = hostFor(fake);
    await saveDocumentState(host.run, host, { childName: "Maya", packId: null, dismissedFindings: [] });
    const { office, opened } = fakeOffice([]);

    const { outcome, completed } = await press(office, host);

    expect(outcome.kind).toBe("inserted");
    expect(opened).toEqual([]);
    expect(fake.model.texts()).toContain("Maya's Safety Plan");
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("with no name, asks in the dialog page, inserts with that name and stores it", async () => {
    const fake = createFakeWord([""]);
    const host = hostFor(fake);
    const { office, opened } = fakeOffice([
      { reply: { kind: "insert", templateId: defaultPack.id, childName: "Maya" } },
    ]);

    const { outcome, completed } = await press(office, host);

    expect(outcome).toMatchObject({ kind: "inserted", childName: "Maya" });
    expect(opened).toHaveLength(1);
    const url = opened[0]!.url;
    expect(url.origin + url.pathname).toBe(`${ORIGIN}/name-dialog.html`);
    expect(url.searchParams.get("template")).toBe(defaultPack.id);
    expect(JSON.parse(url.searchParams.get("templates")!)).toContainEqual({
      id: defaultPack.id,
      name: defaultPack.name,
    });
    expect(opened[0]!.closed).toBe(true);
    expect(fake.model.texts()).toContain("Maya's Safety Plan");
    expect((await loadDocumentState(host.run, host)).state.childName).toBe("Maya");
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("when the person presses Cancel, inserts nothing and shows nothing more", async () => {
    const fake = createFakeWord(["Notes."]);
    const { office, opened } = fakeOffice([{ reply: { kind: "cancel" } }]);

    const { outcome, completed } = await press(office, hostFor(fake));

    expect(outcome).toEqual({ kind: "cancelled" });
    expect(opened).toHaveLength(1);
    expect(fake.model.texts()).toEqual(["Notes."]);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("when the person closes the dialog with its X, inserts nothing", async () => {
    const fake = createFakeWord(["Notes."]);
    const { office, opened } = fakeOffice([{ closedWithX: true }]);

    const { outcome, completed } = await press(office, hostFor(fake));

    expect(outcome).toEqual({ kind: "cancelled" });
    expect(opened).toHaveLength(1);
    expect(fake.model.texts()).toEqual(["Notes."]);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("ignores a message from another origin", async () => {
    const fake = createFakeWord(["Notes."]);
    const { office } = fakeOffice([
      {
        reply: { kind: "insert", templateId: defaultPack.id, childName: "Eve" },
        origin: "https://evil.example",
      },
    ]);
    const event = { completed: jest.fn() };
    const pending = createInsertTemplateCommand({ office, host: () => hostFor(fake), base: BASE })(event);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.model.texts()).toEqual(["Notes."]);
    expect(event.completed).not.toHaveBeenCalled();
    void pending;
  });

  test("where Word has no Dialog API, inserts with [Child's Name] (the checks point it out)", async () => {
    const fake = createFakeWord([""], { requirementSets: HOST_PRESETS.office2019 });
    const { office, opened } = fakeOffice([], false);

    const { outcome, completed } = await press(office, hostFor(fake));

    expect(outcome).toMatchObject({ kind: "inserted", childName: null });
    expect(opened).toEqual([]);
    expect(fake.model.texts()).toContain("[Child's Name] Safety Plan");
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("when Word refuses, shows a message in the dialog page and leaves the document as it was", async () => {
    const fake = createFakeWord(["Notes."]);
    const host: WordHost = {
      ...hostFor(fake),
      run: (batch) =>
        fake.run(async (context) => {
          const sync = context.sync.bind(context);
          let syncs = 0;
          context.sync = (async (value?: unknown) => {
            if (++syncs > 1) throw new FakeOfficeError("GeneralException", "read-only");
            return sync(value);
          }) as typeof context.sync;
          return batch(context);
        }),
    };
    const { office, opened } = fakeOffice([
      { reply: { kind: "insert", templateId: defaultPack.id, childName: "Maya" } },
      { reply: { kind: "close" } },
    ]);

    const { outcome, completed } = await press(office, host);

    expect(outcome).toEqual({ kind: "failed", message: COULD_NOT_INSERT });
    expect(opened).toHaveLength(2);
    expect(opened[1]!.url.searchParams.get("message")).toBe(COULD_NOT_INSERT);
    expect(opened[1]!.closed).toBe(true);
    expect(fake.model.texts()).toEqual(["Notes."]);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("when Office cannot open the dialog, still completes (and tries to say so)", async () => {
    const fake = createFakeWord(["Notes."]);
    const { office, opened } = fakeOffice([{ openFails: 12007 }, { openFails: 12007 }]);

    const { outcome, completed } = await press(office, hostFor(fake));

    expect(outcome.kind).toBe("failed");
    expect(opened).toHaveLength(2);
    expect(fake.model.texts()).toEqual(["Notes."]);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("when the host itself cannot be reached, reports it and completes", async () => {
    const { office, opened } = fakeOffice([{ reply: { kind: "close" } }]);
    const event = { completed: jest.fn() };
    const outcome = await createInsertTemplateCommand({
      office,
      host: () => {
        throw new Error("Word is not defined");
      },
      base: BASE,
    })(event);

    expect(outcome).toEqual({ kind: "failed", message: COULD_NOT_INSERT });
    expect(opened[0]!.url.searchParams.get("message")).toBe(COULD_NOT_INSERT);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe("the dialog page's replies", () => {
  test.each([
    [
      '{"kind":"insert","templateId":"a","childName":"Maya"}',
      { kind: "insert", templateId: "a", childName: "Maya" },
    ],
    ['{"kind":"cancel"}', { kind: "cancel" }],
    ['{"kind":"close"}', { kind: "close" }],
    ['{"kind":"insert","templateId":1}', null],
    ["not json", null],
    ["null", null],
  ])("%s", (message, expected) => {
    expect(parseReply(message)).toEqual(expected);
  });
});
