import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builtInPackLayers, type Pack, type RuleConfig } from "../../src/guidance";
import { basePack, builtInPacks } from "../../src/analysis/built-in-packs";

/**
 * The four built-in packs extend document 000's general requirements (the base pack) instead of
 * copying them. test/fixtures/built-in-packs/ holds each pack as it was resolved before the move
 * (written from builtInPacks when each pack still copied 000's checks): laid over the base, each
 * must be that pack exactly, apart from the topics it now carries up for a layer above to take.
 */

function fixture(id: string): unknown {
  return JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "built-in-packs", `${id}.json`), "utf8"));
}

/** The pack as plain JSON, without the topics carried up from the base. */
function withoutTopics(pack: Pack): unknown {
  const copy: Partial<Pack> = { ...pack };
  delete copy.topics;
  return JSON.parse(JSON.stringify(copy));
}

const baseChecks: RuleConfig[] = (basePack.topics ?? []).flatMap((topic) => topic.rules);

describe("the built-in packs laid over document 000's general requirements", () => {
  it.each(builtInPacks.map((pack) => [pack.id, pack] as const))(
    "%s is, laid over the base, the pack it was when it copied 000 (sections, checks, prompts, in order)",
    (id, pack) => {
      expect(withoutTopics(pack)).toEqual(fixture(id));
    },
  );

  it.each(builtInPackLayers.map((layer) => [layer.id, layer] as const))(
    "%s extends the base and copies none of its checks: each is taken by topic",
    (_id, layer) => {
      expect(layer.extends).toBe(basePack.id);
      const written = [...(layer.rules ?? []), ...(layer.sections ?? []).flatMap((s) => s.rules ?? [])];
      const copied = written.filter((entry) =>
        baseChecks.some(
          (check) =>
            entry.rule === check.rule &&
            entry.citation === check.citation &&
            JSON.stringify(entry.options ?? {}) === JSON.stringify(check.options),
        ),
      );
      expect(copied).toEqual([]);
      // No copy of a 000 word list either, under another citation.
      const baseOptions = new Set(
        baseChecks.filter((check) => check.rule === "required-topic").map((check) => check.options),
      );
      expect(written.filter((entry) => entry.options && baseOptions.has(entry.options))).toEqual([]);
      expect(written.filter((entry) => "takes" in entry && entry.takes).length).toBeGreaterThan(0);
    },
  );

  it("names no layer on a built-in pack's checks and prompts, and no pack it is laid over", () => {
    for (const pack of builtInPacks) {
      expect(pack.extends).toBeUndefined();
      const items = [
        ...pack.rules,
        ...pack.prompts,
        ...pack.sections.flatMap((s) => [...s.rules, ...s.prompts]),
      ];
      expect(items.filter((item) => item.layer !== undefined)).toEqual([]);
    }
  });

  it("carries the base's topics up, each check marked as the base's, for a layer above to take", () => {
    for (const pack of builtInPacks) {
      expect(pack.topics?.map((t) => t.key)).toEqual(basePack.topics?.map((t) => t.key));
      expect(pack.topics?.flatMap((t) => t.rules).every((r) => r.layer === basePack.id)).toBe(true);
    }
  });

  it("gives every topic of 000's 'What should be included' a check", () => {
    const cited = new Set(baseChecks.map((check) => check.citation));
    for (const bullet of ["i", "ii", "iii", "iv", "v", "vi"]) {
      expect(cited).toContain(`000 §What should be included(${bullet})`);
    }
  });
});
