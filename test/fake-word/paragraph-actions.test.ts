import { createFakeWord, DocumentModel, nextStyleOf, paragraphText } from "../../src/fake-word";

/**
 * A person splitting and joining paragraphs and applying styles in Word: the document afterwards,
 * the events Word raises, and the comments that must never be lost.
 */

type Event = [type: string, ids: string[]];

function record(model: DocumentModel): { events: Event[]; controls: number[][]; selections: () => number } {
  const events: Event[] = [];
  const controls: number[][] = [];
  let selections = 0;
  model.subscribe({
    paragraphs: (type, ids) => events.push([type, ids]),
    contentControlData: (ids) => controls.push(ids),
    selection: () => selections++,
  });
  return { events, controls, selections: () => selections };
}

/** Word raises its events after the change, asynchronously. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const styles = (model: DocumentModel) => model.paragraphs.map((p) => p.styleBuiltIn);

/** Each comment's paragraph and the text it is on, as a reader of the document would see it. */
const commented = (model: DocumentModel) =>
  model.comments.map((c) => ({
    paragraph: model.indexOf(c.anchor.start.paragraph),
    content: c.content,
    on: model.spanText(c.anchor),
  }));

describe("Enter at the end of a paragraph (insertParagraphAfter) follows Word's next style", () => {
  it.each([
    ["Heading1", "Normal"],
    ["Heading2", "Normal"],
    ["Heading3", "Normal"],
    ["Title", "Normal"],
    ["Normal", "Normal"],
    ["Quote", "Quote"],
    ["ListParagraph", "ListParagraph"],
  ])("after %s comes %s", (style, next) => {
    expect(nextStyleOf(style)).toBe(next);
    const model = new DocumentModel([{ text: "Text", styleBuiltIn: style }, "After"]);
    expect(model.insertParagraphAfter(0, "New")).toBe(1);
    expect(styles(model)).toEqual([style, next, "Normal"]);
    expect(model.texts()).toEqual(["Text", "New", "After"]);
  });

  it("continues a list, but follows a numbered heading with plain text", () => {
    const model = new DocumentModel([
      { text: "1. Background", styleBuiltIn: "Heading1", list: 7 },
      { text: "First item", list: 3 },
    ]);
    model.insertParagraphAfter(1, "Second item");
    model.insertParagraphAfter(0, "Body text");
    expect(model.paragraphs.map((p) => [p.styleBuiltIn, p.list?.id ?? null])).toEqual([
      ["Heading1", 7],
      ["Normal", null],
      ["ListParagraph", 3],
      ["ListParagraph", 3],
    ]);
  });

  it("stays in the heading's content control and raises ParagraphAdded for the new paragraph", async () => {
    const model = new DocumentModel([
      { text: "Pen Picture", styleBuiltIn: "Heading2", contentControlTag: "t" },
    ]);
    const { events } = record(model);
    model.insertParagraphAfter(0);
    await settle();
    expect(model.toSnapshot().paragraphs.map((p) => [p.styleBuiltIn, p.contentControlTag])).toEqual([
      ["Heading2", "t"],
      ["Normal", "t"],
    ]);
    expect(events).toEqual([["ParagraphAdded", [model.paragraphs[1]!.id]]]);
    expect(model.selectionPosition()).toEqual({ paragraph: 1, start: 0, endParagraph: 1, end: 0 });
  });
});

describe("Enter inside a paragraph (splitParagraph) keeps its style for both halves", () => {
  it("splits in the middle: formatting, style, comments and events", async () => {
    const model = new DocumentModel([
      {
        styleBuiltIn: "Heading2",
        runs: [
          { text: "Pen ", colour: "#0000FF" },
          { text: "Picture", colour: "#FF0000", bold: true },
        ],
      },
    ]);
    model.addPersonComment(0, "On 'Pic'", "A", 4, 7);
    model.addPersonComment(0, "Across", "A", 2, 6);
    model.addPersonComment(0, "On 'Pen'", "A", 0, 3);
    const original = model.paragraphs[0]!.id;
    const { events } = record(model);

    expect(model.splitParagraph(0, 4)).toBe(1);
    await settle();

    expect(model.texts()).toEqual(["Pen ", "Picture"]);
    expect(styles(model)).toEqual(["Heading2", "Heading2"]);
    expect(model.runs()).toEqual([
      [{ text: "Pen ", colour: "#0000FF", bold: false }],
      [{ text: "Picture", colour: "#FF0000", bold: true }],
    ]);
    expect(model.paragraphs[0]!.id).toBe(original);
    expect(commented(model)).toEqual([
      { paragraph: 1, content: "On 'Pic'", on: "Pic" },
      { paragraph: 0, content: "Across", on: "n \rPi" },
      { paragraph: 0, content: "On 'Pen'", on: "Pen" },
    ]);
    expect(events).toEqual([
      ["ParagraphChanged", [original]],
      ["ParagraphAdded", [model.paragraphs[1]!.id]],
    ]);
    expect(model.selectionPosition()).toEqual({ paragraph: 1, start: 0, endParagraph: 1, end: 0 });
  });

  it("splits at the start: an empty paragraph in the same style goes before, the paragraph is untouched", async () => {
    const model = new DocumentModel(["Intro", { text: "Background", styleBuiltIn: "Heading2" }]);
    model.addPersonComment(1, "Keep me");
    const heading = model.paragraphs[1]!;
    const { events } = record(model);
    expect(model.splitParagraph(1, 0)).toBe(2);
    await settle();
    expect(model.texts()).toEqual(["Intro", "", "Background"]);
    expect(styles(model)).toEqual(["Normal", "Heading2", "Heading2"]);
    expect(model.paragraphs[2]).toBe(heading);
    expect(commented(model)).toEqual([{ paragraph: 2, content: "Keep me", on: "Background" }]);
    expect(events).toEqual([["ParagraphAdded", [model.paragraphs[1]!.id]]]);
    expect(model.selectionPosition()).toMatchObject({ paragraph: 2, start: 0 });
  });

  it("splits at the end as insertParagraphAfter does (the next style)", () => {
    const model = new DocumentModel([{ text: "Background", styleBuiltIn: "Heading2" }]);
    model.splitParagraph(0, 10);
    expect(styles(model)).toEqual(["Heading2", "Normal"]);
    expect(model.texts()).toEqual(["Background", ""]);
  });

  it("refuses an offset outside the paragraph", () => {
    const model = new DocumentModel(["Four"]);
    expect(() => model.splitParagraph(0, 5)).toThrow(RangeError);
    expect(() => model.splitParagraph(1, 0)).toThrow(RangeError);
    expect(model.texts()).toEqual(["Four"]);
  });
});

describe("joining a paragraph with the next one (joinWithNext) as Word does", () => {
  it("keeps each run's formatting and the first paragraph's style; raises Changed and Deleted", async () => {
    const model = new DocumentModel([
      { text: "Maya is 9.", colour: "#0000FF" },
      { styleBuiltIn: "Heading2", runs: [{ text: " She likes football.", colour: "#FF0000", bold: true }] },
      "Next",
    ]);
    const [first, second] = model.paragraphs;
    const { events, selections } = record(model);

    expect(model.joinWithNext(0)).toBe(true);
    await settle();

    expect(model.texts()).toEqual(["Maya is 9. She likes football.", "Next"]);
    expect(model.paragraphs[0]).toBe(first);
    expect(styles(model)).toEqual(["Normal", "Normal"]);
    expect(model.runs()[0]).toEqual([
      { text: "Maya is 9.", colour: "#0000FF", bold: false },
      { text: " She likes football.", colour: "#FF0000", bold: true },
    ]);
    expect(model.toSnapshot().paragraphs[0]).toMatchObject({ colour: "mixed", bold: "mixed" });
    expect(events).toEqual([
      ["ParagraphChanged", [first!.id]],
      ["ParagraphDeleted", [second!.id]],
    ]);
    expect(selections()).toBe(1);
    expect(model.selectionPosition()).toEqual({ paragraph: 0, start: 10, endParagraph: 0, end: 10 });
  });

  it("moves comments anchored on the second paragraph onto the joined one, on the same words", () => {
    const model = new DocumentModel(["Maya is 9.", "She likes football.", "Last"]);
    model.addPersonComment(0, "On the first", "A. Manager");
    model.addPersonComment(1, "Which team?", "A. Manager", 10, 18);
    model.addPersonComment(1, "Whole second", "B. Manager");
    model.addPersonComment(2, "On the last", "A. Manager");
    model.joinWithNext(0);
    expect(commented(model)).toEqual([
      { paragraph: 0, content: "On the first", on: "Maya is 9." },
      { paragraph: 0, content: "Which team?", on: "football" },
      { paragraph: 0, content: "Whole second", on: "She likes football." },
      { paragraph: 1, content: "On the last", on: "Last" },
    ]);
    // Still there when the document is saved and opened again.
    const reopened = DocumentModel.open(model.save());
    expect(commented(reopened)).toEqual(commented(model));
  });

  it("removes an empty first paragraph, keeping the second as it is (its id, style and comments)", async () => {
    const model = new DocumentModel(["", { text: "Background", styleBuiltIn: "Heading2" }]);
    const [empty, heading] = model.paragraphs;
    model.addPersonComment(0, "On nothing");
    model.addPersonComment(1, "On the heading");
    const { events } = record(model);
    expect(model.joinWithNext(0)).toBe(true);
    await settle();
    expect(model.paragraphs).toEqual([heading]);
    expect(styles(model)).toEqual(["Heading2"]);
    expect(commented(model)).toEqual([
      { paragraph: 0, content: "On nothing", on: "" },
      { paragraph: 0, content: "On the heading", on: "Background" },
    ]);
    expect(events).toEqual([["ParagraphDeleted", [empty!.id]]]);
    expect(model.selectionPosition()).toMatchObject({ paragraph: 0, start: 0 });
  });

  it("removes an empty second paragraph without changing the first", async () => {
    const model = new DocumentModel([{ text: "Heading", styleBuiltIn: "Heading1" }, ""]);
    const [heading, empty] = model.paragraphs;
    const { events } = record(model);
    expect(model.joinWithNext(0)).toBe(true);
    await settle();
    expect(model.paragraphs).toEqual([heading]);
    expect(styles(model)).toEqual(["Heading1"]);
    expect(events).toEqual([["ParagraphDeleted", [empty!.id]]]);
    expect(model.selectionPosition()).toMatchObject({ paragraph: 0, start: 7 });
  });

  it("joins within one content control, raising its data-changed event", async () => {
    const model = new DocumentModel([
      { text: "One", contentControlTag: "t" },
      { text: " two", contentControlTag: "t" },
    ]);
    const control = model.controls()[0]!;
    const { controls } = record(model);
    expect(model.joinWithNext(0)).toBe(true);
    await settle();
    expect(model.texts()).toEqual(["One two"]);
    expect(model.paragraphsOf(control)).toEqual([model.paragraphs[0]]);
    expect(controls).toEqual([[control.id], [control.id]]);
  });

  it("refuses to move text across a content control's boundary, changing and raising nothing", async () => {
    const model = new DocumentModel([
      "Outside",
      { text: "Inside", contentControlTag: "a" },
      { text: "Other", contentControlTag: "b" },
    ]);
    model.select(2, 2);
    const before = JSON.stringify(model.save());
    const { events, selections } = record(model);
    expect(model.joinWithNext(0)).toBe(false);
    expect(model.joinWithNext(1)).toBe(false);
    await settle();
    expect(JSON.stringify(model.save())).toBe(before);
    expect(model.selectionPosition()).toMatchObject({ paragraph: 2, start: 2 });
    expect(events).toEqual([]);
    expect(selections()).toBe(0);
  });

  it("removes an empty paragraph beside a control when the control stays whole, never the control's last one", () => {
    const model = new DocumentModel([
      "",
      { text: "Inside", contentControlTag: "a" },
      "",
      "Text",
      { text: "", contentControlTag: "b" },
    ]);
    expect(model.joinWithNext(0)).toBe(true); // the empty paragraph before the control goes
    expect(model.joinWithNext(0)).toBe(true); // the empty paragraph after it goes
    expect(model.texts()).toEqual(["Inside", "Text", ""]);
    // Control b's only paragraph is empty: removing it would remove the control.
    expect(model.joinWithNext(1)).toBe(false);
    expect(model.toSnapshot().paragraphs.map((p) => p.contentControlTag)).toEqual(["a", null, "b"]);
  });

  it("refuses across table cells and after the last paragraph", () => {
    const model = new DocumentModel([
      { text: "A", cell: { table: 0, row: 0, column: 0 } },
      { text: "B", cell: { table: 0, row: 0, column: 1 } },
      "After the table",
    ]);
    expect(model.joinWithNext(0)).toBe(false);
    expect(model.joinWithNext(1)).toBe(false);
    expect(model.joinWithNext(2)).toBe(false);
    expect(model.texts()).toEqual(["A", "B", "After the table"]);
    expect(() => model.joinWithNext(3)).toThrow(RangeError);
  });

  it("raises the events the add-in's handlers receive through Word's API", async () => {
    const word = createFakeWord(["Maya is 9.", " She likes football."]);
    const seen: string[] = [];
    await word.runFake(async (context) => {
      context.document.onParagraphChanged.add(async (args) => void seen.push(`${args.type}`));
      context.document.onParagraphDeleted.add(async (args) => void seen.push(`${args.type}`));
      await context.sync();
    });
    word.model.joinWithNext(0);
    await settle();
    expect(seen.sort()).toEqual(["ParagraphChanged", "ParagraphDeleted"]);
    await word.runFake(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      await context.sync();
      expect(paragraphs.items.map((p) => p.text)).toEqual(["Maya is 9. She likes football."]);
    });
  });
});

describe("applying a style (setParagraphStyle)", () => {
  it("changes the style, keeps the text and its formatting, and raises ParagraphChanged", async () => {
    const model = new DocumentModel([{ text: "Background", colour: "#0000FF" }]);
    const runs = model.runs();
    const { events } = record(model);
    model.setParagraphStyle(0, "Heading2");
    await settle();
    expect(model.toSnapshot().paragraphs[0]).toMatchObject({ styleBuiltIn: "Heading2", outlineLevel: 2 });
    expect(model.runs()).toEqual(runs);
    expect(events).toEqual([["ParagraphChanged", [model.paragraphs[0]!.id]]]);
  });

  it("is read back through Word's API", async () => {
    const word = createFakeWord(["Background"]);
    word.model.setParagraphStyle(0, "Heading1");
    await word.runFake(async (context) => {
      const paragraph = context.document.body.paragraphs.getFirst().load("styleBuiltIn");
      await context.sync();
      expect(paragraph.styleBuiltIn).toBe("Heading1");
    });
  });

  it("makes a list item with List Paragraph, joining the list beside it, and leaves the list with another style", () => {
    const model = new DocumentModel([{ text: "One", list: 4 }, "Two", "", "Alone"]);
    model.setParagraphStyle(1, "ListParagraph");
    model.setParagraphStyle(3, "ListParagraph");
    expect(model.paragraphs.map((p) => p.list)).toEqual([
      { id: 4, level: 0 },
      { id: 4, level: 0 },
      null,
      { id: 5, level: 0 },
    ]);
    expect(model.toSnapshot().paragraphs.map((p) => p.inList)).toEqual([true, true, false, true]);
    model.setParagraphStyle(0, "Normal");
    expect(model.paragraphs[0]).toMatchObject({ styleBuiltIn: "Normal", list: null });
  });

  it("raises nothing when the paragraph already has the style, and refuses a style Word does not have", async () => {
    const model = new DocumentModel([{ text: "H", styleBuiltIn: "Heading1" }]);
    const { events } = record(model);
    model.setParagraphStyle(0, "Heading1");
    expect(() => model.setParagraphStyle(0, "Heading 1")).toThrow(/not a built-in paragraph style/);
    expect(() => model.setParagraphStyle(0, "Strong")).toThrow(RangeError);
    await settle();
    expect(events).toEqual([]);
    expect(paragraphText(model.paragraphs[0]!)).toBe("H");
  });
});
