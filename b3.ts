import { analyse } from "./src/analysis/engine";
import { defaultPack } from "./src/guidance";
import { generateSummary } from "./bench/generate";
const TODAY = new Date("2026-11-22T12:00:00Z");
const snap = generateSummary(2000);
for (let i = 0; i < 400; i++) analyse(snap, { pack: defaultPack, childName: "Maya", today: TODAY });
