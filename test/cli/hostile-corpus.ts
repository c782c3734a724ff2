import { execFileSync } from "node:child_process";
import { symlinkSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { LIMITS } from "../../src/cli/limits";
import { defaultPack } from "../../src/analysis/built-in-packs";
import { handMadeDocx, oleFile } from "./helpers";

/**
 * Files from anyone: one case for each kind of hostile or broken input found so far (issue 10's
 * rows, and the kinds the command line already refused). Each case writes its file into a folder
 * and is checked beside a good summary in the same run; the tests (hostile-corpus.test.ts) and
 * the bench (bench/hostile-bench.ts) share it. Built on the fly, so no binary is committed.
 */
export interface HostileCase {
  /** What kind of input it is, as the issue's rows name them. */
  row: string;
  name: string;
  /** Writes the hostile input into the folder; returns the arguments that go before the good file. */
  make(folder: string): Promise<string[]>;
  exitCode: 0 | 1 | 2;
  /** What stderr says about it; null when the file is checked like any other. */
  says: RegExp | null;
  /** Words in the input that no output may contain. */
  neverQuotes?: string[];
  /** Whether the good file can be checked alongside: not when the run's template pack is refused. */
  goodFileChecked?: boolean;
  /** Whether the input is a file with its own report (not a template pack). */
  reported?: boolean;
}

const HEADING = "Pen Picture of the child";
const long = (unit: string, characters: number) => unit.repeat(Math.ceil(characters / unit.length));
/** Just under the limit for one paragraph, so the check itself has to cope with it. */
const NEARLY_LIMIT = LIMITS.paragraphCharacters - 1_000;

function write(folder: string, name: string, content: string | Uint8Array): string[] {
  const file = path.join(folder, name);
  writeFileSync(file, content);
  return [file];
}

/** A copy of the default pack as a council would save it, changed by `edit`. */
function packFile(folder: string, name: string, edit: (pack: Record<string, unknown>) => void): string[] {
  const pack = JSON.parse(JSON.stringify(defaultPack)) as Record<string, unknown>;
  pack.id = "council-pack";
  edit(pack);
  const file = path.join(folder, name);
  writeFileSync(file, JSON.stringify(pack).replace('"PROTO_KEY"', '"__proto__"'));
  return ["--template", file];
}

type Rule = { rule: string; options?: Record<string, unknown> };
type Section = { heading: string; rules: Rule[] };
const sectionsOf = (pack: Record<string, unknown>) => pack.sections as Section[];
const ruleNamed = (pack: Record<string, unknown>, id: string) =>
  sectionsOf(pack)
    .flatMap((s) => s.rules)
    .find((r) => r.rule === id)!;

export const HOSTILE_CASES: HostileCase[] = [
  // 1. Runs that made heading recognition quadratic.
  {
    row: "quadratic heading patterns",
    name: "a .txt paragraph of 199,000 spaces",
    make: async (folder) =>
      write(folder, "spaces.txt", `${HEADING}\n${long(" ", NEARLY_LIMIT)}Maya is seven.\n`),
    exitCode: 1,
    says: null,
  },
  {
    row: "quadratic heading patterns",
    name: "a .md with long runs of dots, dashes, underscores, '!?', ' #' and '**'",
    make: async (folder) =>
      write(
        folder,
        "runs.md",
        [
          `## ${HEADING}`,
          ...[".", "-", "_", "!?", " #", "**"].map((unit) => long(unit, NEARLY_LIMIT) + "x"),
        ].join("\n\n"),
      ),
    exitCode: 1,
    says: null,
  },
  {
    row: "quadratic heading patterns",
    name: "a pack whose heading has 100,000 spaces in it",
    make: async (folder) =>
      packFile(folder, "spaced-heading.json", (pack) => {
        sectionsOf(pack)[0]!.heading = `Pen ${" ".repeat(100_000)}Picture of [Child's Name]`;
      }),
    // Read as "Pen Picture of [Child's Name]", as a worker would read it.
    exitCode: 1,
    says: null,
    reported: false,
  },
  // 2. Other checks that grew faster than their input.
  {
    row: "superlinear checks",
    name: "one paragraph of quoted prose just under the paragraph limit",
    make: async (folder) => {
      const quotes = Array.from(
        { length: NEARLY_LIMIT / 40 },
        (_, i) => `Maya said \u201cI like school ${i}\u201d.`,
      );
      return write(folder, "quoted.txt", `${HEADING}\n${quotes.join(" ")}\n`);
    },
    exitCode: 1,
    says: null,
  },
  {
    row: "superlinear checks",
    name: "runs of letters, digits and dots with no @ (the e-mail pattern)",
    make: async (folder) =>
      write(
        folder,
        "email.txt",
        [HEADING, long("a", NEARLY_LIMIT), long("7", NEARLY_LIMIT), long("a.", NEARLY_LIMIT)].join("\n"),
      ),
    exitCode: 1,
    says: null,
  },
  {
    row: "superlinear checks",
    name: "a paragraph of unclosed quotation marks",
    make: async (folder) => write(folder, "quotes.txt", `${HEADING}\n${long("\u201c", NEARLY_LIMIT)}\n`),
    exitCode: 1,
    says: null,
  },
  {
    row: "superlinear checks",
    name: "a paragraph longer than the paragraph limit",
    make: async (folder) =>
      write(
        folder,
        "one-paragraph.txt",
        `${HEADING}\n${long("Maya said \u201cI like school\u201d. ", 1_000_000)}\n`,
      ),
    exitCode: 2,
    says: /one-paragraph\.txt has a paragraph longer than 200,000 characters/,
    neverQuotes: ["I like school"],
  },
  // 3. Documents that unpack to far more than they look.
  {
    row: "zip bomb",
    name: "a .docx whose text unpacks past the part limit",
    make: async (folder) => {
      const zip = new JSZip();
      const flood = " ".repeat(LIMITS.partBytes + 1024 * 1024);
      zip.file(
        "word/document.xml",
        `<w:document><w:body><w:p><w:r><w:t>${flood}</w:t></w:r></w:p></w:body></w:document>`,
      );
      return write(
        folder,
        "bomb.docx",
        await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }),
      );
    },
    exitCode: 2,
    says: /bomb\.docx unpacks to more than 30 MB of text, more than any case summary holds/,
  },
  {
    row: "zip bomb",
    name: "a .docx of 40,000 empty paragraphs",
    make: async (folder) => write(folder, "flood.docx", await handMadeDocx("<w:p/>".repeat(40_000))),
    exitCode: 2,
    says: /flood\.docx has more than 20,000 paragraphs/,
  },
  {
    row: "zip bomb",
    name: "a .docx whose entities expand a billion times (billion laughs)",
    make: async (folder) => {
      const entities = ['<!ENTITY a0 "ha">'];
      for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`);
      const zip = new JSZip();
      zip.file(
        "word/document.xml",
        `<?xml version="1.0"?><!DOCTYPE w:document [${entities.join("")}]><w:document><w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>`,
      );
      return write(folder, "laughs.docx", await zip.generateAsync({ type: "uint8array" }));
    },
    exitCode: 2,
    says: /laughs\.docx is not a document Word wrote: its main text declares a document type/,
    neverQuotes: ["hahaha"],
  },
  {
    row: "zip bomb",
    name: "a .docx that asks for a file from the disk (XXE)",
    make: async (folder) => {
      const zip = new JSZip();
      zip.file(
        "word/document.xml",
        `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]><w:document><w:body><w:p><w:r><w:t>${HEADING}</w:t></w:r></w:p><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>`,
      );
      return write(folder, "xxe.docx", await zip.generateAsync({ type: "uint8array" }));
    },
    exitCode: 2,
    says: /xxe\.docx is not a document Word wrote: its main text declares a document type/,
    neverQuotes: ["root:"],
  },
  // 4. What is read from the disk.
  {
    row: "no limit on what is read",
    name: "a link to /dev/zero",
    make: async (folder) => {
      const link = path.join(folder, "zero.txt");
      symlinkSync("/dev/zero", link);
      return [link];
    },
    exitCode: 2,
    says: /zero\.txt is a device, not a file, so it was not read/,
  },
  {
    row: "no limit on what is read",
    name: "a named pipe (FIFO)",
    make: async (folder) => {
      const fifo = path.join(folder, "pipe.md");
      execFileSync("mkfifo", [fifo]);
      return [fifo];
    },
    exitCode: 2,
    says: /pipe\.md is a pipe, not a file/,
  },
  {
    row: "no limit on what is read",
    name: "a 600 MB .txt",
    make: async (folder) => {
      const big = path.join(folder, "huge.txt");
      writeFileSync(big, "");
      truncateSync(big, 600 * 1024 * 1024);
      return [big];
    },
    exitCode: 2,
    says: /huge\.txt is larger than 50 MB/,
  },
  {
    row: "no limit on what is read",
    name: "a link that leads round in a circle",
    make: async (folder) => {
      const [a, b] = [path.join(folder, "loop-a.txt"), path.join(folder, "loop-b.txt")];
      symlinkSync(b, a);
      symlinkSync(a, b);
      return [a];
    },
    exitCode: 2,
    says: /loop-a\.txt is a link that leads round in a circle/,
    neverQuotes: ["ELOOP:"],
  },
  // 5. Errors that quoted the document.
  {
    row: "a summary's words in an error",
    name: "a broken .json snapshot holding a child's name and address",
    make: async (folder) => write(folder, "broken.json", '{"paragraphs": [Maya Thompson lives at 4 Elm Road'),
    exitCode: 2,
    says: /broken\.json is not valid JSON\. Open it in a text editor/,
    neverQuotes: ["Thomp", "Elm Road"],
  },
  // 6. Encodings.
  {
    row: "wrong decodes",
    name: 'a Latin-1 (Windows "ANSI") .txt',
    make: async (folder) =>
      write(
        folder,
        "ansi.txt",
        Buffer.from(`${HEADING}\nZo\u00eb loves the caf\u00e9 and saves \u00a35 a week.\n`, "latin1"),
      ),
    exitCode: 1,
    says: null,
    neverQuotes: ["\uFFFD"],
  },
  {
    row: "wrong decodes",
    name: "a UTF-16 .txt without a byte-order mark",
    make: async (folder) =>
      write(folder, "unicode.txt", Buffer.from(`${HEADING}\nMaya is seven and loves swimming.\n`, "utf16le")),
    exitCode: 1,
    says: null,
  },
  {
    row: "wrong decodes",
    name: "binary content without NUL bytes, named .md",
    make: async (folder) =>
      write(
        folder,
        "noise.md",
        Uint8Array.from({ length: 4000 }, (_, i) => 1 + ((i * 7919) % 255)),
      ),
    exitCode: 2,
    says: /noise\.md is not a text file/,
  },
  // 7. Template packs.
  {
    row: "pack loader",
    name: "a pack with a misspelt option of a check",
    make: async (folder) =>
      packFile(folder, "misspelt.json", (pack) => {
        const rule = ruleNamed(pack, "contingency-missing");
        rule.options = { ...rule.options, phrasez: ["plan B"] };
      }),
    exitCode: 2,
    says: /options\.phrasez: is not a field this version knows/,
    goodFileChecked: false,
  },
  {
    row: "pack loader",
    name: "a pack with the keys every object has (__proto__, constructor, toString)",
    make: async (folder) =>
      packFile(folder, "prototype.json", (pack) => {
        // Written as JSON would have them; "PROTO_KEY" becomes "__proto__" as the file is saved.
        Object.assign(pack, {
          PROTO_KEY: { polluted: true },
          constructor: { polluted: true },
          toString: "polluted",
        });
      }),
    exitCode: 2,
    says: /__proto__: is not a field this version knows[\s\S]*constructor: is not a field[\s\S]*toString: is not a field/,
    goodFileChecked: false,
  },
  {
    row: "pack loader",
    name: "a pack with a schema error and a check's error, both reported at once",
    make: async (folder) =>
      packFile(folder, "two-errors.json", (pack) => {
        pack.reviewInterval = { days: -1 };
        sectionsOf(pack)[0]!.rules.push({ rule: "no-such-check" });
      }),
    exitCode: 2,
    says: /reviewInterval[\s\S]*"no-such-check" is not a check this version knows/,
    goodFileChecked: false,
  },
  {
    row: "pack loader",
    name: "a pack whose name holds terminal escape codes",
    make: async (folder) =>
      packFile(folder, "escapes.json", (pack) => {
        pack.name = "Council\u001b]0;owned\u0007\u009b2J pack";
      }),
    exitCode: 1,
    says: null,
    reported: false,
    neverQuotes: ["\u001b", "\u0007", "\u009b"],
  },
  {
    row: "pack loader",
    name: "a pack with 100,000 phrases for one check",
    make: async (folder) =>
      packFile(folder, "phrases.json", (pack) => {
        const rule = ruleNamed(pack, "contingency-missing");
        rule.options = { ...rule.options, phrases: Array.from({ length: 100_000 }, (_, i) => `plan ${i}`) };
      }),
    exitCode: 1,
    says: null,
    reported: false,
  },
  // What the command line already refused, kept so it stays so.
  {
    row: "already refused",
    name: "a password-protected .docx",
    make: async (folder) => write(folder, "locked.docx", oleFile("EncryptionInfo")),
    exitCode: 2,
    says: /locked\.docx .*password-protected/,
  },
  {
    row: "already refused",
    name: "an old Word 97–2003 .doc",
    make: async (folder) => write(folder, "old.doc", oleFile("WordDocument")),
    exitCode: 2,
    says: /old\.doc .*Word 97–2003/,
  },
  {
    row: "already refused",
    name: "a truncated .docx",
    make: async (folder) => {
      const whole = await handMadeDocx(`<w:p><w:r><w:t>${HEADING}</w:t></w:r></w:p>`);
      return write(folder, "damaged.docx", whole.slice(0, Math.floor(whole.length / 2)));
    },
    exitCode: 2,
    says: /damaged\.docx is damaged/,
  },
];

/** A good summary, checked beside each hostile input. */
export function goodSummaryText(): string {
  return [
    HEADING,
    "Maya is seven. She lives with her mum and her brother, and loves drawing and swimming.",
  ].join("\n");
}
