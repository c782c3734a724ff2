import { createInsertTemplateCommand } from "../../src/commands/ribbon";
import { parseReply, type DialogEventArg, type DialogLike, type OfficeLike } from "../../src/commands/dialog";
import { COULD_NOT_INSERT } from "../../src/commands/insert-template";
import { createFakeWord, FakeOfficeError, HOST_PRESETS, type FakeWord } from "../../src/fake-word";
import { defaultPack } from "../../src/analysis/built-in-packs";
import { loadDocumentState, saveDocumentState, type WordHost } from "../../src/word";

/**
 * commands.ts, the ribbon's function command, with Office replaced by an Office-like object whose
 * dialogs answer as a person would (or fail as Office does), over the fake Word. No real Office.
 */

const BASE = "https://localhost:3000/commands.html";
const ORIGIN = "https://localhost:3000";
const EVENTS = { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" };

/**
 * What the person does in a dialog: reply with a message, close it with the X, type (drafts) and
 * walk away, or Office refuses to open it.
 */
type Behaviour =
  | { reply: object; origin?: string }
  | { closedWithX: true }
  | { drafts: string[]; templateId?: string }
  | { openFails: number };

/**
 * Office's timing, as Microsoft describes it: Dialog.close() returns before the dialog has gone,
 * and until it has, displayDialogAsync answers 12007. Time here is the fake clock, moved on by the
 * command's injected wait (so the tests do not wait).
 */
interface FakeTiming {
  /** How long a dialog takes to go after close(); Infinity: it never goes. */
  closeTakesMs?: number;
}

interface OpenedDialog {
  url: URL;
  closed: boolean;
}

function fakeOffice(
  behaviours: Behaviour[],
  dialogApi = true,
  timing: FakeTiming = {},
): {
  office: OfficeLike;
  opened: OpenedDialog[];
  refused: number[];
  waits: number[];
  wait: (ms: number) => Promise<void>;
} {
  const opened: OpenedDialog[] = [];
  const refused: number[] = [];
  const waits: number[] = [];
  let now = 0;
  let goneAt = 0;
  let open: OpenedDialog | null = null;
  const wait = async (ms: number) => {
    waits.push(ms);
    now += ms;
  };
  const office: OfficeLike = {
    context: {
      requirements: { isSetSupported: (name) => dialogApi && name === "DialogApi" },
      ui: dialogApi
        ? {
            displayDialogAsync(address, _options, callback) {
              if ((open && !open.closed) || now < goneAt) {
                refused.push(12007);
                setTimeout(() =>
                  callback({
                    status: "failed",
                    value: undefined as unknown as DialogLike,
                    error: { code: 12007, message: "A dialog is already open from this host window." },
                  }),
                );
                return;
              }
              const behaviour = behaviours.shift() ?? { closedWithX: true };
              const record: OpenedDialog = { url: new URL(address), closed: false };
              if ("openFails" in behaviour) {
                refused.push(behaviour.openFails);
                setTimeout(() =>
                  callback({
                    status: "failed",
                    value: undefined as unknown as DialogLike,
                    error: { code: behaviour.openFails, message: "Office refused." },
                  }),
                );
                return;
              }
              opened.push(record);
              open = record;
              const handlers = new Map<string | number, (arg: DialogEventArg) => void>();
              const dialog: DialogLike = {
                addEventHandler: (type, handler) => handlers.set(type, handler),
                close: () => {
                  record.closed = true;
                  goneAt = now + (timing.closeTakesMs ?? 0);
                },
              };
              const message = (reply: object, origin = ORIGIN) =>
                handlers.get(EVENTS.DialogMessageReceived)?.({ message: JSON.stringify(reply), origin });
              setTimeout(() => {
                callback({ status: "succeeded", value: dialog });
                setTimeout(() => {
                  if ("drafts" in behaviour) {
                    const templateId = behaviour.templateId ?? defaultPack.id;
                    for (const childName of behaviour.drafts)
                      message({ kind: "draft", templateId, childName });
                  } else if ("reply" in behaviour) {
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
  return { office, opened, refused, waits, wait };
}

function hostFor(fake: FakeWord): WordHost {
  return {
    run: fake.run,
    requirements: fake.requirements,
    document: fake.office.document,
    officeSettings: fake.office.document.settings,
  };
}

async function press(office: OfficeLike, host: WordHost, wait?: (ms: number) => Promise<void>) {
  const event = { completed: jest.fn() };
  const outcome = await createInsertTemplateCommand({ office, host: () => host, base: BASE, wait })(event);
  return { outcome, completed: event.completed };
}

/** Word.run over the fake, refusing every sync after the first of each batch (a read-only document). */
function refusingWrites(fake: FakeWord): WordHost {
  return {
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
    const pending = createInsertTemplateCommand({
      office,
      host: () => hostFor(fake),
      base: BASE,
      timeLimitMs: 200,
    })(event);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.model.texts()).toEqual(["Notes."]);
    expect(event.completed).not.toHaveBeenCalled();
    // Word's time limit still ends it.
    await pending;
    expect(fake.model.texts()).toEqual(["Notes."]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("where Word has no Dialog API, inserts with [Child's Name] (the checks point it out)", async () => {
    const fake = createFakeWord([""], { requirementSets: HOST_PRESETS.office2021 });
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
    // 12009: the person chose Ignore in Word on the web; waiting does not change that.
    const { office, refused, waits, wait } = fakeOffice([{ openFails: 12009 }, { openFails: 12009 }]);

    const { outcome, completed } = await press(office, hostFor(fake), wait);

    expect(outcome.kind).toBe("failed");
    expect(refused).toEqual([12009, 12009]);
    expect(waits).toEqual([]);
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

describe("a dialog opened while the last one is still closing (Office's 12007)", () => {
  test("the name dialog closes, the insert fails, and the message is shown once the first has gone", async () => {
    const fake = createFakeWord(["Notes."]);
    const { office, opened, refused, waits, wait } = fakeOffice(
      [
        { reply: { kind: "insert", templateId: defaultPack.id, childName: "Maya" } },
        { reply: { kind: "close" } },
      ],
      true,
      { closeTakesMs: 250 },
    );

    const { outcome, completed } = await press(office, refusingWrites(fake), wait);

    expect(outcome).toEqual({ kind: "failed", message: COULD_NOT_INSERT });
    // Refused while the name dialog was going, then shown: the worker reads why nothing happened.
    expect(refused).toEqual([12007, 12007]);
    expect(waits).toEqual([100, 200]);
    expect(opened).toHaveLength(2);
    expect(opened[1]!.url.searchParams.get("message")).toBe(COULD_NOT_INSERT);
    expect(opened[1]!.closed).toBe(true);
    expect(fake.model.texts()).toEqual(["Notes."]);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("gives up after five tries when the dialog never goes, and still completes", async () => {
    const fake = createFakeWord(["Notes."]);
    const { office, opened, refused, waits, wait } = fakeOffice(
      [{ reply: { kind: "insert", templateId: defaultPack.id, childName: "Maya" } }],
      true,
      { closeTakesMs: Infinity },
    );

    const { outcome, completed } = await press(office, refusingWrites(fake), wait);

    expect(outcome).toEqual({ kind: "failed", message: COULD_NOT_INSERT });
    expect(opened).toHaveLength(1);
    expect(refused).toEqual([12007, 12007, 12007, 12007, 12007]);
    expect(waits).toEqual([100, 200, 400, 800]);
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

describe("Word's five-minute limit on a function command", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("a name dialog left open is closed in time, what was typed is said back and offered next time", async () => {
    const fake = createFakeWord(["Notes."]);
    const { office, opened } = fakeOffice([
      { drafts: ["M", "Ma", "Maya"] },
      { drafts: [] }, // the message: the worker is away
      { reply: { kind: "cancel" } },
    ]);
    const event = { completed: jest.fn() };
    const insertTemplate = createInsertTemplateCommand({ office, host: () => hostFor(fake), base: BASE });
    const pending = insertTemplate(event);

    await jest.advanceTimersByTimeAsync(4 * 60_000);
    expect(opened).toHaveLength(1);
    expect(opened[0]!.closed).toBe(false);
    expect(event.completed).not.toHaveBeenCalled();

    await jest.advanceTimersByTimeAsync(40_000);
    const outcome = await pending;

    // Before five minutes: the name dialog is closed and Word is told the command is done.
    expect(opened[0]!.closed).toBe(true);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(outcome.kind).toBe("left-open");
    // The worker is told why, and what they had typed; the message stays until they close it.
    expect(opened).toHaveLength(2);
    const said = opened[1]!.url.searchParams.get("message")!;
    expect(said).toMatch(/open for more than four minutes/);
    expect(said).toMatch(/Choose Insert template again/);
    expect(said).toContain('You had typed "Maya".');
    expect(opened[1]!.closed).toBe(false);
    expect(fake.model.texts()).toEqual(["Notes."]);

    // Pressing the button again (while this runtime lives, as in the shared runtime) closes that
    // message and fills the name in again.
    jest.useRealTimers();
    await insertTemplate({ completed: jest.fn() });
    expect(opened[1]!.closed).toBe(true);
    expect(opened[2]!.url.searchParams.get("name")).toBe("Maya");
  });

  test("a failure message left on screen stays, and the command still completes in time", async () => {
    const fake = createFakeWord(["Notes."]);
    const { office, opened } = fakeOffice([
      { reply: { kind: "insert", templateId: defaultPack.id, childName: "Maya" } },
      { drafts: [] }, // the message: never closed
    ]);
    const event = { completed: jest.fn() };
    const pending = createInsertTemplateCommand({ office, host: () => refusingWrites(fake), base: BASE })(
      event,
    );

    await jest.advanceTimersByTimeAsync(4 * 60_000);
    expect(opened[1]!.url.searchParams.get("message")).toBe(COULD_NOT_INSERT);
    expect(event.completed).not.toHaveBeenCalled();

    await jest.advanceTimersByTimeAsync(40_000);
    await pending;
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(opened[1]!.closed).toBe(false);
  });
});

describe("the dialog page's replies", () => {
  test.each([
    [
      '{"kind":"insert","templateId":"a","childName":"Maya"}',
      { kind: "insert", templateId: "a", childName: "Maya" },
    ],
    ['{"kind":"cancel"}', { kind: "cancel" }],
    [
      '{"kind":"draft","templateId":"a","childName":"Ma"}',
      { kind: "draft", templateId: "a", childName: "Ma" },
    ],
    ['{"kind":"close"}', { kind: "close" }],
    ['{"kind":"insert","templateId":1}', null],
    ["not json", null],
    ["null", null],
  ])("%s", (message, expected) => {
    expect(parseReply(message)).toEqual(expected);
  });
});
