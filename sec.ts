import { loadCorpus } from "./eval/corpus";
import { builtInPacks } from "./src/guidance";
import { analyse } from "./src/analysis/engine";
const [file, key] = process.argv.slice(2);
for (const e of loadCorpus("test/corpus")) {
  if (!e.name.includes(file!)) continue;
  const pack = builtInPacks.find((p) => p.id === e.labels.template)!;
  const r = analyse(e.snapshot, {
    pack,
    childName: e.labels.childName ?? null,
    today: new Date(e.labels.today),
  });
  const occ = r.occurrences.filter((o) => o.key === key);
  for (const o of occ) {
    console.log("##", o.headingText);
    for (const i of o.body) console.log(" ", e.snapshot.paragraphs[i]!.text.slice(0, 300));
  }
  console.log(r.findings.filter((f) => f.section === key).map((f) => f.id));
}
