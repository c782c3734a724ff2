import { runInsertTemplateCommand, type AskForName } from "../../src/commands/insert-template";
import { FakeWord, HOST_PRESETS, type RequirementSetVersions } from "../../src/fake-word";
import { defaultPack } from "../../src/analysis/built-in-packs";
import {
  applyStateChange,
  changeBetween,
  loadDocumentState,
  updateDocumentState,
  type DocumentState,
  type WordHost,
} from "../../src/word";
import { word } from "./helpers";

/**
 * The pane and the ribbon's function file are separate runtimes over one document: each has its
 * own Word.run (and sync counts) and its own copy of Office's settings, read when it started.
 */
function twoRuntimes(requirementSets: RequirementSetVersions) {
  const pane = word(["Text"], { requirementSets });
  const ribbon = new FakeWord(pane.model, { requirementSets });
  const hostOf = (fake: FakeWord): WordHost => ({
    run: fake.run,
    requirements: fake.requirements,
    document: fake.office.document,
    officeSettings: fake.office.document.settings,
  });
  const reopened = async (): Promise<DocumentState> => {
    const later = FakeWord.open(pane.model.save(), { requirementSets });
    return (await loadDocumentState(later.run, hostOf(later))).state;
  };
  return { pane, ribbon, paneHost: hostOf(pane), ribbonHost: hostOf(ribbon), reopened };
}

const PATHS = [
  {
    name: "Word's document settings (WordApi 1.4)",
    requirementSets: HOST_PRESETS.wordApi14,
    store: "word-settings",
  },
  {
    name: "Office's settings (WordApi 1.3 only)",
    requirementSets: { WordApi: "1.3" },
    store: "office-settings",
  },
] as const;

describe.each(PATHS)("the pane and the ribbon sharing one document, through $name", (path) => {
  test("a dismissal, the ribbon's name and a second dismissal all survive", async () => {
    const { pane, paneHost, ribbonHost, reopened } = twoRuntimes(path.requirementSets);

    const first = await updateDocumentState(pane.run, paneHost, { dismiss: ["child-voice/pen-picture"] });
    expect(first).toMatchObject({ ok: true, storedIn: path.store });

    // The ribbon started before the dismissal: its copy of Office's settings knows nothing of it.
    const named = await updateDocumentState(ribbonHost.run, ribbonHost, {
      childName: "Zoë",
      packId: defaultPack.id,
    });
    expect(named).toMatchObject({
      ok: true,
      state: { childName: "Zoë", dismissedFindings: ["child-voice/pen-picture"] },
    });

    // The pane still holds the state it had before the ribbon stored the name.
    const second = await updateDocumentState(pane.run, paneHost, { dismiss: ["date/missing"] });
    const expected: DocumentState = {
      childName: "Zoë",
      packId: defaultPack.id,
      dismissedFindings: ["child-voice/pen-picture", "date/missing"],
    };
    expect(second).toEqual({ ok: true, storedIn: path.store, state: expected });
    expect(await reopened()).toEqual(expected);
  });

  test("a check restored in the pane is not dismissed again by the ribbon's stale copy", async () => {
    const { pane, paneHost, ribbonHost, reopened } = twoRuntimes(path.requirementSets);
    await updateDocumentState(pane.run, paneHost, { dismiss: ["a", "b"] });
    // The ribbon reads the state (and so holds "a" dismissed) when it starts its command...
    expect((await loadDocumentState(ribbonHost.run, ribbonHost)).state.dismissedFindings).toEqual(["a", "b"]);

    await updateDocumentState(pane.run, paneHost, { restore: ["a"] });
    await updateDocumentState(ribbonHost.run, ribbonHost, { childName: "Zoë" });

    expect(await reopened()).toEqual({ childName: "Zoë", packId: null, dismissedFindings: ["b"] });
  });

  test("the ribbon's Insert template keeps what the pane dismissed while its dialog was open", async () => {
    const { pane, paneHost, ribbonHost, reopened } = twoRuntimes(path.requirementSets);
    const askForName: AskForName = async () => {
      // The worker leaves the dialog open and dismisses a check in the pane meanwhile.
      await updateDocumentState(pane.run, paneHost, { dismiss: ["child-voice/pen-picture"] });
      return { templateId: defaultPack.id, childName: "Maya" };
    };

    const outcome = await runInsertTemplateCommand(ribbonHost, askForName);

    expect(outcome).toMatchObject({ kind: "inserted", childName: "Maya" });
    expect(await reopened()).toEqual({
      childName: "Maya",
      packId: defaultPack.id,
      dismissedFindings: ["child-voice/pen-picture"],
    });
  });

  test("the pane, holding whole states, stores only what it changed", async () => {
    const { pane, paneHost, ribbonHost, reopened } = twoRuntimes(path.requirementSets);
    const paneHolds: DocumentState = { childName: null, packId: null, dismissedFindings: ["a"] };
    await updateDocumentState(
      pane.run,
      paneHost,
      changeBetween({ ...paneHolds, dismissedFindings: [] }, paneHolds),
    );
    await updateDocumentState(ribbonHost.run, ribbonHost, { childName: "Zoë", packId: defaultPack.id });

    const next = { ...paneHolds, dismissedFindings: [] };
    const result = await updateDocumentState(pane.run, paneHost, changeBetween(paneHolds, next));

    expect(result).toMatchObject({ ok: true, state: { childName: "Zoë", dismissedFindings: [] } });
    expect(await reopened()).toEqual({ childName: "Zoë", packId: defaultPack.id, dismissedFindings: [] });
  });
});

describe("the cost of a merged write", () => {
  test("Word's document settings: one run, two syncs (read what is stored, then write)", async () => {
    const { pane, paneHost } = twoRuntimes(HOST_PRESETS.microsoft365);
    pane.resetSyncCount();
    await updateDocumentState(pane.run, paneHost, { dismiss: ["a"] });
    expect(pane.syncsPerRun).toEqual([2]);
    expect(pane.lastRunSyncs).toBe(2);
  });

  test("Office's settings: no syncs; one refreshAsync, then one saveAsync", async () => {
    const { pane, paneHost } = twoRuntimes({ WordApi: "1.3" });
    pane.resetSyncCount();
    await updateDocumentState(pane.run, paneHost, { dismiss: ["a"] });
    expect(pane.syncCount).toBe(0);
    expect(pane.office.document.settings.refreshCount).toBe(1);
    expect(pane.office.document.settings.saveCount).toBe(1);
  });

  test("overlapping writes from one runtime do not lose each other's change", async () => {
    for (const path of PATHS) {
      const { pane, paneHost, reopened } = twoRuntimes(path.requirementSets);
      await Promise.all([
        updateDocumentState(pane.run, paneHost, { dismiss: ["a"] }),
        updateDocumentState(pane.run, paneHost, { dismiss: ["b"] }),
        updateDocumentState(pane.run, paneHost, { childName: "Zoë" }),
      ]);
      expect(await reopened()).toEqual({ childName: "Zoë", packId: null, dismissedFindings: ["a", "b"] });
    }
  });
});

describe("a stale copy of Office's settings (the fake behaves as Office does)", () => {
  test("is what saveAsync writes, until refreshAsync reads the document again", async () => {
    const { pane, ribbon } = twoRuntimes({ WordApi: "1.3" });
    const paneSettings = pane.office.document.settings;
    const ribbonSettings = ribbon.office.document.settings;

    ribbonSettings.set("k", "from the ribbon");
    ribbonSettings.saveAsync();
    expect(paneSettings.get("k")).toBeNull();

    await new Promise<void>((resolve) => paneSettings.refreshAsync(() => resolve()));
    expect(paneSettings.get("k")).toBe("from the ribbon");

    ribbonSettings.set("k", "again");
    ribbonSettings.saveAsync();
    paneSettings.set("other", 1);
    paneSettings.saveAsync();
    expect(pane.model.settings.get("k")).toBe("from the ribbon");
  });
});

describe("applying a change", () => {
  test("at the limit of stored dismissals, the oldest give way to the newest", () => {
    const full = {
      childName: null,
      packId: null,
      dismissedFindings: Array.from({ length: 2000 }, (_, i) => `f${i}`),
    };
    const next = applyStateChange(full, { dismiss: ["newest"] }).dismissedFindings;
    expect(next).toHaveLength(2000);
    expect(next[0]).toBe("f1");
    expect(next.at(-1)).toBe("newest");
  });

  test("a field the change leaves out stays as stored; null clears it", () => {
    const stored = { childName: "Zoë", packId: "p", dismissedFindings: ["a"] };
    expect(applyStateChange(stored, { packId: null })).toEqual({
      childName: "Zoë",
      packId: null,
      dismissedFindings: ["a"],
    });
  });
});
