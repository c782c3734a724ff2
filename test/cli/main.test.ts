import { main } from "../../src/cli/main";
import {
  defaultHeadings,
  docxOf,
  handMadeDocx,
  memoryIo,
  Paragraph,
  structureOnlyPack,
  summaryDocx,
  HeadingLevel,
} from "./helpers";

const STRUCTURE_PACK = "packs/structure-only.json";
const ENCRYPTED = new Uint8Array([
  0xd0,
  0xcf,
  0x11,
  0xe0,
  0xa1,
  0xb1,
  0x1a,
  0xe1,
  ...new Array<number>(504).fill(0),
]);

interface JsonReport {
  files: {
    file: string;
    error?: string;
    template?: string;
    met?: unknown;
    sections?: { key: string; heading: string; found: boolean }[];
    findings?: {
      rule: string;
      severity: string;
      section: string | null;
      message: string;
      guidance: string;
      location: unknown;
    }[];
    prompts?: { section: string | null; text: string; guidance: string }[];
  }[];
}

let complete: Uint8Array;
let noSafetyPlan: Uint8Array;

beforeAll(async () => {
  complete = await summaryDocx();
  noSafetyPlan = await summaryDocx({ leaveOut: ["safety-plan"] });
});

function withPack(files: Record<string, Uint8Array | string>) {
  return { ...files, [STRUCTURE_PACK]: JSON.stringify(structureOnlyPack()) };
}

describe("exit codes", () => {
  it("exits 0 and says so when a summary has every section the template requires", async () => {
    const io = memoryIo(withPack({ "maya.docx": complete }));
    expect(await main(["check", "maya.docx", "--template", STRUCTURE_PACK], io)).toBe(0);
    expect(io.out()).toContain("Nothing to change: the summary follows the guidance.");
    expect(io.err()).toBe("");
  });

  it("exits 1 when a required section is missing", async () => {
    const io = memoryIo(withPack({ "maya.docx": noSafetyPlan }));
    expect(await main(["check", "maya.docx", "--template", STRUCTURE_PACK], io)).toBe(1);
    expect(io.out()).toMatch(/Maya's Safety Plan \(missing\)\n\s+✖ Required/);
    expect(io.out()).toContain("Required items met: 14 of 15.");
  });

  it("exits 1 against the built-in template chosen from the headings", async () => {
    const io = memoryIo({ "maya.docx": noSafetyPlan });
    expect(await main(["check", "maya.docx", "--format", "json"], io)).toBe(1);
    const report = JSON.parse(io.out()) as JsonReport;
    expect(report.files[0]!.template).toBe("bradford-2025");
    expect(report.files[0]!.findings).toContainEqual(
      expect.objectContaining({ rule: "section-missing", severity: "error", section: "safety-plan" }),
    );
  });

  it("exits 2 when one of several files cannot be read, and still reports the others", async () => {
    const io = memoryIo(
      withPack({ "maya.docx": complete, "ellis.docx": noSafetyPlan, "locked.docx": ENCRYPTED }),
    );
    const code = await main(
      ["check", "maya.docx", "gone.docx", "locked.docx", "ellis.docx", "--template", STRUCTURE_PACK],
      io,
    );
    expect(code).toBe(2);
    expect(io.err()).toContain("case-summary: gone.docx was not found.");
    expect(io.err()).toContain("case-summary: locked.docx is password-protected");
    expect(io.out()).toContain("maya.docx\n");
    expect(io.out()).toContain("ellis.docx\n");
    expect(io.out()).toContain("4 files given: 2 read, 1 needs required changes; 2 could not be read.");
  });

  it("lists unreadable files in the JSON with the reason", async () => {
    const io = memoryIo({ "maya.docx": complete, "empty.docx": new Uint8Array() });
    expect(await main(["check", "empty.docx", "missing.md", "folder/", "--format", "json"], io)).toBe(2);
    expect((JSON.parse(io.out()) as JsonReport).files).toEqual([
      { file: "empty.docx", error: expect.stringMatching(/^is empty/) },
      { file: "missing.md", error: expect.stringMatching(/^was not found/) },
      { file: "folder/", error: expect.stringMatching(/^is a folder/) },
    ]);
    // Said on stderr too, so a script piping the JSON elsewhere still sees it.
    expect(io.err()).toContain("case-summary: empty.docx is empty (0 bytes).");
    expect(io.err()).toContain("case-summary: missing.md was not found.");
  });
});

describe("JSON output", () => {
  it("has the documented shape for each file", async () => {
    const io = memoryIo(withPack({ "maya.docx": noSafetyPlan }));
    await main(["check", "maya.docx", "--template", STRUCTURE_PACK, "--format", "json"], io);
    const [file] = (JSON.parse(io.out()) as JsonReport).files;
    expect(Object.keys(file!)).toEqual(["file", "template", "met", "sections", "findings", "prompts"]);
    expect(file!.met).toEqual({
      required: { met: 14, notMet: 1, total: 15 },
      recommended: { met: 0, notMet: 0, total: 0 },
    });
    expect(file!.template).toBe("structure-only");
    expect(file!.sections![0]).toEqual({
      key: "pen-picture",
      heading: "Pen Picture of the child",
      found: true,
    });
    expect(file!.sections!.find((s) => s.key === "safety-plan")).toEqual({
      key: "safety-plan",
      heading: "Maya's Safety Plan",
      found: false,
    });
    expect(file!.findings).toEqual([
      {
        rule: "section-missing",
        severity: "error",
        section: "safety-plan",
        message: expect.stringContaining("Safety Plan"),
        guidance: expect.stringMatching(/^004 §/),
        location: null,
      },
    ]);
    expect(file!.prompts!.length).toBeGreaterThan(0);
    expect(Object.keys(file!.prompts![0]!)).toEqual(["section", "text", "guidance"]);
  });

  it("never prints the summary's own text", async () => {
    for (const format of ["json", "text"]) {
      const io = memoryIo(withPack({ "maya.docx": noSafetyPlan }));
      await main(["check", "maya.docx", "--template", STRUCTURE_PACK, "--format", format], io);
      expect(io.out()).not.toContain("lives with her mother");
    }
  });
});

describe("other inputs and options", () => {
  const markdown = structureOnlyPack()
    .sections.map(
      (s) =>
        `## ${s.heading.split("[Child's Name]").join("Ellis")}\nEllis is nine and lives with his grandmother.`,
    )
    .join("\n\n");

  it("checks Markdown, text and JSON snapshots", async () => {
    const text = markdown.replace(/^## /gm, "");
    const snapshot = {
      paragraphs: markdown
        .split("\n")
        .filter(Boolean)
        .map((line) => ({
          text: line.replace(/^## /, ""),
          styleBuiltIn: line.startsWith("## ") ? "Heading2" : "Normal",
          outlineLevel: line.startsWith("## ") ? 2 : null,
          bold: false,
          colour: null,
          inTable: false,
          inList: false,
          contentControlTag: null,
        })),
    };
    const io = memoryIo(
      withPack({ "ellis.md": markdown, "ellis.txt": text, "ellis.json": JSON.stringify(snapshot) }),
    );
    const code = await main(
      ["check", "ellis.md", "ellis.txt", "ellis.json", "--template", STRUCTURE_PACK, "--format", "json"],
      io,
    );
    expect(code).toBe(0);
    const files = (JSON.parse(io.out()) as JsonReport).files;
    expect(files.map((f) => [f.file, f.sections!.every((s) => s.found), f.findings])).toEqual([
      ["ellis.md", true, []],
      ["ellis.txt", true, []],
      ["ellis.json", true, []],
    ]);
  });

  it("recognises sections the add-in inserted by their content controls, whatever their headings say", async () => {
    const body = structureOnlyPack()
      .sections.map(
        (s, i) =>
          `<w:sdt><w:sdtPr><w:tag w:val="case-summary:structure-only:${s.key}"/></w:sdtPr><w:sdtContent>` +
          `<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>Part ${i + 1}</w:t></w:r></w:p>` +
          `<w:p><w:r><w:t>Ellis is nine and lives with his grandmother.</w:t></w:r></w:p></w:sdtContent></w:sdt>`,
      )
      .join("");
    const io = memoryIo(withPack({ "ellis.docx": await handMadeDocx(body) }));
    expect(await main(["check", "ellis.docx", "--template", STRUCTURE_PACK, "--format", "json"], io)).toBe(0);
    expect((JSON.parse(io.out()) as JsonReport).files[0]!.sections!.every((s) => s.found)).toBe(true);
  });

  it("uses --child-name in the headings it reports", async () => {
    const bytes = await docxOf([
      new Paragraph({ text: "Pen Picture of the child", heading: HeadingLevel.HEADING_2 }),
      new Paragraph("Sam is two."),
    ]);
    const io = memoryIo(withPack({ "sam.docx": bytes }));
    await main(
      ["check", "sam.docx", "--template", STRUCTURE_PACK, "--child-name", "Sam", "--format", "json"],
      io,
    );
    const headings = (JSON.parse(io.out()) as JsonReport).files[0]!.sections!.map((s) => s.heading);
    expect(headings).toContain("Sam's Safety Plan");
  });

  it("accepts a built-in template by id", async () => {
    const io = memoryIo({ "maya.docx": noSafetyPlan });
    await main(
      ["check", "maya.docx", "--template", "bradford-2025", "--format", "json", "--today", "2025-03-31"],
      io,
    );
    expect((JSON.parse(io.out()) as JsonReport).files[0]!.template).toBe("bradford-2025");
  });

  it("prints help with the built-in templates, and the version", async () => {
    const help = memoryIo({});
    expect(await main(["--help"], help)).toBe(0);
    expect(help.out()).toContain("Usage: case-summary check FILE…");
    expect(help.out()).toMatch(/bradford-2025 +Bradford .* \(the default\)/);
    const version = memoryIo({});
    expect(await main(["--version"], version)).toBe(0);
    expect(version.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe("mistakes on the command line", () => {
  it.each([
    [["check", "maya.docx", "--format", "xml"], '--format must be text or json, not "xml".'],
    [["check", "maya.docx", "--colour"], "--colour is not an option."],
    [["check", "maya.docx", "--template"], "--template needs a value."],
    [["check"], "Give at least one file to check"],
    [[], "Say what to check"],
    [["maya.docx"], "Did you mean: case-summary check maya.docx?"],
    [["check", "maya.docx", "--today", "31/03/2025"], "--today must be a date written as YYYY-MM-DD"],
    [["check", "maya.docx", "--today", "2025-02-30"], "--today must be a date written as YYYY-MM-DD"],
    [["check", "maya.docx", "--child-name", " "], "--child-name needs the child's name."],
    [["check", "maya.docx", "--template", "leeds"], '"leeds" is not a template. Use one of bradford-2025'],
    [["check", "maya.docx", "--template", "ours.json"], "the template pack ours.json was not found."],
  ])("refuses %j with a clear message and exit 2", async (argv, message) => {
    const io = memoryIo({ "maya.docx": complete });
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toContain(message);
    expect(io.out()).toBe("");
  });

  it("lists what is wrong with a template pack", async () => {
    const io = memoryIo({
      "maya.docx": complete,
      "ours.json": JSON.stringify({ ...structureOnlyPack(), sections: [] }),
    });
    expect(await main(["check", "maya.docx", "--template", "ours.json"], io)).toBe(2);
    expect(io.err()).toMatch(/the template pack ours\.json cannot be used:\n {2}- .*sections/);
  });
});

describe("colour", () => {
  it("colours a terminal's output, and not when NO_COLOR is set or output is piped", async () => {
    const run = async (options: Parameters<typeof memoryIo>[1]) => {
      const io = memoryIo(withPack({ "maya.docx": noSafetyPlan }), options);
      await main(["check", "maya.docx", "--template", STRUCTURE_PACK], io);
      return io.out();
    };
    // eslint-disable-next-line no-control-regex
    const ansi = /\u001b\[/;
    expect(await run({ tty: true })).toMatch(ansi);
    expect(await run({ tty: true, env: { NO_COLOR: "1" } })).not.toMatch(ansi);
    expect(await run({ tty: false })).not.toMatch(ansi);
  });

  it("does not claim a text file's pen picture is the wrong colour, and says colours were not checked", async () => {
    const markdown = [
      "# Case summary",
      ...defaultHeadings("Maya").flatMap((h) => [`## ${h}`, "Maya is nine."]),
    ].join("\n");
    const io = memoryIo({ "maya.md": markdown });
    await main(["check", "maya.md", "--today", "2026-11-22"], io);
    expect(io.out()).toContain("colours not checked (a text file has none)");
    expect(io.out()).not.toContain("is not in blue");
  });
});
