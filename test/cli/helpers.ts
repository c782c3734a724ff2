import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import JSZip from "jszip";
import type { CliIo } from "../../src/cli/main";
import { type Pack } from "../../src/guidance";
import { defaultPack } from "../../src/analysis/built-in-packs";

export { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun };

/** A .docx built by the `docx` package, as Word would save it. */
export async function docxOf(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  const document = new Document({
    numbering: {
      config: [
        {
          reference: "numbered",
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const WORD_NAMESPACE = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/**
 * A .docx written by hand, for what the `docx` package cannot make (content controls, localised
 * style ids): `body` is the inside of <w:body>, `styles` the inside of <w:styles>.
 */
export async function handMadeDocx(body: string, styles?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0"?><w:document ${WORD_NAMESPACE}><w:body>${body}</w:body></w:document>`,
  );
  if (styles !== undefined)
    zip.file("word/styles.xml", `<?xml version="1.0"?><w:styles ${WORD_NAMESPACE}>${styles}</w:styles>`);
  return zip.generateAsync({ type: "uint8array" });
}

/** The byte signature of an OLE compound file, which is what Word saves a password-protected .docx as. */
const OLE_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound file holding a stream of this name ("EncryptionInfo", "WordDocument"). */
export function oleFile(streamName: string): Uint8Array {
  const header = Buffer.from(OLE_HEADER);
  return new Uint8Array(
    Buffer.concat([header, Buffer.alloc(504), Buffer.from(streamName, "utf16le"), Buffer.alloc(64)]),
  );
}

/** The headings of the default template with the child's name filled in, in order. */
export function defaultHeadings(childName: string, pack: Pack = defaultPack): string[] {
  return pack.sections.map((s) => s.heading.split("[Child's Name]").join(childName));
}

/** A .docx summary with every heading of the default template (Heading 2) and a line under each. */
export async function summaryDocx(
  options: { childName?: string; leaveOut?: string[] } = {},
): Promise<Uint8Array> {
  const name = options.childName ?? "Maya";
  const children: Paragraph[] = [];
  defaultPack.sections.forEach((section, i) => {
    if (options.leaveOut?.includes(section.key)) return;
    children.push(new Paragraph({ text: defaultHeadings(name)[i], heading: HeadingLevel.HEADING_2 }));
    const colour = section.colour?.hex.slice(1);
    children.push(
      new Paragraph({ children: [new TextRun({ text: `${name} lives with her mother.`, color: colour })] }),
    );
  });
  return docxOf(children);
}

/** A pack for tests that checks structure only, so that a complete summary passes. */
export function structureOnlyPack(): Pack {
  const structural = new Set(["section-missing", "section-empty"]);
  return {
    ...defaultPack,
    id: "structure-only",
    name: "Structure only",
    rules: defaultPack.rules.filter((r) => structural.has(r.rule)),
    sections: defaultPack.sections.map((s) => ({
      ...s,
      rules: s.rules.filter((r) => structural.has(r.rule)),
    })),
  };
}

export interface MemoryIo extends CliIo {
  out(): string;
  err(): string;
}

function fileSystemError(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

/** An io whose files live in memory; names ending in "/" are folders. */
export function memoryIo(
  files: Record<string, Uint8Array | string>,
  options: { tty?: boolean; env?: Record<string, string>; columns?: number } = {},
): MemoryIo {
  let out = "";
  let err = "";
  return {
    stdout: { write: (text: string) => (out += text), isTTY: options.tty ?? false, columns: options.columns },
    stderr: { write: (text: string) => (err += text) },
    env: options.env ?? {},
    async readFile(path: string) {
      if (path.endsWith("/")) throw fileSystemError("EISDIR", path);
      const content = files[path];
      if (content === undefined) throw fileSystemError("ENOENT", path);
      return typeof content === "string" ? new TextEncoder().encode(content) : content;
    },
    out: () => out,
    err: () => err,
  };
}
