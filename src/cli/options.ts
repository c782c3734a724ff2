import { parseArgs } from "node:util";

/** What the worker asked for on the command line, checked. */
export type CliRequest =
  | { kind: "help" }
  | { kind: "version" }
  | {
      kind: "check";
      files: string[];
      /** A built-in pack id or the path of a JSON pack; null to choose from the headings. */
      template: string | null;
      childName: string | null;
      format: "text" | "json";
      today: Date | null;
    }
  | {
      kind: "report";
      folders: string[];
      out: string;
      template: string | null;
      format: "html" | "csv";
      today: Date | null;
    };

/** A mistake in the command line, with a message that says how to put it right. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export const USAGE = `Usage: case-summary check FILE… [options]
       case-summary report FOLDER… --out report.html [--format html|csv] [--template ID] [--today YYYY-MM-DD]

Checks children's case summaries against the council's practice guidance and lists what
needs attention, section by section. Nothing is sent anywhere: files are read on this computer.

FILE can be a Word document (.docx), Markdown (.md), plain text (.txt, one heading or
paragraph a line) or a document snapshot (.json). Give as many as you like.

Options:
  --template ID       The template to check against: a built-in template (see below) or the
                      path of a template pack saved as .json. Without it, the template is
                      chosen from the headings in each summary.
  --child-name NAME   The child's first name, where the headings do not give it.
  --format text|json  text (the default) for reading; json for other programs.
  --today YYYY-MM-DD  The date to judge whether a summary is overdue (default: today).
  --out FILE          (report) Where to write the caseload report; nothing else is written.
  -h, --help          Show this help.
  -v, --version       Show the version.

Exit status: 0 when nothing required is missing, 1 when something required needs attention,
2 when a file could not be read or the command line was wrong.`;

const OPTIONS = {
  template: { type: "string" },
  "child-name": { type: "string" },
  format: { type: "string" },
  today: { type: "string" },
  out: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

const HELP_HINT = "Run case-summary --help to see how to use it.";

function parseStrictly(argv: readonly string[]) {
  return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
}

export function parseCommandLine(argv: readonly string[]): CliRequest {
  let parsed: ReturnType<typeof parseStrictly>;
  try {
    parsed = parseStrictly(argv);
  } catch (error) {
    throw new UsageError(`${explainParseError(error)} ${HELP_HINT}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };

  const [command, ...files] = positionals;
  if (command === undefined) throw new UsageError(`Say what to check: case-summary check FILE… ${HELP_HINT}`);
  if (command === "report") return reportRequest(files, values);
  if (command !== "check") {
    const hint = /\.\w+$/.test(command) ? ` Did you mean: case-summary check ${positionals.join(" ")}?` : "";
    throw new UsageError(
      `"${command}" is not a command: the commands are "check" and "report".${hint} ${HELP_HINT}`,
    );
  }
  if (files.length === 0)
    throw new UsageError(`Give at least one file to check: case-summary check FILE… ${HELP_HINT}`);

  return {
    kind: "check",
    files,
    template: nonEmpty(values.template, "--template", "a template id or the path of a .json template pack"),
    childName: nonEmpty(values["child-name"], "--child-name", "the child's name"),
    format: formatOf(values.format),
    today: values.today === undefined ? null : dateOf(values.today),
  };
}

function reportRequest(folders: string[], values: ReturnType<typeof parseStrictly>["values"]): CliRequest {
  if (folders.length === 0)
    throw new UsageError(
      `Give at least one folder: case-summary report FOLDER… --out report.html ${HELP_HINT}`,
    );
  const out = nonEmpty(values.out, "--out", "the file to write the report to, such as report.html");
  if (out === null) throw new UsageError(`Say where to write the report: --out report.html. ${HELP_HINT}`);
  const format = (values.format ?? (/\.csv$/i.test(out) ? "csv" : "html")).trim().toLowerCase();
  if (format !== "html" && format !== "csv")
    throw new UsageError(`--format for a report must be html or csv, not "${values.format}".`);
  if (values["child-name"] !== undefined)
    throw new UsageError(
      `--child-name is for one summary; a report reads each child's name from their summary.`,
    );
  return {
    kind: "report",
    folders,
    out,
    format,
    template: nonEmpty(values.template, "--template", "a template id or the path of a .json template pack"),
    today: values.today === undefined ? null : dateOf(values.today),
  };
}

function nonEmpty(value: string | undefined, option: string, what: string): string | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  if (!trimmed) throw new UsageError(`${option} needs ${what}. ${HELP_HINT}`);
  return trimmed;
}

function formatOf(value: string | undefined): "text" | "json" {
  if (value === undefined) return "text";
  const format = value.trim().toLowerCase();
  if (format === "text" || format === "json") return format;
  throw new UsageError(`--format must be text or json, not "${value}".`);
}

/** A calendar date at midday local time, so that no time zone moves it to another day. */
function dateOf(value: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12) : null;
  if (!match || !date || date.getMonth() !== Number(match[2]) - 1 || date.getDate() !== Number(match[3])) {
    throw new UsageError(`--today must be a date written as YYYY-MM-DD, such as 2025-03-31, not "${value}".`);
  }
  return date;
}

/** Node's messages for bad options mention positionals and '--'; say it more simply. */
function explainParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(message)?.[1] ?? "that option";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `${option} is not an option.`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return /does not take an argument/.test(message)
      ? `${option} does not take a value.`
      : `${option} needs a value.`;
  }
  return message;
}
