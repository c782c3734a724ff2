import { constants } from "node:fs";
import { open, readdir, writeFile } from "node:fs/promises";
import { LIMITS } from "./limits";
import { main, type CliIo } from "./main";

/**
 * The command line's entry point, bundled by webpack.cli.config.js into dist/cli/case-summary.js
 * and started by bin/case-summary.js.
 */

export { main };

export function nodeIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: readRegularFile,
    env: process.env,
    async readFolder(path: string) {
      const entries = await readdir(path, { withFileTypes: true });
      return entries.map((entry) => ({
        name: entry.name,
        kind: entry.isDirectory()
          ? "folder"
          : entry.isFile()
            ? "file"
            : entry.isSymbolicLink()
              ? "link"
              : "other",
      }));
    },
    writeFile: (path: string, text: string) => writeFile(path, text, "utf8"),
  };
}

/** A file-system refusal with a code main.ts puts in the worker's words. */
class FileRefused extends Error {
  constructor(
    readonly code: "ENOTREGULAR" | "ETOOBIG",
    readonly kind = "",
  ) {
    super(code);
  }
}

/**
 * Reads a regular file of at most LIMITS.fileBytes. Opened without blocking (a named pipe would
 * otherwise wait for ever) and checked on the open handle, so a link to a device, a pipe or a
 * socket is refused by what it is; a link loop fails as ELOOP. At most one byte past the limit is
 * read, whatever the file claims its size is (/dev/zero claims none).
 */
export async function readRegularFile(path: string): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) {
      const kind = stat.isDirectory()
        ? "folder"
        : stat.isFIFO()
          ? "pipe"
          : stat.isSocket()
            ? "socket"
            : "device";
      if (kind === "folder") throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
      throw new FileRefused("ENOTREGULAR", kind);
    }
    if (stat.size > LIMITS.fileBytes) throw new FileRefused("ETOOBIG");
    const buffer = Buffer.alloc(Math.min(stat.size, LIMITS.fileBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) {
        // The file grew while it was read: past the limit is refused, not read on.
        if (length > LIMITS.fileBytes) throw new FileRefused("ETOOBIG");
        break;
      }
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
  } finally {
    await handle.close();
  }
}

export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  // Output piped into `head` and the like may close early; that is not an error worth a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
  try {
    process.exitCode = await main(argv, nodeIo());
  } catch (error) {
    process.stderr.write(
      `case-summary: something went wrong: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exitCode = 2;
  }
}
