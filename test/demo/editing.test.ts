import { contrastRatio, readableOn } from "../../src/demo/colour";
import { applyInput, splitParagraph } from "../../src/demo/editing";
import { createFakeWord } from "../../src/fake-word";

/** The demo's typing rules over the fake model (the DOM side is covered end to end in test/e2e). */

const at = (paragraph: number, offset: number) => ({
  start: { paragraph, offset },
  end: { paragraph, offset },
});

describe("typing in the demo goes through the model's user actions", () => {
  it("types, deletes backwards and forwards, and raises Word's events", async () => {
    const fake = createFakeWord(["Maya is 9."]);
    const events: string[] = [];
    fake.model.subscribe({
      paragraphs: (type) => events.push(type),
      contentControlData: () => undefined,
      selection: () => events.push("selection"),
    });
    applyInput(fake.model, "insertText", " She", at(0, 10));
    applyInput(fake.model, "deleteContentBackward", null, at(0, 14));
    applyInput(fake.model, "deleteContentForward", null, at(0, 0));
    expect(fake.model.texts()).toEqual(["aya is 9. Sh"]);
    await Promise.resolve();
    expect(events).toContain("ParagraphChanged");
    expect(events).toContain("selection");
  });

  it("splits a paragraph at the cursor with Enter, and joins it again with Backspace", () => {
    const fake = createFakeWord(["Maya is 9. She likes football."]);
    applyInput(fake.model, "insertParagraph", null, at(0, 10));
    expect(fake.model.texts()).toEqual(["Maya is 9.", " She likes football."]);
    applyInput(fake.model, "deleteContentBackward", null, at(1, 0));
    expect(fake.model.texts()).toEqual(["Maya is 9. She likes football."]);
  });

  it("follows a heading with body text, as Word's Heading styles do", () => {
    const fake = createFakeWord([{ text: "Pen Picture", styleBuiltIn: "Heading2" }]);
    splitParagraph(fake.model, { paragraph: 0, offset: 11 });
    expect(fake.model.paragraphs.map((p) => p.styleBuiltIn)).toEqual(["Heading2", "Normal"]);
  });

  it("never joins across a content control, nor loses a person's comment", () => {
    const fake = createFakeWord([
      { text: "Before", contentControlTag: "a" },
      { text: "After", contentControlTag: "b" },
      "Commented",
    ]);
    fake.model.addPersonComment(2, "Keep me");
    applyInput(fake.model, "deleteContentBackward", null, at(1, 0));
    applyInput(fake.model, "deleteContentBackward", null, at(2, 0));
    expect(fake.model.texts()).toEqual(["Before", "After", "Commented"]);
    expect(fake.model.commentList()).toHaveLength(1);
  });

  it("pastes several lines as several paragraphs", () => {
    const fake = createFakeWord([""]);
    applyInput(fake.model, "insertFromPaste", "One\nTwo\r\nThree", at(0, 0));
    expect(fake.model.texts()).toEqual(["One", "Two", "Three"]);
  });
});

describe("the document's colours are drawn legibly", () => {
  const rgb = (hex: string) =>
    [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

  it.each([
    ["#0000FF", "#FFFFFF"],
    ["#FF0000", "#FFFFFF"],
    ["#0000FF", "#292929"],
    ["#FF0000", "#292929"],
  ])("%s on %s reaches 4.5:1", (colour, page) => {
    const shown = readableOn(colour, page);
    expect(contrastRatio(rgb(shown), rgb(page))).toBeGreaterThanOrEqual(4.5);
  });

  it("keeps a colour that is already legible", () => {
    expect(readableOn("#0000FF", "#FFFFFF")).toBe("#0000FF");
  });
});
