import JSZip from "jszip";
import { readDocument } from "../../src/cli/readers";
import { readDocx } from "../../src/cli/readers/docx";
import {
  docxOf,
  handMadeDocx,
  HeadingLevel,
  oleFile,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "./helpers";

function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

async function errorFrom(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected the file to be refused");
}

describe("reading a .docx", () => {
  it("reads headings, body text and their styles in order", async () => {
    const bytes = await docxOf([
      new Paragraph({ text: "Case summary for Maya Patel", heading: HeadingLevel.TITLE }),
      new Paragraph({ text: "Pen Picture of the child", heading: HeadingLevel.HEADING_2 }),
      new Paragraph("Maya is seven and lives with her mum, Priya, and her baby brother."),
    ]);
    const { paragraphs } = await readDocx(bytes);
    expect(paragraphs.map((p) => [p.text, p.styleBuiltIn, p.outlineLevel])).toEqual([
      ["Case summary for Maya Patel", "Title", null],
      ["Pen Picture of the child", "Heading2", 2],
      ["Maya is seven and lives with her mum, Priya, and her baby brother.", "Normal", null],
    ]);
  });

  it("gives one colour in capitals, mixed when runs differ, and null for automatic", async () => {
    const bytes = await docxOf([
      new Paragraph({
        children: [
          new TextRun({ text: "Maya loves swimming ", color: "0000ff" }),
          new TextRun({ text: "and drawing.", color: "0000FF" }),
        ],
      }),
      new Paragraph({
        children: [
          new TextRun({ text: "Dad picks Maya up ", color: "FF0000" }),
          new TextRun({ text: "on Fridays." }),
        ],
      }),
      new Paragraph({ children: [new TextRun({ text: "No colour set." })] }),
      new Paragraph({ children: [new TextRun({ text: "Automatic colour.", color: "auto" })] }),
      // A space in another colour is invisible, so the paragraph still reads as one colour.
      new Paragraph({
        children: [new TextRun({ text: "Red text", color: "FF0000" }), new TextRun({ text: " " })],
      }),
    ]);
    const { paragraphs } = await readDocx(bytes);
    expect(paragraphs.map((p) => p.colour)).toEqual(["#0000FF", "mixed", null, null, "#FF0000"]);
  });

  it("reads bold as true, false or mixed", async () => {
    const bytes = await docxOf([
      new Paragraph({ children: [new TextRun({ text: "Background information", bold: true })] }),
      new Paragraph({
        children: [new TextRun({ text: "Maya said: ", bold: true }), new TextRun("I like my new school.")],
      }),
      new Paragraph("Plain."),
    ]);
    const { paragraphs } = await readDocx(bytes);
    expect(paragraphs.map((p) => p.bold)).toEqual([true, "mixed", false]);
  });

  it("keeps table paragraphs in reading order and marks them", async () => {
    const bytes = await docxOf([
      new Paragraph("Family Contact Details and Professional Involvements"),
      new Table({
        rows: [
          new TableRow({
            children: [
              new TableCell({ children: [new Paragraph("Mum: Priya Patel")] }),
              new TableCell({ children: [new Paragraph("07700 900123")] }),
            ],
          }),
          new TableRow({
            children: [
              new TableCell({ children: [new Paragraph("School: Ashgrove Primary")] }),
              new TableCell({ children: [new Paragraph("01274 000000")] }),
            ],
          }),
        ],
      }),
      new Paragraph("After the table."),
    ]);
    const { paragraphs } = await readDocx(bytes);
    expect(paragraphs.map((p) => [p.text, p.inTable])).toEqual([
      ["Family Contact Details and Professional Involvements", false],
      ["Mum: Priya Patel", true],
      ["07700 900123", true],
      ["School: Ashgrove Primary", true],
      ["01274 000000", true],
      ["After the table.", false],
    ]);
  });

  it("marks bulleted and numbered list items", async () => {
    const bytes = await docxOf([
      new Paragraph({ text: "Maya's social worker visits every two weeks.", bullet: { level: 0 } }),
      new Paragraph({
        text: "The school nurse sees Maya monthly.",
        numbering: { reference: "numbered", level: 0 },
      }),
      new Paragraph("Not a list item."),
    ]);
    const { paragraphs } = await readDocx(bytes);
    expect(paragraphs.map((p) => p.inList)).toEqual([true, true, false]);
  });

  it("reads tabs and line breaks as spaces and decodes entities", async () => {
    const bytes = await docxOf([
      new Paragraph({
        children: [new TextRun("Mum\tPriya"), new TextRun({ text: "Dad & Maya <home>", break: 1 })],
      }),
    ]);
    const { paragraphs } = await readDocx(bytes);
    expect(paragraphs[0]!.text).toBe("Mum Priya Dad & Maya <home>");

    const wordStyle = await handMadeDocx(
      `<w:p><w:r><w:t>Mum</w:t><w:tab/><w:t>Priya</w:t><w:br/><w:t>Dad&#8217;s</w:t></w:r></w:p>`,
    );
    expect((await readDocx(wordStyle)).paragraphs[0]!.text).toBe("Mum Priya Dad’s");
  });

  it("reads the tag of the innermost content control, including inline controls' text", async () => {
    const bytes = await handMadeDocx(`
      <w:sdt><w:sdtPr><w:tag w:val="case-summary:bradford-2025:pen-picture"/></w:sdtPr><w:sdtContent>
        <w:p><w:r><w:t>Pen Picture of the child</w:t></w:r></w:p>
        <w:sdt><w:sdtPr><w:tag w:val="inner"/></w:sdtPr><w:sdtContent>
          <w:p><w:r><w:t>Inner.</w:t></w:r></w:p>
        </w:sdtContent></w:sdt>
        <w:p><w:r><w:t xml:space="preserve">Maya is </w:t></w:r><w:sdt><w:sdtContent><w:r><w:t>seven</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t>.</w:t></w:r></w:p>
      </w:sdtContent></w:sdt>
      <w:p><w:r><w:t>Outside.</w:t></w:r></w:p>`);
    const { paragraphs } = await readDocx(bytes);
    expect(paragraphs.map((p) => [p.text, p.contentControlTag])).toEqual([
      ["Pen Picture of the child", "case-summary:bradford-2025:pen-picture"],
      ["Inner.", "inner"],
      ["Maya is seven.", "case-summary:bradford-2025:pen-picture"],
      ["Outside.", null],
    ]);
  });

  it("recognises headings by the style's English name when the style id is localised", async () => {
    const styles = `
      <w:docDefaults><w:rPrDefault><w:rPr><w:color w:val="auto"/></w:rPr></w:rPrDefault></w:docDefaults>
      <w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/></w:style>
      <w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Standard"/>
        <w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="2F5496"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:customStyle="1" w:styleId="TrustHeading"><w:name w:val="Trust heading"/><w:basedOn w:val="berschrift2"/></w:style>
      <w:style w:type="paragraph" w:styleId="Aufzhlungszeichen"><w:name w:val="List Bullet"/><w:basedOn w:val="Standard"/>
        <w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>`;
    const bytes = await handMadeDocx(
      `<w:p><w:pPr><w:pStyle w:val="berschrift2"/></w:pPr><w:r><w:t>Hintergrund</w:t></w:r></w:p>
       <w:p><w:pPr><w:pStyle w:val="TrustHeading"/></w:pPr><w:r><w:t>Background information</w:t></w:r></w:p>
       <w:p><w:pPr><w:pStyle w:val="Aufzhlungszeichen"/></w:pPr><w:r><w:t>A bullet.</w:t></w:r></w:p>
       <w:p><w:pPr><w:pStyle w:val="Aufzhlungszeichen"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>Numbering removed.</w:t></w:r></w:p>
       <w:p><w:r><w:t>Body text.</w:t></w:r></w:p>`,
      styles,
    );
    const { paragraphs } = await readDocx(bytes);
    expect(paragraphs.map((p) => [p.styleBuiltIn, p.outlineLevel, p.bold, p.colour, p.inList])).toEqual([
      ["Heading2", 2, true, "#2F5496", false],
      // A council's own heading style keeps the heading's outline level, bold and colour.
      ["Other", 2, true, "#2F5496", false],
      ["Other", null, false, null, true],
      ["Other", null, false, null, false],
      ["Normal", null, false, null, false],
    ]);
  });

  it("takes the outline level set on the paragraph itself", async () => {
    const bytes = await handMadeDocx(
      `<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>Goals</w:t></w:r></w:p>
       <w:p><w:pPr><w:outlineLvl w:val="9"/></w:pPr><w:r><w:t>Body text level.</w:t></w:r></w:p>`,
    );
    const { paragraphs } = await readDocx(bytes);
    expect(paragraphs.map((p) => p.outlineLevel)).toEqual([1, null]);
  });

  it("leaves out deleted text of tracked changes and keeps inserted text", async () => {
    const bytes = await handMadeDocx(
      `<w:p><w:r><w:t xml:space="preserve">Maya sees Dad </w:t></w:r><w:del><w:r><w:delText>weekly</w:delText></w:r></w:del><w:ins><w:r><w:t>fortnightly</w:t></w:r></w:ins></w:p>`,
    );
    const { paragraphs } = await readDocx(bytes);
    expect(paragraphs[0]!.text).toBe("Maya sees Dad fortnightly");
  });
});

describe("files that cannot be read", () => {
  it("says a truncated Word document is damaged", async () => {
    const whole = await docxOf([new Paragraph("Maya is seven.")]);
    const message = await errorFrom(
      readDocument("summary.docx", whole.slice(0, Math.floor(whole.length / 2))),
    );
    expect(message).toMatch(/^is damaged/);
  });

  it("says a zip with garbage after its signature is damaged", async () => {
    const message = await errorFrom(
      readDocument("summary.docx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5])),
    );
    expect(message).toMatch(/^is damaged/);
  });

  it("says a zip without word/document.xml is not a Word document", async () => {
    const zip = new JSZip();
    zip.file("notes.txt", "Maya");
    const message = await errorFrom(
      readDocument("summary.docx", await zip.generateAsync({ type: "uint8array" })),
    );
    expect(message).toMatch(/^is not a Word document/);
  });

  it("names an Excel workbook saved with a .docx name", async () => {
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>");
    const message = await errorFrom(
      readDocument("summary.docx", await zip.generateAsync({ type: "uint8array" })),
    );
    expect(message).toContain("Excel workbook");
  });

  it("says a document whose XML is broken is damaged", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document><w:body><w:p>");
    const message = await errorFrom(
      readDocument("summary.docx", await zip.generateAsync({ type: "uint8array" })),
    );
    expect(message).toMatch(/^is damaged: its main text is not well-formed/);
  });

  it("says a password-protected document must have its password removed", async () => {
    const message = await errorFrom(readDocument("summary.docx", oleFile("EncryptionInfo")));
    expect(message).toMatch(/password-protected/);
    expect(message).toMatch(/remove the password/);
  });

  it("tells the worker to save an old .doc file as .docx", async () => {
    const message = await errorFrom(readDocument("summary.doc", oleFile("WordDocument")));
    expect(message).toMatch(/Word 97–2003/);
  });

  it("says an empty file is empty", async () => {
    expect(await errorFrom(readDocument("summary.docx", new Uint8Array()))).toMatch(/^is empty/);
  });

  it("says a Word document without any text has no text", async () => {
    const bytes = await docxOf([new Paragraph(""), new Paragraph("   ")]);
    expect(await errorFrom(readDocument("summary.docx", bytes))).toMatch(/^has no text/);
  });

  it("says a text file renamed .docx is not a Word document", async () => {
    expect(await errorFrom(readDocument("summary.docx", encode("Pen Picture")))).toMatch(
      /^is not a Word document, although/,
    );
  });

  it("does not guess at other kinds of file", async () => {
    expect(await errorFrom(readDocument("summary.pdf", encode("%PDF-1.7")))).toMatch(/\.pdf/);
  });
});

describe("reading Markdown and text", () => {
  it("reads Markdown headings, bold lines and list items", async () => {
    const { paragraphs } = await readDocument(
      "maya.md",
      encode(
        "# Case summary\n\n## Pen Picture of the child\nMaya is seven.\n\n**Background information**\n- Mum: Priya\n* Dad: Sam\n1. First\n",
      ),
    );
    expect(paragraphs.map((p) => [p.text, p.styleBuiltIn, p.outlineLevel, p.bold, p.inList])).toEqual([
      ["Case summary", "Heading1", 1, false, false],
      ["Pen Picture of the child", "Heading2", 2, false, false],
      ["Maya is seven.", "Normal", null, false, false],
      ["Background information", "Normal", null, true, false],
      ["Mum: Priya", "Normal", null, false, true],
      ["Dad: Sam", "Normal", null, false, true],
      ["1. First", "Normal", null, false, true],
    ]);
  });

  it("reads each non-empty line of a text file as a paragraph, whatever the line endings", async () => {
    const { paragraphs } = await readDocument(
      "maya.txt",
      encode(
        "\uFEFFPen Picture of the child\r\nMaya is seven.\r\n\r\n- Likes swimming\r\n# not a heading in text\n",
      ),
    );
    expect(paragraphs.map((p) => [p.text, p.styleBuiltIn, p.inList])).toEqual([
      ["Pen Picture of the child", "Normal", false],
      ["Maya is seven.", "Normal", false],
      ["Likes swimming", "Normal", true],
      ["# not a heading in text", "Normal", false],
    ]);
  });

  it("reads a text file saved by Notepad as Unicode (UTF-16)", async () => {
    const bytes = new Uint8Array(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Pen Picture\nMaya is seven.", "utf16le")]),
    );
    const { paragraphs } = await readDocument("maya.txt", bytes);
    expect(paragraphs.map((p) => p.text)).toEqual(["Pen Picture", "Maya is seven."]);
  });

  it("says a text file with only blank lines has no text", async () => {
    expect(await errorFrom(readDocument("maya.txt", encode("\n  \n")))).toMatch(/^has no text/);
  });
});

describe("reading a JSON snapshot", () => {
  const snapshot = {
    paragraphs: [
      {
        text: "Pen Picture of the child",
        styleBuiltIn: "Heading2",
        outlineLevel: 2,
        bold: false,
        colour: null,
        inTable: false,
        inList: false,
        contentControlTag: null,
      },
      {
        text: "Maya is seven.",
        styleBuiltIn: "Normal",
        outlineLevel: null,
        bold: "mixed",
        colour: "#0000ff",
        inTable: false,
        inList: false,
        contentControlTag: null,
      },
    ],
  };

  it("reads a snapshot, putting colours in capitals", async () => {
    const read = await readDocument("maya.json", encode(JSON.stringify(snapshot)));
    expect(read.paragraphs[1]).toEqual({ ...snapshot.paragraphs[1], colour: "#0000FF" });
  });

  it("names the field that is wrong", async () => {
    const broken = { paragraphs: [{ ...snapshot.paragraphs[0], bold: "yes" }] };
    const message = await errorFrom(readDocument("maya.json", encode(JSON.stringify(broken))));
    expect(message).toMatch(/^is not a document snapshot/);
    expect(message).toContain("paragraphs.0.bold");
  });

  it("says when the file is not JSON at all", async () => {
    expect(await errorFrom(readDocument("maya.json", encode("{ paragraphs: ")))).toMatch(
      /^is not valid JSON/,
    );
  });
});
