import { analyse } from "../../src/analysis/engine";
import { checklistOf, metText, tally } from "../../src/analysis/tally";
import { workedExamples } from "../../src/examples";
import { getPack } from "../../src/analysis/built-in-packs";

const TODAY = new Date(2026, 8, 1);
const analysed = (id: string, dismissed: string[] = []) => {
  const example = workedExamples.find((e) => e.id === id)!;
  return analyse(
    { paragraphs: example.paragraphs },
    { pack: getPack(example.packId)!, childName: example.childName, today: TODAY, dismissed },
  );
};

describe("one count of what is met", () => {
  it.each(workedExamples.map((e) => [e.id] as const))(
    "%s: every finding belongs to exactly one item of the checklist, of its own severity",
    (id) => {
      const analysis = analysed(id);
      const items = checklistOf(analysis);
      for (const finding of analysis.findings) {
        const owners = items.filter((item) => item.findingIds.includes(finding.id));
        expect(owners.map((o) => o.rule)).toEqual([finding.rule]);
        expect(owners[0]!.severity).toBe(finding.severity);
      }
      // An item is not met exactly when it has findings.
      for (const item of items) expect(item.status === "not-met").toBe(item.findingIds.length > 0);
    },
  );

  it("counts items, not findings: the poor Bradford example's seven required findings are four items", () => {
    const analysis = analysed("bradford-2025-poor");
    expect(analysis.findings.filter((f) => f.severity === "error")).toHaveLength(7);
    expect(tally(analysis).required).toEqual({ met: 15, notMet: 4, total: 19 });
    const { recommended } = tally(analysis);
    expect(metText(tally(analysis))).toBe(
      `Required items met: 15 of 19. Recommended: ${recommended.met} of ${recommended.total}.`,
    );
  });

  it("counts a dismissed check as met, as the worker has answered it", () => {
    const before = analysed("bradford-2025-poor");
    const item = checklistOf(before).find((i) => i.severity === "error" && i.findingIds.length === 1)!;
    const after = analysed("bradford-2025-poor", item.findingIds);
    expect(tally(after).required.met).toBe(tally(before).required.met + 1);
    expect(checklistOf(after).find((i) => i.rule === item.rule && i.section === item.section)!.status).toBe(
      "dismissed",
    );
  });

  it("includes the whole summary's checks (the date, the child's name), not only the sections'", () => {
    const analysis = analysed("bradford-2025-good");
    expect(analysis.documentChecklist.map((i) => i.rule)).toEqual(
      expect.arrayContaining(["summary-overdue", "child-name-missing"]),
    );
    expect(analysis.documentChecklist.every((i) => i.section === null)).toBe(true);
  });
});
