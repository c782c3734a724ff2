import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import webpack, { type Configuration, type Stats } from "webpack";

/**
 * The size of the task pane's JavaScript in a production build: what taskpane.html loads before
 * the pane first paints (React and Fluent); the chunk it loads straight after (packs, examples,
 * plans, Word layer); and the checks' Web Worker with the engine. Budget for the first: Microsoft's React task-pane template ships 167 KB gzip of initial
 * JavaScript for a pane with one button.
 */

const ENTRY = "taskpane";
const BUDGET_GZIP_KB = 167;
const KB = 1024;

type ConfigFactory = (
  env: Record<string, unknown>,
  argv: { mode: "production" },
) => Configuration | Promise<Configuration>;

interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

function build(config: Configuration): Promise<Stats> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (!stats) return reject(new Error("webpack returned no stats"));
      if (stats.hasErrors()) {
        const first = stats.toJson({ all: false, errors: true }).errors?.[0]?.message ?? "unknown error";
        return reject(new Error(`the production build failed: ${first}`));
      }
      resolve(stats);
    });
  });
}

function sizeOf(directory: string, file: string): FileSize {
  const content = readFileSync(path.join(directory, file));
  return { file, raw: content.length, gzip: gzipSync(content).length };
}

const isScript = (file: string) => file.endsWith(".js");
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const total = (files: FileSize[]) => ({
  raw: files.reduce((sum, f) => sum + f.raw, 0),
  gzip: files.reduce((sum, f) => sum + f.gzip, 0),
});

/** The script files of a named chunk group: an import() with webpackChunkName, or a named Web Worker. */
function groupFiles(
  groups: Record<string, { assets?: { name: string }[] }> | undefined,
  name: string,
): string[] {
  const group = groups?.[name];
  if (!group) throw new Error(`the build has no chunk group "${name}"`);
  return (group.assets ?? []).map((asset) => asset.name).filter(isScript);
}

/**
 * What the NLP library costs the lazy engine: compromise's own minified build, which holds the
 * same code and lexicon webpack bundles from its sources.
 */
function nlpCost(): string {
  // The package exports only its entry points, so the build is found by its path.
  const file = path.resolve(__dirname, "..", "node_modules", "compromise", "builds", "compromise.js");
  const content = readFileSync(file);
  return `  of the worker, compromise (the NLP library) is ${kb(content.length)} raw, ${kb(gzipSync(content).length)} gzip (its own minified build)`;
}

export async function benchBundle(): Promise<string[]> {
  const output = mkdtempSync(path.join(tmpdir(), "case-summary-bundle-"));
  try {
    // webpack.config.js is CommonJS, and may return its configuration through a promise.
    const factory = require(path.resolve(__dirname, "..", "webpack.config.js")) as ConfigFactory;
    const config = await factory({}, { mode: "production" });
    const started = performance.now();
    const stats = await build({
      ...config,
      mode: "production",
      output: { ...config.output, path: output },
      infrastructureLogging: { level: "error" },
    });
    const seconds = (performance.now() - started) / 1000;

    const json = stats.toJson({
      all: false,
      entrypoints: true,
      chunkGroups: true,
    });
    const entry = json.entrypoints?.[ENTRY];
    if (!entry) throw new Error(`the build has no "${ENTRY}" entry`);
    const initial = (entry.assets ?? []).map((asset) => asset.name).filter(isScript);
    const runtime = groupFiles(json.namedChunkGroups, "pane-runtime");
    const worker = groupFiles(json.namedChunkGroups, "checks");

    const initialSizes = initial.map((file) => sizeOf(output, file));
    const runtimeSizes = runtime.map((file) => sizeOf(output, file));
    const workerSizes = worker.map((file) => sizeOf(output, file));
    const initialTotal = total(initialSizes);
    // A file both load is fetched once (the browser's cache).
    const everything = [...new Set([...initial, ...runtime, ...worker])].map((file) => sizeOf(output, file));
    const withinBudget = initialTotal.gzip <= BUDGET_GZIP_KB * KB;
    const row = (label: string, size: { raw: number; gzip: number }) =>
      `  ${label.padEnd(44)} ${kb(size.raw).padStart(10)} raw ${kb(size.gzip).padStart(10)} gzip`;

    return [
      `Task pane bundle (production build in ${seconds.toFixed(1)} s; KB = 1,024 bytes; gzip at zlib's default level)`,
      "Initial JavaScript, loaded by taskpane.html before the pane first paints:",
      ...initialSizes.map((f) => row(f.file, f)),
      row("initial total", initialTotal),
      "Loaded straight after first paint (packs, examples, plans, Word layer):",
      ...runtimeSizes.map((f) => row(f.file, f)),
      row("after-paint total", total(runtimeSizes)),
      "The checks' own thread (a Web Worker: engine, rules, packs):",
      ...workerSizes.map((f) => row(f.file, f)),
      row("worker total", total(workerSizes)),
      row("everything the pane loads (shared files once)", total(everything)),
      nlpCost(),
      `Budget for initial JavaScript: ${BUDGET_GZIP_KB} KB gzip (Microsoft's React task-pane template, one button): ` +
        `${withinBudget ? "within" : "OVER"} budget by ${kb(Math.abs(BUDGET_GZIP_KB * KB - initialTotal.gzip))}` +
        ` (${Math.round((initialTotal.gzip / (BUDGET_GZIP_KB * KB)) * 100)}% of it).`,
    ];
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
}

// Run alone: node --import tsx bench/bundle-bench.ts
if (require.main === module) {
  benchBundle()
    .then((lines) => process.stdout.write(`${lines.join("\n")}\n`))
    .catch((error: unknown) => {
      process.stderr.write(
        `Bundle benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    });
}
