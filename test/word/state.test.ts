import { FakeWord, HOST_PRESETS } from "../../src/fake-word";
import { loadDocumentState, saveDocumentState, STATE_SETTING_KEY } from "../../src/word";
import { word } from "./helpers";

const state = {
  childName: "Zoë O'Brien",
  packId: "bradford-2025",
  dismissedFindings: ["child-voice/pen-picture"],
};

describe("document state", () => {
  it("is stored in Word's document settings and restored when the document is reopened elsewhere", async () => {
    const fake = word(["Text"]);
    const host = { requirements: fake.office.requirements, officeSettings: fake.office.document.settings };
    expect(await saveDocumentState(fake.run, host, state)).toEqual({ ok: true, storedIn: "word-settings" });
    expect(fake.syncCount).toBe(1);

    const elsewhere = FakeWord.open(fake.model.save());
    const loaded = await loadDocumentState(elsewhere.run, { requirements: elsewhere.office.requirements });
    expect(loaded).toEqual({ state, foundIn: "word-settings" });
    expect(elsewhere.syncCount).toBe(1);
  });

  it("falls back to Office's settings on a WordApi 1.3 host, which a newer host then reads", async () => {
    const old = word(["Text"], { requirementSets: HOST_PRESETS.office2021 });
    const oldHost = { requirements: old.office.requirements, officeSettings: old.office.document.settings };
    expect(await saveDocumentState(old.run, oldHost, state)).toEqual({
      ok: true,
      storedIn: "office-settings",
    });
    expect(old.syncCount).toBe(0);

    const reopenedOld = FakeWord.open(old.model.save(), { requirementSets: HOST_PRESETS.office2021 });
    const fromOld = await loadDocumentState(reopenedOld.run, {
      requirements: reopenedOld.office.requirements,
      officeSettings: reopenedOld.office.document.settings,
    });
    expect(fromOld.state).toEqual(state);

    const modern = FakeWord.open(old.model.save());
    const fromModern = await loadDocumentState(modern.run, { requirements: modern.office.requirements });
    expect(fromModern.state).toEqual(state);
  });

  it("starts empty in a new document", async () => {
    const fake = word([""]);
    const loaded = await loadDocumentState(fake.run, { requirements: fake.office.requirements });
    expect(loaded).toEqual({
      state: { childName: null, packId: null, dismissedFindings: [] },
      foundIn: null,
    });
  });

  it("ignores damaged stored values instead of failing", async () => {
    const fake = word([""]);
    fake.model.settings.set(STATE_SETTING_KEY, {
      childName: 42,
      packId: "p",
      dismissedFindings: ["a", 3, "a"],
    });
    const loaded = await loadDocumentState(fake.run, { requirements: fake.office.requirements });
    expect(loaded.state).toEqual({ childName: null, packId: "p", dismissedFindings: ["a"] });
  });

  it("says clearly when there is nowhere to store it, without touching the text", async () => {
    const fake = word(["Text"], { requirementSets: HOST_PRESETS.office2021 });
    const result = await saveDocumentState(fake.run, { requirements: fake.office.requirements }, state);
    expect(result).toMatchObject({ ok: false, reason: "unsupported" });
    expect(result.ok ? "" : result.message).toMatch(/Your text is not affected/);
    expect(fake.model.texts()).toEqual(["Text"]);
  });
});
