/**
 * npm run eval [-- FOLDER…] [--verbose] [--skip-unlabelled]: scores the engine on the corpus (test/corpus by default,
 * or any folder laid out the same way) and prints precision and recall, overall and per check.
 * Exits 1 when the corpus is below the bar.
 */
import { join } from "node:path";
import { loadCorpus } from "./corpus";
import { evaluate, formatScore, meetsBar } from "./evaluate";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const skipUnlabelled = args.includes("--skip-unlabelled");
const folders = args.filter((a) => !a.startsWith("--"));
const entries = (folders.length > 0 ? folders : [join(__dirname, "..", "test", "corpus")]).flatMap((folder) =>
  loadCorpus(folder, { skipUnlabelled }),
);
const score = evaluate(entries);
process.stdout.write(`${formatScore(score, verbose).join("\n")}\n`);
if (!meetsBar(score)) process.exitCode = 1;
