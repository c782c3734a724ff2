import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { nodeIo, readRegularFile } from "../../src/cli";
import { main } from "../../src/cli/main";
import { LIMITS } from "../../src/cli/limits";
import { readDocument } from "../../src/cli/readers";
import { handMadeDocx, memoryIo, summaryDocx } from "./helpers";

/**
 * Files from anyone, each beside a good summary in the same run: each gets a clear message, no
 * output quotes the document, and the good file is still checked. Built here, not committed.
 */
async function runBeside(name: string, content: Uint8Array | string) {
  const io = memoryIo({ "good.docx": await summaryDocx(), [name]: content });
  const code = await main(["check", name, "good.docx"], io);
  return { code, out: io.out(), err: io.err() };
}

describe("hostile files on the command line", () => {
  it("refuses a zip bomb after the part limit, without unpacking it, and checks the good file", async () => {
    const zip = new JSZip();
    const flood = " ".repeat(LIMITS.partBytes + 1024 * 1024);
    zip.file(
      "word/document.xml",
      `<w:document><w:body><w:p><w:r><w:t>${flood}</w:t></w:r></w:p></w:body></w:document>`,
    );
    const bomb = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bomb.length).toBeLessThan(LIMITS.partBytes / 100);
    const { code, out, err } = await runBeside("bomb.docx", bomb);
    expect(code).toBe(2);
    expect(err).toMatch(/bomb\.docx unpacks to more than 30 MB of text, more than any case summary holds/);
    expect(out).toContain("good.docx");
  });

  it("refuses a flood of empty paragraphs before parsing them", async () => {
    const { code, err, out } = await runBeside(
      "flood.docx",
      await handMadeDocx("<w:p/>".repeat(LIMITS.paragraphs + 1)),
    );
    expect(code).toBe(2);
    expect(err).toMatch(/flood\.docx has more than 20,000 paragraphs/);
    expect(out).toContain("good.docx");
  });

  it("never quotes a broken snapshot's words", async () => {
    const { err } = await runBeside("broken.json", '{"paragraphs": [Maya Thompson lives at 4 Elm Road');
    expect(err).toMatch(/broken\.json is not valid JSON\. Open it in a text editor/);
    expect(err).not.toMatch(/Maya|Thomp|Elm/);
  });

  it('reads a Latin-1 (Windows "ANSI") text file as the worker wrote it', async () => {
    const latin1 = Uint8Array.from(
      Buffer.from("Pen Picture of the child\nZoë loves the café and saves £5 a week.\n", "latin1"),
    );
    const snapshot = await readDocument("ansi.txt", latin1);
    expect(snapshot.paragraphs[1]!.text).toBe("Zoë loves the café and saves £5 a week.");
    const { out } = await runBeside("ansi.txt", latin1);
    expect(out).not.toContain("\uFFFD");
  });

  it("reads UTF-16 without a byte-order mark", async () => {
    const utf16 = Uint8Array.from(
      Buffer.from("Pen Picture of the child\nMaya is seven and loves swimming.\n", "utf16le"),
    );
    const { err, out } = await runBeside("unicode.txt", utf16);
    expect(err).not.toContain("unicode.txt");
    expect(out).toContain("unicode.txt");
  });

  it("refuses binary content without NUL bytes as not text", async () => {
    const binary = Uint8Array.from({ length: 4000 }, (_, i) => 1 + ((i * 7919) % 255));
    const { code, err } = await runBeside("noise.md", binary);
    expect(code).toBe(2);
    expect(err).toMatch(/noise\.md is not a text file/);
  });

  it("writes no terminal escape codes from a file's name", async () => {
    const { err, out } = await runBeside(
      "evil\u001b]0;owned\u0007\u009b2J.txt",
      "Pen Picture of the child\nMaya is seven.",
    );
    for (const control of ["\u001b", "\u0007", "\u009b"]) expect(out + err).not.toContain(control);
  });
});

describe("reading files from the disk", () => {
  let folder: string;
  beforeAll(() => (folder = mkdtempSync(path.join(tmpdir(), "case-summary-hostile-"))));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  async function check(file: string) {
    let out = "";
    let err = "";
    const io = {
      ...nodeIo(),
      stdout: { write: (text: string) => (out += text), isTTY: false },
      stderr: { write: (text: string) => (err += text) },
    };
    const good = path.join(folder, "good.txt");
    writeFileSync(good, "Pen Picture of the child\nMaya is seven.\n");
    const code = await main(["check", file, good], io);
    return { code, out, err };
  }

  it("refuses a device by what it is, however it is named", async () => {
    const link = path.join(folder, "zero.txt");
    symlinkSync("/dev/zero", link);
    const { code, err, out } = await check(link);
    expect(code).toBe(2);
    expect(err).toMatch(/zero\.txt is a device, not a file, so it was not read/);
    expect(out).toContain("good.txt");
  });

  it("refuses a named pipe without waiting on it", async () => {
    const fifo = path.join(folder, "pipe.md");
    execFileSync("mkfifo", [fifo]);
    const { err } = await check(fifo);
    expect(err).toMatch(/pipe\.md is a pipe, not a file/);
  });

  it("names a link loop plainly", async () => {
    const a = path.join(folder, "a.txt");
    const b = path.join(folder, "b.txt");
    symlinkSync(b, a);
    symlinkSync(a, b);
    const { err } = await check(a);
    expect(err).toMatch(/a\.txt is a link that leads round in a circle/);
    expect(err).not.toMatch(/ELOOP:/);
  });

  it("refuses a file over the size limit without reading it", async () => {
    const big = path.join(folder, "huge.txt");
    writeFileSync(big, "");
    truncateSync(big, LIMITS.fileBytes + 1);
    await expect(readRegularFile(big)).rejects.toMatchObject({ code: "ETOOBIG" });
    const { err } = await check(big);
    expect(err).toMatch(/huge\.txt is larger than 50 MB/);
  });
});
