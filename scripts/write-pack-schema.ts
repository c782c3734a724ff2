import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { packJsonSchema } from "../src/analysis/pack-json-schema";

const target = join(__dirname, "..", "docs", "pack.schema.json");
writeFileSync(target, `${JSON.stringify(packJsonSchema(), null, 2)}\n`);
process.stdout.write(`Wrote ${target}\n`);
