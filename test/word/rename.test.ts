import { planHeadingRename } from "../../src/analysis/plans/rename";
import { recogniseStructure } from "../../src/analysis/sections";
import { renameInHeadings } from "../../src/word";
import { insertTemplate, pack, word } from "./helpers";

/** The name corrected after the template went in: "Elle" to "Ellie" in the headings, and only there. */
async function templateFor(name: string) {
  const fake = word([""]);
  await insertTemplate(fake.run, pack, name);
  return fake;
}

function planFor(fake: Awaited<ReturnType<typeof templateFor>>, from: string | null, to: string) {
  const snapshot = fake.model.toSnapshot();
  return planHeadingRename(snapshot, recogniseStructure(snapshot, pack, from).occurrences, from, to);
}

describe("renameInHeadings", () => {
  it("changes the name in every heading that has it, in three syncs, and leaves the worker's text alone", async () => {
    const fake = await templateFor("Elle");
    const safety = fake.model.texts().indexOf("Elle's Safety Plan");
    fake.model.typeText(safety + 1, "Elle said she feels safe with her nan.");
    const plan = planFor(fake, "Elle", "Ellie")!;
    const result = await renameInHeadings(fake.run, plan);
    expect(result).toMatchObject({
      ok: true,
      renamed: 3,
      message: "Changed \u201cElle\u201d to \u201cEllie\u201d in 3 headings.",
    });
    expect(fake.lastRunSyncs).toBe(3);
    const texts = fake.model.texts();
    expect(texts).toEqual(
      expect.arrayContaining([
        "What difference have we made for Ellie?",
        "Ellie's Safety Plan",
        "Ellie's Family Contact Details and Professional Involvements",
        "Elle said she feels safe with her nan.",
      ]),
    );
  });

  it("replaces the name only as a word of its own", async () => {
    const fake = await templateFor("Amy");
    const heading = fake.model.texts().indexOf("Amy's Safety Plan");
    fake.model.typeText(heading, " (Amyra's too)", 3);
    const plan = planFor(fake, "Amy", "Aimee")!;
    await renameInHeadings(fake.run, plan);
    expect(fake.model.texts()[heading]).toBe("Aimee (Amyra's too)'s Safety Plan");
  });

  it("puts the name in place of [Child's Name] when the template went in without one", async () => {
    const fake = await templateFor("");
    const plan = planFor(fake, null, "Maya")!;
    await renameInHeadings(fake.run, plan);
    expect(fake.model.texts().filter((t) => t.includes("[Child's Name]"))).toEqual([]);
    expect(fake.model.texts()).toEqual(
      expect.arrayContaining(["What difference have we made for Maya?", "Maya's Safety Plan"]),
    );
  });

  it("changes nothing, and says so, when the document changed since it was read", async () => {
    const fake = await templateFor("Elle");
    const plan = planFor(fake, "Elle", "Ellie")!;
    fake.model.typeText(0, "Case summary ", 0);
    expect(await renameInHeadings(fake.run, plan)).toMatchObject({ ok: false, reason: "document-changed" });
    expect(fake.model.texts()).toContain("Elle's Safety Plan");
  });

  it("plans nothing when the name is the same", async () => {
    const fake = await templateFor("Elle");
    expect(planFor(fake, "Elle", "Elle")).toBeNull();
  });
});
