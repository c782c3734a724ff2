import { analyse } from "../analysis/engine";
import { loadPackFromJson } from "../analysis/load-pack";
import { builtInPacks, getPack, type Pack } from "../guidance";
import packageJson from "../../package.json";
import { UnreadableFileError } from "./errors";
import { formatFile, formatOverall, type TextStyle } from "./format-text";
import { parseCommandLine, USAGE, UsageError, type CliRequest } from "./options";
import { readDocument } from "./readers";
import { decodeText } from "./readers/text";
import { toJson, type FileReport } from "./report";

/**
 * `case-summary check FILE…`: reads each file on this computer, checks it against a template
 * pack and prints what needs attention. Nothing is sent anywhere. Everything outside the process
 * comes through `io`, so tests run it in-process.
 */

export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown };
  readFile(path: string): Promise<Uint8Array>;
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

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
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
      io.stdout.write(`${printed ? "\n" : ""}${formatFile(file, report.result, style)}`);
      printed = true;
    }
  }
  if (request.format === "json") io.stdout.write(toJson(reports));
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
    // A fault in a check should not hide the other files' results.
    return { file, error: `could not be checked: ${error instanceof Error ? error.message : String(error)}` };
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
    default:
      return `cannot be opened (${error instanceof Error ? error.message : String(error)}).`;
  }
}

async function resolveTemplate(template: string, io: CliIo): Promise<Pack> {
  const builtIn = getPack(template);
  if (builtIn) return builtIn;
  if (!/\.json$/i.test(template) && !/[\\/]/.test(template)) {
    throw new TemplateError(
      `"${template}" is not a template. Use one of ${builtInPacks.map((p) => p.id).join(", ")}, or the path of a template pack saved as .json.`,
    );
  }
  let text: string;
  try {
    text = decodeText(await io.readFile(template));
  } catch (error) {
    throw new TemplateError(`the template pack ${template} ${describeFileSystemError(error)}`);
  }
  const loaded = loadPackFromJson(text);
  if (!loaded.ok) {
    throw new TemplateError(
      `the template pack ${template} cannot be used:\n${loaded.errors.map((e) => `  - ${e}`).join("\n")}`,
    );
  }
  return loaded.pack;
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
