import { XMLParser, XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { LIMITS, PART_TOO_BIG, TOO_MANY_PARAGRAPHS } from "../limits";
import type { DocumentSnapshot, SnapshotColour, SnapshotParagraph } from "../../analysis/snapshot";
import { UnreadableFileError } from "../errors";

/**
 * Reads a Word document (.docx) into the same DocumentSnapshot the add-in reads from Word:
 * paragraphs in order (including those in tables and content controls), their built-in style,
 * outline level, bold, font colour, list and table membership and content-control tag.
 *
 * A .docx is a zip of XML parts; word/document.xml holds the body and word/styles.xml the
 * styles that headings, lists, bold and colour may come from.
 */

/** A node of fast-xml-parser's order-preserving output: { tag: children, ":@": attributes }. */
type XmlNode = Record<string, unknown>;

const ATTRIBUTES = ":@";
const TEXT = "#text";

const xmlParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  // Word always writes the "w:" prefix today, but the namespace, not the prefix, is what counts.
  removeNSPrefix: true,
  // Keep text exactly as written: "007" must not become 7, and spaces matter in runs.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Word writes characters such as "&#8217;" as numeric references; decode them too.
  htmlEntities: true,
});

function tagOf(node: XmlNode): string | null {
  for (const key in node) if (key !== ATTRIBUTES) return key;
  return null;
}

function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  const children = tag ? node[tag] : undefined;
  return Array.isArray(children) ? (children as XmlNode[]) : [];
}

function attribute(node: XmlNode, name: string): string | undefined {
  const attributes = node[ATTRIBUTES] as Record<string, unknown> | undefined;
  const value = attributes?.[name];
  return typeof value === "string" ? value : undefined;
}

function child(node: XmlNode, tag: string): XmlNode | undefined {
  return childrenOf(node).find((c) => tagOf(c) === tag);
}

function textContent(node: XmlNode): string {
  let text = "";
  for (const c of childrenOf(node)) {
    const value = c[TEXT];
    if (typeof value === "string" || typeof value === "number") text += String(value);
  }
  return text;
}

function isOn(value: string | undefined): boolean {
  return value !== undefined && !["false", "0", "off"].includes(value.toLowerCase());
}

/** An on/off property such as <w:b/>, <w:b w:val="false"/>; undefined when absent. */
function toggle(node: XmlNode | undefined): boolean | undefined {
  if (!node) return undefined;
  const value = attribute(node, "val");
  return value === undefined || isOn(value);
}

/** <w:color w:val="0000FF"/> → "#0000FF"; "auto" → null; absent → undefined (inherit). */
function colourOf(node: XmlNode | undefined): SnapshotColour | undefined {
  if (!node) return undefined;
  const value = attribute(node, "val");
  if (!value || value.toLowerCase() === "auto") return null;
  return /^[0-9a-f]{6}$/i.test(value) ? `#${value.toUpperCase()}` : null;
}

/** Run properties that may come from a run, a character style, a paragraph style or the defaults. */
interface RunProperties {
  bold?: boolean;
  colour?: SnapshotColour;
}

function runPropertiesOf(rPr: XmlNode | undefined): RunProperties {
  if (!rPr) return {};
  return { bold: toggle(child(rPr, "b")), colour: colourOf(child(rPr, "color")) };
}

interface StyleDefinition {
  id: string;
  type: string;
  /** The style's name, which Word keeps in English for built-in styles ("heading 1"). */
  name: string;
  basedOn: string | null;
  /** 1–9, or null for "body text" (outline level 10 in Word's terms); undefined when not set. */
  outlineLevel?: number | null;
  /** true when the style carries numbering, false when it removes it; undefined when not set. */
  numbered?: boolean;
  run: RunProperties;
  isDefault: boolean;
}

/** The built-in style names the Word API reports (Word.BuiltInStyleName), by their lower-case form. */
const BUILT_IN_STYLES = new Map(
  [
    "Normal",
    ...Array.from({ length: 9 }, (_, i) => `Heading${i + 1}`),
    ...Array.from({ length: 9 }, (_, i) => `Toc${i + 1}`),
    "FootnoteText",
    "Header",
    "Footer",
    "Caption",
    "EndnoteText",
    "Title",
    "Subtitle",
    "NoSpacing",
    "ListParagraph",
    "Quote",
    "IntenseQuote",
    "Bibliography",
    "TocHeading",
  ].map((name) => [name.toLowerCase(), name]),
);

function builtInNameOf(styleName: string): string {
  return BUILT_IN_STYLES.get(styleName.replace(/\s+/g, "").toLowerCase()) ?? "Other";
}

function outlineLevelOf(pPr: XmlNode | undefined): number | null | undefined {
  const node = pPr && child(pPr, "outlineLvl");
  if (!node) return undefined;
  const level = Number(attribute(node, "val"));
  return Number.isInteger(level) && level >= 0 && level <= 8 ? level + 1 : null;
}

function numberingOf(pPr: XmlNode | undefined): boolean | undefined {
  const numPr = pPr && child(pPr, "numPr");
  if (!numPr) return undefined;
  const numId = child(numPr, "numId");
  // numId 0 is how Word switches inherited numbering off.
  return numId ? attribute(numId, "val") !== "0" : true;
}

class Styles {
  private readonly byId = new Map<string, StyleDefinition>();
  private readonly defaultRun: RunProperties;
  private readonly defaultParagraphStyle: StyleDefinition | undefined;
  /** Resolved once per style: a long document uses a handful of styles many times. */
  private readonly resolved = new Map<string | null, ResolvedParagraphStyle>();

  constructor(root: XmlNode[] | null) {
    const stylesNode = root?.find((n) => tagOf(n) === "styles");
    const docDefaults = stylesNode && child(stylesNode, "docDefaults");
    const rPrDefault = docDefaults && child(docDefaults, "rPrDefault");
    this.defaultRun = runPropertiesOf(rPrDefault && child(rPrDefault, "rPr"));
    for (const node of stylesNode ? childrenOf(stylesNode) : []) {
      if (tagOf(node) !== "style") continue;
      const id = attribute(node, "styleId");
      if (!id) continue;
      const pPr = child(node, "pPr");
      const nameNode = child(node, "name");
      const basedOnNode = child(node, "basedOn");
      this.byId.set(id, {
        id,
        type: attribute(node, "type") ?? "paragraph",
        name: (nameNode && attribute(nameNode, "val")) ?? id,
        basedOn: (basedOnNode && attribute(basedOnNode, "val")) ?? null,
        outlineLevel: outlineLevelOf(pPr),
        numbered: numberingOf(pPr),
        run: runPropertiesOf(child(node, "rPr")),
        isDefault: isOn(attribute(node, "default")),
      });
    }
    this.defaultParagraphStyle = [...this.byId.values()].find((s) => s.type === "paragraph" && s.isDefault);
  }

  /** The style and the styles it is based on, nearest first (guarding against loops). */
  private chain(id: string | null): StyleDefinition[] {
    const chain: StyleDefinition[] = [];
    let style = id ? this.byId.get(id) : this.defaultParagraphStyle;
    while (style && chain.length < 20 && !chain.includes(style)) {
      chain.push(style);
      style = style.basedOn ? this.byId.get(style.basedOn) : undefined;
    }
    return chain;
  }

  paragraphStyle(id: string | null): ResolvedParagraphStyle {
    let style = this.resolved.get(id);
    if (!style) {
      style = this.resolve(id);
      this.resolved.set(id, style);
    }
    return style;
  }

  private resolve(id: string | null): ResolvedParagraphStyle {
    const chain = this.chain(id);
    const own = chain[0];
    let builtIn = own ? builtInNameOf(own.name) : "Normal";
    // A style id from a document without styles.xml: trust Word's English ids.
    if (!own && id) builtIn = builtInNameOf(id);
    const firstDefined = <T>(pick: (s: StyleDefinition) => T | undefined): T | undefined =>
      chain.map(pick).find((v) => v !== undefined);
    const headingLevel = /^Heading([1-9])$/.exec(builtIn);
    const outlineLevel =
      firstDefined((s) => s.outlineLevel) ?? (headingLevel ? Number(headingLevel[1]) : null);
    const listStyle = chain.some((s) => /^list (bullet|number)/i.test(s.name));
    return {
      builtIn,
      outlineLevel,
      numbered: firstDefined((s) => s.numbered) ?? listStyle,
      run: this.runFrom(chain),
    };
  }

  characterStyle(id: string | undefined): RunProperties {
    return id ? this.runFrom(this.chain(id)) : {};
  }

  get documentDefaults(): RunProperties {
    return this.defaultRun;
  }

  private runFrom(chain: StyleDefinition[]): RunProperties {
    const bold = chain.map((s) => s.run.bold).find((v) => v !== undefined);
    const colour = chain.map((s) => s.run.colour).find((v) => v !== undefined);
    return { ...(bold !== undefined ? { bold } : {}), ...(colour !== undefined ? { colour } : {}) };
  }
}

interface ResolvedParagraphStyle {
  builtIn: string;
  outlineLevel: number | null;
  numbered: boolean;
  run: RunProperties;
}

interface Run {
  text: string;
  bold: boolean;
  colour: SnapshotColour;
}

interface Context {
  inTable: boolean;
  contentControlTag: string | null;
}

/** Elements that wrap runs inside a paragraph and whose text is part of the paragraph. */
const RUN_CONTAINERS = new Set([
  "hyperlink",
  "ins",
  "moveTo",
  "smartTag",
  "customXml",
  "fldSimple",
  "dir",
  "bdo",
]);
/** Block-level wrappers whose paragraphs belong to the body. */
const BLOCK_CONTAINERS = new Set(["tr", "tc", "customXml", "ins", "moveTo"]);

class BodyReader {
  readonly paragraphs: SnapshotParagraph[] = [];

  constructor(private readonly styles: Styles) {}

  blocks(nodes: XmlNode[], context: Context): void {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === "p") this.paragraph(node, context);
      else if (tag === "tbl") this.blocks(childrenOf(node), { ...context, inTable: true });
      else if (tag === "sdt") {
        const content = child(node, "sdtContent");
        if (content)
          this.blocks(childrenOf(content), { ...context, contentControlTag: contentControlTagOf(node) });
      } else if (tag && BLOCK_CONTAINERS.has(tag)) this.blocks(childrenOf(node), context);
    }
  }

  private paragraph(node: XmlNode, context: Context): void {
    const pPr = child(node, "pPr");
    const styleNode = pPr && child(pPr, "pStyle");
    const style = this.styles.paragraphStyle((styleNode && attribute(styleNode, "val")) ?? null);
    const runs: Run[] = [];
    this.runs(childrenOf(node), style, runs);
    const text = runs.map((r) => r.text).join("");
    // Spaces have neither a visible colour nor weight, so they do not make a paragraph "mixed".
    const visible = runs.filter((r) => r.text.trim().length > 0);
    const styleBold = style.run.bold ?? this.styles.documentDefaults.bold ?? false;
    const styleColour =
      style.run.colour !== undefined ? style.run.colour : (this.styles.documentDefaults.colour ?? null);
    this.paragraphs.push({
      text,
      styleBuiltIn: style.builtIn,
      outlineLevel: outlineLevelOf(pPr) ?? style.outlineLevel,
      bold:
        visible.length === 0
          ? styleBold
          : agree(
              visible.map((r) => r.bold),
              "mixed",
            ),
      colour:
        visible.length === 0
          ? styleColour
          : agree(
              visible.map((r) => r.colour),
              "mixed",
            ),
      inTable: context.inTable,
      inList: numberingOf(pPr) ?? style.numbered,
      contentControlTag: context.contentControlTag,
    });
  }

  private runs(nodes: XmlNode[], style: ResolvedParagraphStyle, into: Run[]): void {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === "r") into.push(this.run(node, style));
      else if (tag === "sdt") {
        const content = child(node, "sdtContent");
        if (content) this.runs(childrenOf(content), style, into);
      } else if (tag && RUN_CONTAINERS.has(tag)) this.runs(childrenOf(node), style, into);
    }
  }

  private run(node: XmlNode, style: ResolvedParagraphStyle): Run {
    const rPr = child(node, "rPr");
    const direct = runPropertiesOf(rPr);
    const rStyleNode = rPr && child(rPr, "rStyle");
    const characterStyle = this.styles.characterStyle(rStyleNode && attribute(rStyleNode, "val"));
    const defaults = this.styles.documentDefaults;
    const bold = direct.bold ?? characterStyle.bold ?? style.run.bold ?? defaults.bold ?? false;
    const colour = [direct.colour, characterStyle.colour, style.run.colour, defaults.colour].find(
      (c) => c !== undefined,
    );
    let text = "";
    for (const part of childrenOf(node)) {
      const tag = tagOf(part);
      if (tag === "t") text += textContent(part).replace(/[\t\r\n]/g, " ");
      // The brief for the snapshot: tabs and line breaks read as spaces.
      else if (tag === "tab" || tag === "br" || tag === "cr") text += " ";
      else if (tag === "noBreakHyphen") text += "-";
    }
    return { text, bold, colour: colour ?? null };
  }
}

function contentControlTagOf(sdt: XmlNode): string | null {
  const properties = child(sdt, "sdtPr");
  const tagNode = properties && child(properties, "tag");
  const tag = tagNode && attribute(tagNode, "val");
  return tag ? tag : null;
}

/** The one value every item shares, or `mixed` when they differ. */
function agree<T, M>(values: T[], mixed: M): T | M {
  const first = values[0] as T;
  return values.every((v) => v === first) ? first : mixed;
}

function parseXml(xml: string, part: string): XmlNode[] {
  // A package's parts may not declare a document type (ECMA-376 Part 2, §8.1.4), so Word never
  // writes one; one here is how entity tricks (XXE, "billion laughs") arrive.
  if (xml.includes("<!DOCTYPE")) {
    throw new UnreadableFileError(
      `is not a document Word wrote: its ${part} declares a document type, which Word never does, so it was not read. Open the summary in Word and save a fresh copy.`,
    );
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new UnreadableFileError(
      `is damaged: its ${part} is not well-formed (line ${valid.err.line}). Open it in Word, which may offer to repair it, then save it again.`,
    );
  }
  return xmlParser.parse(xml) as XmlNode[];
}

/** Where the main document part is: _rels/.rels names it, word/document.xml by convention. */
async function mainDocumentPath(zip: JSZip): Promise<string> {
  const rels = zip.file("_rels/.rels");
  if (rels) {
    const match =
      /Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"|Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(
        await rels.async("string"),
      );
    const target = match?.[1] ?? match?.[2];
    if (target && zip.file(target)) return target;
  }
  return "word/document.xml";
}

function countOccurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

/**
 * A part of the zip as text, unpacked as a stream and abandoned as soon as it passes
 * LIMITS.partBytes: a zip bomb (300 MB of XML packed into 315 KB) is refused after 30 MB, not
 * unpacked whole. The size the zip declares is not trusted.
 */
function unpackPart(part: JSZip.JSZipObject): Promise<string> {
  return new Promise((resolve, reject) => {
    const decoder = new TextDecoder("utf-8");
    const pieces: string[] = [];
    let size = 0;
    let done = false;
    const stream = part.nodeStream("nodebuffer");
    stream
      .on("data", (chunk: Buffer) => {
        if (done) return;
        size += chunk.length;
        if (size > LIMITS.partBytes) {
          done = true;
          stream.pause();
          reject(new UnreadableFileError(PART_TOO_BIG));
          return;
        }
        pieces.push(decoder.decode(chunk, { stream: true }));
      })
      .on("error", (error: Error) => {
        if (!done) reject(error);
        done = true;
      })
      .on("end", () => {
        if (done) return;
        done = true;
        pieces.push(decoder.decode());
        resolve(pieces.join(""));
      })
      .resume();
  });
}

export async function readDocx(bytes: Uint8Array): Promise<DocumentSnapshot> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new UnreadableFileError(
      "is damaged: it looks like a Word document but cannot be opened (the file may be incomplete). Open it in Word, which may offer to repair it, or save a fresh copy.",
    );
  }
  const documentPath = await mainDocumentPath(zip);
  const documentPart = zip.file(documentPath);
  if (!documentPart) {
    const kind = zip.file("xl/workbook.xml")
      ? "an Excel workbook"
      : zip.file("ppt/presentation.xml")
        ? "a PowerPoint presentation"
        : "a zip file without a Word document in it";
    throw new UnreadableFileError(
      `is not a Word document: it is ${kind}. Check a .docx file saved from Word.`,
    );
  }
  let documentXml: string;
  let stylesXml: string | null;
  try {
    documentXml = await unpackPart(documentPart);
    const stylesPart = zip.file("word/styles.xml");
    stylesXml = stylesPart ? await unpackPart(stylesPart) : null;
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(
      "is damaged: part of it cannot be unpacked. Open it in Word, which may offer to repair it, or save a fresh copy.",
    );
  }
  // Counted before parsing, which is where a flood of paragraphs would cost time and memory.
  if (
    countOccurrences(documentXml, "<w:p>") +
      countOccurrences(documentXml, "<w:p ") +
      countOccurrences(documentXml, "<w:p/>") >
    LIMITS.paragraphs
  )
    throw new UnreadableFileError(TOO_MANY_PARAGRAPHS);
  const styles = new Styles(stylesXml ? parseXml(stylesXml, "styles part") : null);
  const root = parseXml(documentXml, "main text");
  const documentNode = root.find((n) => tagOf(n) === "document");
  const body = documentNode && child(documentNode, "body");
  const reader = new BodyReader(styles);
  if (body) reader.blocks(childrenOf(body), { inTable: false, contentControlTag: null });
  return { paragraphs: reader.paragraphs };
}
