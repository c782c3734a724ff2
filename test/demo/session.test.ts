import { applyFix, insertTemplate } from "../../src/word";
import { defaultPack } from "../../src/analysis/built-in-packs";
import { DEMO_USERS, DemoSession } from "../../src/demo/session";
import { planTemplate } from "../../src/analysis/plans";

/** The demo's Word: Ctrl+Z takes back changes as Word's does, and the person signed in can change. */
describe("the demo's simulated Word", () => {
  it("Ctrl+Z takes back the pane's Fix and the person's typing, newest first, and keeps the add-in's settings", async () => {
    const session = DemoSession.create(
      [{ text: "Pen Picture of the child", styleBuiltIn: "Heading2" }, { text: "Maya is 9." }],
      "microsoft365",
    );
    expect(session.canUndo).toBe(false);
    session.model.typeText(1, " She loves drawing.");
    session.changed();
    const fixed = await applyFix(
      session.host.run,
      { kind: "replace-text", location: { paragraph: 1, start: 8, end: 9 }, text: "nine" },
      session.model.toSnapshot(),
    );
    expect(fixed.ok).toBe(true);
    expect(session.model.texts()[1]).toBe("Maya is nine. She loves drawing.");
    session.model.settings.set("CaseSummaryCoach.state", { dismissed: ["x"] });

    expect(session.undo()).toBe(true);
    expect(session.model.texts()[1]).toBe("Maya is 9. She loves drawing.");
    expect(session.undo()).toBe(true);
    expect(session.model.texts()[1]).toBe("Maya is 9.");
    expect(session.undo()).toBe(false);
    // Word's undo takes back text, not the add-in's stored choices.
    expect(session.model.settings.get("CaseSummaryCoach.state")).toEqual({ dismissed: ["x"] });
  });

  it("Ctrl+Z takes back a whole template insert in one step", async () => {
    const session = DemoSession.create([{ text: "" }], "microsoft365");
    const snapshot = session.model.toSnapshot();
    const plan = planTemplate(snapshot, defaultPack, "Maya", 0);
    if (!("slots" in plan)) throw new Error("the template could not be planned");
    await insertTemplate(session.host.run, plan);
    expect(session.model.texts().length).toBeGreaterThan(10);
    session.undo();
    expect(session.model.texts()).toEqual([""]);
  });

  it("the person signed in can be the team manager, whose name the pane's comments then carry", () => {
    const session = DemoSession.create([{ text: "Maya is nine." }], "microsoft365");
    const manager = DEMO_USERS.find((u) => u.role === "team manager")!;
    const reopened = session.reopenAs(manager.name);
    expect(reopened.user).toBe(manager.name);
    expect(reopened.model.texts()).toEqual(["Maya is nine."]);
    expect(reopened.preset).toBe("microsoft365");
  });
});
