import { summariseForCaseload } from "../../src/analysis/caseload";
import { analyse } from "../../src/analysis/engine";
import { effectiveOptions } from "../../src/analysis/rules/options";
import summaryOverdue from "../../src/analysis/rules/summary-overdue";
import { summaryOverdueOptions } from "../../src/analysis/rules/defaults/summary-overdue";
import { type Pack } from "../../src/guidance";
import { defaultPack } from "../../src/analysis/built-in-packs";
import { paragraph, summaryWith } from "./helpers";

/** The caseload report reads the summary's date with the overdue check's options as the engine runs it. */

const today = new Date("2026-11-22T12:00:00Z");

function dateFor(
  pack: Pack,
  bodies: Parameters<typeof summaryWith>[0],
  preamble: string[] = [],
): Date | null {
  const snapshot = summaryWith(bodies, { pack, preamble: preamble.map((text) => paragraph(text)) });
  return summariseForCaseload(snapshot, analyse(snapshot, { pack, childName: "Maya", today }), today).date;
}

/** The default pack with the overdue check's date phrases changed, and the rest of its options kept. */
const ownDatePhrases: Pack = {
  ...defaultPack,
  rules: defaultPack.rules.map((config) =>
    config.rule === "summary-overdue" ? { ...config, options: { datePhrases: ["written on"] } } : config,
  ),
};

describe("the caseload report's date of a summary", () => {
  it("uses the check's own date phrases when the pack gives none", () => {
    expect(dateFor(defaultPack, {}, ["Date of summary: 1 October 2026"])?.getMonth()).toBe(9);
    expect(dateFor(defaultPack, { background: ["Written on 1 October 2026."] })).toBeNull();
  });

  it("lays the pack's options over the check's defaults, option by option, as the engine does", () => {
    expect(dateFor(ownDatePhrases, { background: ["Written on 1 October 2026."] })?.getMonth()).toBe(9);
    const options = effectiveOptions(summaryOverdue, { datePhrases: ["written on"] });
    expect(options.datePhrases).toEqual(["written on"]);
    expect(options.birthPhrases).toEqual(summaryOverdueOptions.birthPhrases);
  });
});
