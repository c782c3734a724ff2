import { contrastRatio, readableOn } from "../../src/demo/colour";
import {
  applyInput,
  applyStyleChoice,
  splitParagraph,
  STYLE_CHOICES,
  styleChoiceOf,
} from "../../src/demo/editing";
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

  it("keeps a heading's style for both halves when Enter splits it, and the text's own colours", () => {
    const fake = createFakeWord([
      {
        styleBuiltIn: "Heading2",
        runs: [
          { text: "Pen ", colour: "#0000FF" },
          { text: "Picture", colour: "#FF0000" },
        ],
      },
    ]);
    applyInput(fake.model, "insertParagraph", null, at(0, 4));
    expect(fake.model.texts()).toEqual(["Pen ", "Picture"]);
    expect(fake.model.paragraphs.map((p) => p.styleBuiltIn)).toEqual(["Heading2", "Heading2"]);
    expect(fake.model.runs()[1]).toEqual([{ text: "Picture", colour: "#FF0000", bold: false }]);
    expect(fake.model.selectionPosition()).toMatchObject({ paragraph: 1, start: 0 });
    // Enter at the start of the heading: an empty heading before it, the cursor stays on the words.
    applyInput(fake.model, "insertParagraph", null, at(1, 0));
    expect(fake.model.texts()).toEqual(["Pen ", "", "Picture"]);
    expect(fake.model.paragraphs.map((p) => p.styleBuiltIn)).toEqual(["Heading2", "Heading2", "Heading2"]);
    expect(fake.model.selectionPosition()).toMatchObject({ paragraph: 2, start: 0 });
  });

  it("joins with Backspace or Delete where a comment is on the second paragraph, keeping the comment", async () => {
    const fake = createFakeWord([{ text: "Maya is 9.", colour: "#0000FF" }, " She likes football.", "Last"]);
    fake.model.addPersonComment(1, "Which team?", "A. Manager", 11, 19);
    const events: string[] = [];
    fake.model.subscribe({
      paragraphs: (type) => events.push(type),
      contentControlData: () => undefined,
      selection: () => undefined,
    });
    applyInput(fake.model, "deleteContentBackward", null, at(1, 0));
    expect(fake.model.texts()).toEqual(["Maya is 9. She likes football.", "Last"]);
    expect(fake.model.runs()[0]).toEqual([
      { text: "Maya is 9.", colour: "#0000FF", bold: false },
      { text: " She likes football.", colour: null, bold: false },
    ]);
    const comment = fake.model.comments[0]!;
    expect(fake.model.indexOf(comment.anchor.start.paragraph)).toBe(0);
    expect(fake.model.spanText(comment.anchor)).toBe("football");
    expect(fake.model.selectionPosition()).toMatchObject({ paragraph: 0, start: 10 });
    // Delete at the end of a paragraph joins the next one onto it.
    applyInput(fake.model, "deleteContentForward", null, at(0, 30));
    expect(fake.model.texts()).toEqual(["Maya is 9. She likes football.Last"]);
    // The browser's target range for Backspace at a paragraph's start spans the paragraph mark.
    applyInput(fake.model, "insertParagraph", null, at(0, 10));
    applyInput(fake.model, "deleteContentBackward", null, {
      start: { paragraph: 0, offset: 10 },
      end: { paragraph: 1, offset: 0 },
    });
    expect(fake.model.texts()).toEqual(["Maya is 9. She likes football.Last"]);
    expect(fake.model.commentList()).toHaveLength(1);
    await Promise.resolve();
    expect(events).toContain("ParagraphDeleted");
  });

  it("never joins across a content control's boundary: Backspace moves to the end of the paragraph before", () => {
    const fake = createFakeWord([
      { text: "Before", contentControlTag: "a" },
      { text: "After", contentControlTag: "b" },
      "Outside",
    ]);
    applyInput(fake.model, "deleteContentBackward", null, at(1, 0));
    expect(fake.model.selectionPosition()).toMatchObject({ paragraph: 0, start: 6 });
    applyInput(fake.model, "deleteContentForward", null, at(1, 5));
    expect(fake.model.selectionPosition()).toMatchObject({ paragraph: 1, start: 5 });
    applyInput(fake.model, "deleteContentBackward", null, at(2, 0));
    expect(fake.model.texts()).toEqual(["Before", "After", "Outside"]);
    expect(fake.model.toSnapshot().paragraphs.map((p) => p.contentControlTag)).toEqual(["a", "b", null]);
  });

  it("removes an empty paragraph with Backspace, the heading after it keeping its style", () => {
    const fake = createFakeWord(["Text", "", { text: "Background", styleBuiltIn: "Heading2" }]);
    applyInput(fake.model, "deleteContentBackward", null, at(2, 0));
    expect(fake.model.texts()).toEqual(["Text", "Background"]);
    expect(fake.model.paragraphs.map((p) => p.styleBuiltIn)).toEqual(["Normal", "Heading2"]);
    expect(fake.model.selectionPosition()).toMatchObject({ paragraph: 1, start: 0 });
  });

  it("pastes several lines as several paragraphs", () => {
    const fake = createFakeWord([""]);
    applyInput(fake.model, "insertFromPaste", "One\nTwo\r\nThree", at(0, 0));
    expect(fake.model.texts()).toEqual(["One", "Two", "Three"]);
  });
});

describe("the demo's paragraph style choice", () => {
  it("offers Normal, Heading 1 to 3 and List, as Word's built-in styles", () => {
    expect(STYLE_CHOICES.map((choice) => choice.label)).toEqual([
      "Normal",
      "Heading 1",
      "Heading 2",
      "Heading 3",
      "List",
    ]);
  });

  it("applies a style through the model's user action, raising ParagraphChanged", async () => {
    const fake = createFakeWord(["Background", "Maya is 9."]);
    const events: string[] = [];
    fake.model.subscribe({
      paragraphs: (type) => events.push(type),
      contentControlData: () => undefined,
      selection: () => undefined,
    });
    expect(applyStyleChoice(fake.model, 0, "Heading2")).toBe(true);
    expect(applyStyleChoice(fake.model, 1, "ListParagraph")).toBe(true);
    expect(fake.model.toSnapshot().paragraphs).toMatchObject([
      { styleBuiltIn: "Heading2", outlineLevel: 2, inList: false },
      { styleBuiltIn: "ListParagraph", inList: true },
    ]);
    await Promise.resolve();
    expect(events).toEqual(["ParagraphChanged", "ParagraphChanged"]);
  });

  it("shows a list item as List whatever its style, and changes nothing when the choice is the same", () => {
    const fake = createFakeWord([
      { text: "Item", list: 1, styleBuiltIn: "Normal" },
      { text: "T", styleBuiltIn: "Title" },
    ]);
    expect(fake.model.paragraphs.map(styleChoiceOf)).toEqual(["ListParagraph", "Title"]);
    expect(applyStyleChoice(fake.model, 0, "ListParagraph")).toBe(false);
    expect(applyStyleChoice(fake.model, 0, "Normal")).toBe(true);
    expect(fake.model.paragraphs[0]).toMatchObject({ styleBuiltIn: "Normal", list: null });
    expect(applyStyleChoice(fake.model, 5, "Normal")).toBe(false);
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
