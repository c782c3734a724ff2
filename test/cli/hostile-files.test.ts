import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { nodeIo, readRegularFile } from "../../src/cli";
import { main } from "../../src/cli/main";
import { LIMITS } from "../../src/cli/limits";
import { readDocument } from "../../src/cli/readers";
import { memoryIo, summaryDocx } from "./helpers";

/**
 * What the hostile-input corpus (hostile-corpus.test.ts) does not show by its messages: that odd
 * encodings are read as written, that a file's own name cannot drive the terminal, and that an
 * over-long file is refused before any of it is read.
 */
async function runBeside(name: string, content: Uint8Array | string) {
  const io = memoryIo({ "good.docx": await summaryDocx(), [name]: content });
  const code = await main(["check", name, "good.docx"], io);
  return { code, out: io.out(), err: io.err() };
}

describe("hostile files on the command line", () => {
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

  it("refuses a file over the size limit without reading it", async () => {
    const big = path.join(folder, "huge.txt");
    writeFileSync(big, "");
    truncateSync(big, LIMITS.fileBytes + 1);
    await expect(readRegularFile(big)).rejects.toMatchObject({ code: "ETOOBIG" });
    const { err } = await check(big);
    expect(err).toMatch(/huge\.txt is larger than 50 MB/);
  });
});
