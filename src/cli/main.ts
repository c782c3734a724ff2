import { analyse, type AnalysisResult } from "../analysis/engine";
import { dirname, join } from "node:path";
import { loadPackFromJson, type LoadContext } from "../analysis/load-pack";
import { type Pack } from "../guidance";
import { builtInPacks, extendablePacks, getPack } from "../analysis/built-in-packs";
import packageJson from "../../package.json";
import { UnreadableFileError } from "./errors";
import { TOO_BIG } from "./limits";
import { formatFile, formatOverall, type TextStyle } from "./format-text";
import { parseCommandLine, USAGE, UsageError, type CliRequest } from "./options";
import { readDocument } from "./readers";
import { decodeText } from "./readers/text";
import { toJson, type FileReport } from "./report";
import { ReportRefused, runReport, type FolderEntry } from "./report-command";

/**
 * `case-summary check FILE…`: reads each file on this computer, checks it against a template
 * pack and prints what needs attention. Nothing is sent anywhere. Everything outside the process
 * comes through `io`, so tests run it in-process.
 */

export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  readFile(path: string): Promise<Uint8Array>;
  /** For the report: a folder's entries, and writing its one file. */
  readFolder?(path: string): Promise<FolderEntry[]>;
  writeFile?(path: string, text: string): Promise<void>;
  env: Readonly<Record<string, string | undefined>>;
}

export const ExitCode = {
  /** Every file was read and nothing the guidance requires is missing. */
  clean: 0,
  /** At least one file has an error-severity finding. */
  errorsFound: 1,
  /** A file could not be read, or the command line was wrong. */
  unusable: 2,
} as const;

class TemplateError extends Error {}

/**
 * What reaches a terminal: control characters other than line breaks and tabs removed, so that a
 * file or pack name holding escape codes cannot move the cursor, recolour or retitle the terminal.
 * (The colours this program sets itself are added after, by format-text.)
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
export const terminalSafe = (text: string) => text.replace(CONTROL, "");

/** The words of a result that come from the document or a pack, made safe before styling. */
function terminalSafeResult(result: AnalysisResult): AnalysisResult {
  return {
    ...result,
    childName: result.childName === null ? null : terminalSafe(result.childName),
    pack: { ...result.pack, name: terminalSafe(result.pack.name) },
    sections: result.sections.map((s) => ({ ...s, heading: terminalSafe(s.heading) })),
    findings: result.findings.map((f) => ({
      ...f,
      message: terminalSafe(f.message),
      guidance: terminalSafe(f.guidance),
    })),
  };
}

/** In JSON the C1 controls (U+0080 to U+009F), which JSON.stringify leaves raw, are escaped. */
const jsonSafe = (json: string) =>
  json.replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

export async function main(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const io: CliIo = {
    ...rawIo,
    stderr: { write: (text: string) => rawIo.stderr.write(terminalSafe(text)) },
  };
  let request: CliRequest;
  try {
    request = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`case-summary: ${error.message}\n`);
    return ExitCode.unusable;
  }
  if (request.kind === "help") {
    io.stdout.write(`${USAGE}\n\n${templateList()}\n`);
    return ExitCode.clean;
  }
  if (request.kind === "version") {
    io.stdout.write(`${packageJson.version}\n`);
    return ExitCode.clean;
  }

  let pack: Pack | undefined;
  try {
    pack = request.template ? await resolveTemplate(request.template, io) : undefined;
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    io.stderr.write(`case-summary: ${error.message}\n`);
    return ExitCode.unusable;
  }

  if (request.kind === "report") {
    const { readFolder, writeFile } = rawIo;
    if (!readFolder || !writeFile) throw new Error("The report needs readFolder and writeFile.");
    const threadsAsked = io.env.CASE_SUMMARY_REPORT_THREADS?.trim();
    if (threadsAsked && !/^\d{1,2}$/.test(threadsAsked)) {
      io.stderr.write(
        "case-summary: CASE_SUMMARY_REPORT_THREADS must be a whole number of threads, such as 2 (0 checks every file in one thread).\n",
      );
      return ExitCode.unusable;
    }
    try {
      const outcome = await runReport(
        { ...request, threads: threadsAsked ? Number(threadsAsked) : null },
        pack,
        {
          readFile: io.readFile,
          readFolder,
          writeFile,
          // Only digits, words and a carriage return: nothing from a document.
          progress: (text) => rawIo.stderr.write(text),
          stderrIsTty: rawIo.stderr.isTTY === true,
        },
        describeFileSystemError,
      );
      io.stderr.write(`case-summary: ${outcome.message}\n`);
      if (!outcome.written) return ExitCode.unusable;
      return outcome.unreadable > 0 ? ExitCode.errorsFound : ExitCode.clean;
    } catch (error) {
      if (!(error instanceof ReportRefused)) throw error;
      io.stderr.write(`case-summary: ${error.message}\n`);
      return ExitCode.unusable;
    }
  }

  const style = textStyle(io);
  const reports: FileReport[] = [];
  let printed = false;
  for (const file of request.files) {
    const report = await checkFile(file, io, { pack, childName: request.childName, today: request.today });
    reports.push(report);
    // An unreadable file is said on stderr in both formats, so a script piping the JSON still sees it.
    if ("error" in report) io.stderr.write(`case-summary: ${file} ${report.error}\n`);
    else if (request.format !== "json") {
      // Reports as they come, a blank line between files, so a long run shows progress.
      io.stdout.write(
        `${printed ? "\n" : ""}${formatFile(terminalSafe(file), terminalSafeResult(report.result), style)}`,
      );
      printed = true;
    }
  }
  if (request.format === "json") io.stdout.write(jsonSafe(toJson(reports)));
  else if (reports.length > 1) io.stdout.write(`\n${formatOverall(reports)}`);

  if (reports.some((r) => "error" in r)) return ExitCode.unusable;
  const errorsFound = reports.some(
    (r) => "result" in r && r.result.findings.some((f) => f.severity === "error"),
  );
  return errorsFound ? ExitCode.errorsFound : ExitCode.clean;
}

async function checkFile(
  file: string,
  io: CliIo,
  options: { pack: Pack | undefined; childName: string | null; today: Date | null },
): Promise<FileReport> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    return { file, error: describeFileSystemError(error) };
  }
  try {
    const snapshot = await readDocument(file, bytes);
    const result = analyse(snapshot, {
      pack: options.pack,
      packs: builtInPacks,
      childName: options.childName,
      ...(options.today ? { today: options.today } : {}),
    });
    return { file, result };
  } catch (error) {
    if (error instanceof UnreadableFileError) return { file, error: error.message };
    // A fault in a check should not hide the other files' results; its message is not shown, as it
    // may quote the document.
    return {
      file,
      error:
        "could not be checked because of a fault in case-summary; the other files were checked. Please report it.",
    };
  }
}

/** An operating-system error in the worker's terms, following the file's name. */
function describeFileSystemError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case "ENOENT":
      return "was not found. Check the file's name and folder.";
    case "EISDIR":
      return "is a folder, not a file. Name the files in it, for example folder/*.docx.";
    case "EACCES":
    case "EPERM":
      return "cannot be opened: you do not have permission to read it.";
    case "EBUSY":
      return "is in use by another program. Close it and try again.";
    case "ELOOP":
      return "is a link that leads round in a circle to itself, so there is no file to read. Name the summary itself.";
    case "ENOTREGULAR": {
      const kind = (error as { kind?: string }).kind || "device";
      return `is a ${kind}, not a file, so it was not read. Name the summary itself.`;
    }
    case "ETOOBIG":
      return TOO_BIG;
    default:
      // The code only: an operating system's message can carry a path, never a document's words.
      return `cannot be opened${code ? ` (${code})` : ""}. Check that it is a file you can open.`;
  }
}

async function resolveTemplate(template: string, io: CliIo): Promise<Pack> {
  const builtIn = getPack(template);
  if (builtIn) return builtIn;
  if (!isPackPath(template)) {
    throw new TemplateError(
      `"${template}" is not a template. Use one of ${builtInPacks.map((p) => p.id).join(", ")}, or the path of a template pack saved as .json.`,
    );
  }
  // The pack and every file it extends, read first: the loader itself reads nothing.
  const texts = new Map<string, string>();
  const read = async (file: string, depth: number): Promise<void> => {
    if (texts.has(file) || depth > MAX_LAYERS) return;
    let text: string;
    try {
      text = decodeText(await io.readFile(file));
    } catch (error) {
      throw new TemplateError(`the template pack ${file} ${describeFileSystemError(error)}`);
    }
    texts.set(file, text);
    const parent = extendsOf(text);
    if (parent !== null && isPackPath(parent)) await read(join(dirname(file), parent), depth + 1);
  };
  await read(template, 0);
  const known = extendablePacks.map((p) => p.id);
  const contextFor = (file: string): LoadContext => ({
    known,
    parent: (ref, chain) => {
      if (!isPackPath(ref)) {
        const pack = extendablePacks.find((candidate) => candidate.id === ref);
        return pack ? { ok: true, pack } : undefined;
      }
      const target = join(dirname(file), ref);
      const text = texts.get(target);
      if (text === undefined)
        return {
          ok: false,
          errors: [
            `extends: ${ref} is more than ${MAX_LAYERS} layers down; lay fewer packs over one another`,
          ],
        };
      return loadPackFromJson(text, undefined, { ...contextFor(target), chain });
    },
  });
  const loaded = loadPackFromJson(texts.get(template)!, undefined, contextFor(template));
  if (!loaded.ok) {
    throw new TemplateError(
      `the template pack ${template} cannot be used:\n${loaded.errors.map((e) => `  - ${e}`).join("\n")}`,
    );
  }
  return loaded.pack;
}

/** Enough for 000 → a council's template → a team's additions, and a little more. */
const MAX_LAYERS = 8;

/** A pack named by its file (on the command line, "extends" may name one relative to the pack). */
function isPackPath(reference: string): boolean {
  return /\.json$/i.test(reference) || /[\\/]/.test(reference);
}

/** What a pack's "extends" says, if the text is JSON enough to tell; the loader reports the rest. */
function extendsOf(text: string): string | null {
  try {
    const data: unknown = JSON.parse(text.replace(/^\uFEFF/, ""));
    if (typeof data === "object" && data !== null && "extends" in data) {
      const value = (data as { extends: unknown }).extends;
      return typeof value === "string" ? value : null;
    }
  } catch {
    // Not JSON: the loader says where.
  }
  return null;
}

function templateList(): string {
  const width = Math.max(...builtInPacks.map((p) => p.id.length));
  const lines = builtInPacks.map(
    (p, i) => `  ${p.id.padEnd(width)}  ${p.name}${i === 0 ? " (the default)" : ""}`,
  );
  return `Built-in templates:\n${lines.join("\n")}`;
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
function textStyle(io: CliIo): TextStyle {
  const terminal = io.stdout.isTTY === true;
  const colour = terminal && !io.env.NO_COLOR && io.env.TERM !== "dumb";
  const columns = terminal && io.stdout.columns ? io.stdout.columns : 100;
  return { colour, width: Math.min(Math.max(columns, 60), 120) };
}
