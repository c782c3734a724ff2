import { applyFix, goTo, readSnapshot } from "../../src/word";
import { word } from "./helpers";

/** Smaller ways real Word differs from a lenient fake, each from Microsoft's reference or office-js issues. */
describe("Word's search", () => {
  // 120 carets in 360 characters: escaped for Word's search ("^^"), any long piece passes 255.
  const carets = "a^b".repeat(120);

  it("refuses a search string over 255 characters, as Word does", async () => {
    const fake = word([carets]);
    await expect(
      fake.run(async (context) => {
        const found = context.document.body.paragraphs.getFirst().search("a".repeat(256));
        found.load("items");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "SearchStringInvalidOrTooLong" });
  });

  it("treats ^ as the start of a special character: ^? is any character, ^^ a caret", async () => {
    const fake = word(["Score 7^2 out of 9"]);
    const count = (pattern: string) =>
      fake.run(async (context) => {
        const found = context.document.body.paragraphs.getFirst().search(pattern, { matchCase: true });
        found.load("items/text");
        await context.sync();
        return found.items.map((r) => r.text);
      });
    await expect(count("^#^^^#")).resolves.toEqual(["7^2"]);
    await expect(count("o^?t")).resolves.toEqual(["out"]);
  });

  it("replaces a long stretch full of carets, each counted twice once escaped", async () => {
    const fake = word([carets]);
    const basis = await readSnapshot(fake.run);
    const result = await applyFix(
      fake.run,
      { kind: "replace-text", location: { paragraph: 0, start: 3, end: 303 }, text: "X" },
      basis,
    );
    expect(result).toMatchObject({ ok: true });
    expect(fake.model.texts()).toEqual([`a^bX${carets.slice(303)}`]);
  });

  it("selects a long stretch full of carets with Go to", async () => {
    const fake = word([carets]);
    const result = await goTo(fake.run, { paragraph: 0, start: 0, end: 300 });
    expect(result).toMatchObject({ ok: true, selected: "text" });
    expect(fake.model.selectedText()).toBe(carets.slice(0, 300));
  });
});

describe("Word's colours", () => {
  it('reads a mixed colour given as "" (as well as null) as mixed, not automatic', async () => {
    const fake = word([{ runs: [{ text: "Amy is ", colour: "#0000FF" }, { text: "seven." }] }], {
      quirks: { mixedColourAsEmpty: true },
    });
    const snapshot = await readSnapshot(fake.run);
    expect(snapshot.paragraphs[0]!.colour).toBe("mixed");
  });
});
