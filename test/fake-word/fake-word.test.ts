import { createFakeWord, DocumentModel, FakeOfficeError, FakeWord, HOST_PRESETS } from "../../src/fake-word";

function officeCode(error: unknown): string | undefined {
  return error instanceof FakeOfficeError ? error.code : undefined;
}

describe("fake Word is strict like Office", () => {
  it("throws PropertyNotLoaded for a property read before load and sync", async () => {
    const word = createFakeWord(["First", "Second"]);
    await word.runFake(async (context) => {
      const paragraph = context.document.body.paragraphs.getFirst();
      paragraph.load("text");
      // The mistake the fake must catch, made on purpose:
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
      expect(() => paragraph.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(paragraph.text).toBe("First");
      // Loaded text does not make other properties readable.
      // eslint-disable-next-line office-addins/load-object-before-read
      expect(() => paragraph.styleBuiltIn).toThrow(/property 'styleBuiltIn' is not available/);
    });
  });

  it("throws PropertyNotLoaded for a collection's items until loaded and synced", async () => {
    const word = createFakeWord(["A"]);
    await word.runFake(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      paragraphs.load("items/text");
      expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(paragraphs.items.map((p) => p.text)).toEqual(["A"]);
    });
  });

  it("loads navigation properties through a collection in one sync", async () => {
    const word = createFakeWord([
      { text: "Heading", styleBuiltIn: "Heading2", contentControlTag: "case-summary:p:one" },
      {
        runs: [
          { text: "blue ", colour: "#0000ff" },
          { text: "red", colour: "#FF0000" },
        ],
      },
      { text: "bold", bold: true },
    ]);
    await word.runFake(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/font/color,items/font/bold,items/parentContentControlOrNullObject/tag");
      await context.sync();
      const [heading, mixed, bold] = paragraphs.items;
      expect(heading!.parentContentControlOrNullObject.isNullObject).toBe(false);
      expect(heading!.parentContentControlOrNullObject.tag).toBe("case-summary:p:one");
      expect(mixed!.parentContentControlOrNullObject.isNullObject).toBe(true);
      expect(mixed!.font.color).toBeNull(); // mixed colours, as Office reports them
      // A heading with no colour of its own is reported in its style's theme colour, not automatic.
      expect(heading!.font.color).toBe("#2F5496");
      expect(bold!.font.bold).toBe(true);
      expect(() => heading!.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(word.syncCount).toBe(1);
  });

  it("accepts load as a string list, an array and { select }", async () => {
    const word = createFakeWord([{ text: "T", styleBuiltIn: "Heading1" }]);
    await word.runFake(async (context) => {
      const a = context.document.body.paragraphs.getFirst().load("text, styleBuiltIn");
      const b = context.document.body.paragraphs.getFirst().load(["text", "styleBuiltIn"]);
      const c = context.document.body.paragraphs.getFirst().load({ select: "text,styleBuiltIn" });
      await context.sync();
      for (const p of [a, b, c]) expect([p.text, p.styleBuiltIn]).toEqual(["T", "Heading1"]);
    });
  });

  it("fails the sync for a property it does not know", async () => {
    const word = createFakeWord(["A"]);
    await expect(
      word.runFake(async (context) => {
        context.document.body.paragraphs.load("items/nonsense");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("queues writes until sync", async () => {
    const word = createFakeWord(["Worker text"]);
    await word.runFake(async (context) => {
      const paragraph = context.document.body.paragraphs.getFirst();
      paragraph.font.color = "#0000FF";
      paragraph.insertParagraph("Added", "After");
      expect(word.model.texts()).toEqual(["Worker text"]);
      expect(word.model.runs()[0]![0]!.colour).toBeNull();
      await context.sync();
      expect(word.model.texts()).toEqual(["Worker text", "Added"]);
      expect(word.model.runs()[0]![0]!.colour).toBe("#0000FF");
    });
  });

  it("counts syncs in total and per run", async () => {
    const word = createFakeWord(["A"]);
    await word.runFake(async (context) => {
      await context.sync();
      await context.sync();
    });
    await word.runFake(async (context) => {
      await context.sync();
    });
    expect(word.syncCount).toBe(3);
    expect(word.syncsPerRun).toEqual([2, 1]);
  });

  it("refuses an object from a finished run, and an object from another context", async () => {
    const word = createFakeWord(["A", "B"]);
    const kept = await word.runFake(async (context) => {
      const paragraph = context.document.body.paragraphs.getFirst();
      paragraph.load("text");
      await context.sync();
      return paragraph;
    });
    await word.runFake(async () => {
      expect(() => kept.load("text")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
    });
    await word.runFake(async (first) => {
      await word.runFake(async (second) => {
        const a = first.document.body.getRange("Start");
        const b = second.document.body.getRange("End");
        expect(() => a.expandTo(b)).toThrow(expect.objectContaining({ code: "InvalidRequestContext" }));
      });
    });
  });

  it("gives isNullObject for *OrNullObject only after a sync", async () => {
    const word = createFakeWord(["A"]);
    await word.runFake(async (context) => {
      const setting = context.document.settings.getItemOrNullObject("missing");
      setting.load("value");
      // eslint-disable-next-line office-addins/call-sync-before-read -- reading too early on purpose
      expect(() => setting.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(setting.isNullObject).toBe(true);
    });
  });

  it("fails with ApiNotFound for an API the host's requirement sets lack, and answers isSetSupported", async () => {
    const word = createFakeWord(["A"], { requirementSets: HOST_PRESETS.office2021 });
    expect(word.office.requirements.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(word.office.requirements.isSetSupported("WordApi", "1.4")).toBe(false);
    expect(word.office.requirements.isSetSupported("WordApi", 1.2)).toBe(true);
    let caught: unknown;
    await word
      .runFake(async (context) => {
        const comments = context.document.body.getComments();
        comments.load("items/content");
        await context.sync();
      })
      .catch((error: unknown) => (caught = error));
    expect(officeCode(caught)).toBe("ApiNotFound");

    // A 1.3 property on a WordApi 1.2 host fails too.
    const older = createFakeWord(["A"], { requirementSets: { WordApi: "1.2" } });
    await expect(
      older.runFake(async (context) => {
        context.document.body.paragraphs.load("items/styleBuiltIn");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("raises paragraph events (WordApi 1.6) for a person's typing, asynchronously, until removed", async () => {
    const word = createFakeWord(["A", "B"]);
    const seen: string[] = [];
    const handler = async (args: Word.ParagraphChangedEventArgs) => {
      seen.push(`${args.type}:${args.uniqueLocalIds.length}`);
    };
    const result = await word.runFake(async (context) => {
      const registration = context.document.onParagraphChanged.add(handler);
      await context.sync();
      return registration;
    });
    word.model.typeText(0, " more");
    expect(seen).toEqual([]);
    await Promise.resolve();
    await Promise.resolve();
    expect(seen).toEqual(["ParagraphChanged:1"]);
    // Removed as Office documents it: Word.run(result.context, …).
    await word.runFakeInContext(result.context, async (context) => {
      result.remove();
      await context.sync();
    });
    word.model.typeText(1, "!");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(["ParagraphChanged:1"]);
  });

  it("raises content control data-changed events (WordApi 1.5) for typing inside the control only", async () => {
    const word = createFakeWord(["Outside", { text: "Inside", contentControlTag: "t" }]);
    let count = 0;
    await word.runFake(async (context) => {
      const controls = context.document.body.contentControls;
      controls.load("items/tag");
      await context.sync();
      controls.items[0]!.track().onDataChanged.add(async () => {
        count++;
      });
      await context.sync();
    });
    word.model.typeText(0, "x");
    word.model.typeText(1, "y");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(count).toBe(1);
  });

  it("raises no data-changed event for a content control that was not tracked, as Word's events guide says", async () => {
    const word = createFakeWord([{ text: "Inside", contentControlTag: "t" }]);
    let count = 0;
    await word.runFake(async (context) => {
      const controls = context.document.body.contentControls;
      controls.load("items/tag");
      await context.sync();
      controls.items[0]!.onDataChanged.add(async () => {
        count++;
      });
      await context.sync();
    });
    word.model.typeText(0, "y");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(count).toBe(0);
  });

  it("needs WordApi 1.5 to name a content control's type, and 1.1 without one", async () => {
    const word = createFakeWord(["Inside"], { requirementSets: HOST_PRESETS.office2021 });
    const insert = (type?: "RichText") =>
      word.runFake(async (context) => {
        const paragraph = context.document.body.paragraphs.getFirst();
        paragraph.getRange("Whole").insertContentControl(type);
        await context.sync();
      });
    await expect(insert("RichText")).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(insert()).resolves.toBeUndefined();
    expect(word.model.controls()).toHaveLength(1);
  });

  it("raises DocumentSelectionChanged through Office's common API", async () => {
    const word = createFakeWord(["A", "B"]);
    let count = 0;
    const handler = () => count++;
    word.office.document.addHandlerAsync("documentSelectionChanged", handler);
    word.model.select(1, 0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(count).toBe(1);
    word.office.document.removeHandlerAsync("documentSelectionChanged", { handler });
    word.model.select(0, 0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(count).toBe(1);
  });

  it("refuses to sync, or to remove a handler through, a context whose run has ended", async () => {
    const word = createFakeWord(["A"]);
    const result = await word.runFake(async (context) => {
      const registration = context.document.onParagraphChanged.add(async () => undefined);
      await context.sync();
      return registration;
    });
    await expect(result.context.sync()).rejects.toMatchObject({ code: "InvalidObjectPath" });
    expect(() => result.remove()).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
    // Word.run(context, …) makes it usable for that batch only; a context of another host is refused.
    await word.runFakeInContext(result.context, async (context) => {
      result.remove();
      await context.sync();
    });
    await expect(result.context.sync()).rejects.toMatchObject({ code: "InvalidObjectPath" });
    const other = createFakeWord(["B"]);
    await expect(other.runFakeInContext(result.context, async () => undefined)).rejects.toMatchObject({
      code: "InvalidRequestContext",
    });
    expect(word.syncsPerRun).toEqual([1, 1]);
  });

  it("gives a selection outside the body as a range in another story, as Word does", async () => {
    const word = createFakeWord(["A", "B"]);
    word.model.select(null); // the cursor is in a header
    await word.runFake(async (context) => {
      const selected = context.document.getSelection();
      const paragraph = selected.paragraphs.getFirst().load("text");
      const start = context.document.body.getRange("Start");
      const union = start.expandToOrNullObject(paragraph.getRange("Whole"));
      const counted = union.paragraphs.load("items/text");
      await context.sync();
      expect(paragraph.text).toBe("Header text");
      expect(union.isNullObject).toBe(true);
      expect(counted.isNullObject).toBe(true);
      expect(() => counted.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    // expandTo fails the whole batch with ItemNotFound: the ranges have no union.
    await expect(
      word.runFake(async (context) => {
        const cursor = context.document.getSelection().paragraphs.getFirst().getRange("Whole");
        context.document.body.getRange("Start").expandTo(cursor).load("text");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    // In the body, expandToOrNullObject is the union.
    word.model.select(1, 0);
    await word.runFake(async (context) => {
      const cursor = context.document.getSelection().paragraphs.getFirst().getRange("Whole");
      const union = context.document.body.getRange("Start").expandToOrNullObject(cursor).load("text");
      await context.sync();
      expect(union.isNullObject).toBe(false);
      expect(union.text).toBe("A\rB");
    });
  });

  it("updates a comment's words in place, keeping where it is", async () => {
    const word = createFakeWord(["A", "B"]);
    word.model.addPersonComment(1, "Old words");
    await word.runFake(async (context) => {
      const comments = context.document.body.getComments().load("items/content");
      await context.sync();
      comments.items[0]!.content = "New words";
      expect(word.model.commentList()[0]!.content).toBe("Old words");
      await context.sync();
    });
    expect(word.model.commentList()).toMatchObject([{ paragraph: 1, content: "New words" }]);
  });

  it("refuses event APIs on hosts without their requirement set", async () => {
    const word = createFakeWord(["A"], { requirementSets: HOST_PRESETS.wordApi15 });
    await expect(
      word.runFake(async (context) => {
        context.document.onParagraphChanged.add(async () => undefined);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("searches like Word: literal, case-insensitive by default, non-overlapping, ^^ for a caret", async () => {
    const word = createFakeWord(["aaaa Aa a^b"]);
    await word.runFake(async (context) => {
      const paragraph = context.document.body.paragraphs.getFirst();
      const all = paragraph.search("aa").load("items/text");
      const cased = paragraph.search("Aa", { matchCase: true }).load("items/text");
      const caret = paragraph.search("a^^b").load("items/text");
      await context.sync();
      expect(all.items.map((r) => r.text)).toEqual(["aa", "aa", "Aa"]);
      expect(cased.items).toHaveLength(1);
      expect(caret.items.map((r) => r.text)).toEqual(["a^b"]);
    });
  });
});

describe("the document model behaves like a person in Word", () => {
  it("types into an empty coloured paragraph in its colour", () => {
    const model = new DocumentModel([{ text: "", colour: "#0000FF" }]);
    model.typeText(0, "Amy likes drawing.");
    expect(model.runs()[0]).toEqual([{ text: "Amy likes drawing.", colour: "#0000FF", bold: false }]);
    expect(model.toSnapshot().paragraphs[0]!.colour).toBe("#0000FF");
  });

  it("continues a content control when Enter is pressed inside it", () => {
    const model = new DocumentModel([{ text: "Inside", contentControlTag: "t" }, "Outside"]);
    model.insertParagraphAfter(0, "Also inside");
    expect(model.toSnapshot().paragraphs.map((p) => p.contentControlTag)).toEqual(["t", "t", null]);
  });

  it("reports the snapshot a reader would: tables, lists, headings, bold and mixed colour", () => {
    const model = new DocumentModel([
      { text: "Title", styleBuiltIn: "Heading2" },
      { text: "cell", cell: { table: 0, row: 0, column: 0 } },
      { text: "item", list: 1 },
      { runs: [{ text: "a", bold: true }, { text: "b" }] },
    ]);
    const [heading, cell, item, mixed] = model.toSnapshot().paragraphs;
    expect(heading).toMatchObject({ outlineLevel: 2, styleBuiltIn: "Heading2" });
    expect(cell).toMatchObject({ inTable: true, inList: false });
    expect(item).toMatchObject({ inList: true, styleBuiltIn: "ListParagraph" });
    expect(mixed).toMatchObject({ bold: "mixed" });
  });

  it("keeps comments and settings when saved and reopened", () => {
    const model = new DocumentModel(["A", "B"]);
    model.addPersonComment(1, "Please expand", "Manager");
    model.settings.set("k", { a: 1 });
    const reopened = FakeWord.open(model.save(), { requirementSets: HOST_PRESETS.office2021 });
    expect(reopened.model.texts()).toEqual(["A", "B"]);
    expect(reopened.model.commentList()).toEqual([
      {
        paragraph: 1,
        authorName: "Manager",
        content: "Please expand",
        writtenByAddIn: false,
        resolved: false,
        replies: [],
      },
    ]);
    expect(reopened.office.document.settings.get("k")).toEqual({ a: 1 });
  });
});

describe("more of Word's members, with Word's semantics", () => {
  it("Paragraph.insertText puts text at the start, the end, or in place of the paragraph's text", async () => {
    const word = createFakeWord(["Amy is seven."]);
    await word.runFake(async (context) => {
      const paragraph = context.document.body.paragraphs.getFirst();
      paragraph.insertText("Now ", "Start");
      paragraph.insertText(" She swims.", "End");
      await context.sync();
    });
    expect(word.model.texts()).toEqual(["Now Amy is seven. She swims."]);
    await word.runFake(async (context) => {
      context.document.body.paragraphs.getFirst().insertText("Amy is eight.", "Replace");
      await context.sync();
    });
    expect(word.model.texts()).toEqual(["Amy is eight."]);
  });

  it("Paragraph.delete removes the paragraph and the comments anchored in it", async () => {
    const word = createFakeWord(["Keep", "Remove"]);
    word.model.addPersonComment(1, "On the removed paragraph");
    await word.runFake(async (context) => {
      context.document.body.paragraphs.getLast().delete();
      await context.sync();
    });
    expect(word.model.texts()).toEqual(["Keep"]);
    expect(word.model.comments).toEqual([]);
  });

  it("Range.getRange gives the start or end of a found range (WordApi 1.3)", async () => {
    const word = createFakeWord(["Goals and next steps"]);
    await word.runFake(async (context) => {
      const found = context.document.body.paragraphs.getFirst().search("and", { matchCase: true });
      found.load("items");
      await context.sync();
      found.items[0]!.getRange("End").select();
      await context.sync();
    });
    expect(word.model.selectionPosition()).toMatchObject({ paragraph: 0, start: 9, end: 9 });
  });
});
