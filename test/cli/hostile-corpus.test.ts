import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { nodeIo } from "../../src/cli";
import { main } from "../../src/cli/main";
import { summaryDocx } from "./helpers";
import { HOSTILE_CASES, type HostileCase } from "./hostile-corpus";

/**
 * Every hostile input in the corpus, each in a run of its own beside a good summary: the message
 * it gets, the exit code, that the good file was still checked, and that no output quotes it.
 */

// The biggest cases write and read tens of megabytes.
jest.setTimeout(60_000);

let folder: string;
let good: string;
beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), "case-summary-hostile-corpus-"));
  good = path.join(folder, "good.docx");
  writeFileSync(good, await summaryDocx());
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function run(hostile: HostileCase) {
  const caseFolder = mkdtempSync(path.join(folder, "case-"));
  const args = await hostile.make(caseFolder);
  let out = "";
  let err = "";
  const io = {
    ...nodeIo(),
    stdout: { write: (text: string) => (out += text), isTTY: false },
    stderr: { write: (text: string) => (err += text) },
  };
  const code = await main(["check", ...args, good], io);
  return { code, out, err, file: path.basename(args[args.length - 1]!) };
}

/** Prints what each case got, to read the messages by eye: CORPUS_SHOW=1 npx jest hostile-corpus. */
function show(hostile: HostileCase, result: { code: number; err: string }) {
  if (process.env.CORPUS_SHOW) process.stdout.write(`${hostile.name}: exit ${result.code}\n${result.err}\n`);
}

describe.each([...new Set(HOSTILE_CASES.map((c) => c.row))])("%s", (row) => {
  it.each(HOSTILE_CASES.filter((c) => c.row === row).map((c) => [c.name, c] as const))(
    "%s",
    async (_name, hostile) => {
      const { code, out, err, file } = await run(hostile);
      show(hostile, { code, err });
      if (hostile.says) expect(err).toMatch(hostile.says);
      else {
        // Checked like any other file: its own report, and nothing said on stderr.
        expect(err).toBe("");
        if (hostile.reported !== false) expect(out).toContain(file);
      }
      // Every input is expected: none may reach the "fault in case-summary" catch-all.
      expect(err).not.toMatch(/fault/);
      expect(code).toBe(hostile.exitCode);
      if (hostile.goodFileChecked !== false) expect(out).toMatch(/good\.docx/);
      for (const words of hostile.neverQuotes ?? []) expect(out + err).not.toContain(words);
      // Nothing a terminal would act on, whatever the input held.
      // eslint-disable-next-line no-control-regex -- the control characters are what is looked for
      expect(out + err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    },
  );
});
