import { main } from "../../src/cli/main";
import { northTeamPack } from "../fixtures/team-packs";
import { memoryIo, summaryDocx } from "./helpers";

/** The team's pack, with one check of the Trust's turned off. */
const teamPack = { ...northTeamPack, rules: [{ rule: "readability", off: true }] };

const today = ["--today", "2026-11-22"];

interface JsonOut {
  files: {
    template: string;
    extends?: string;
    findings: { rule: string; layer?: string }[];
    prompts: { text: string; layer?: string }[];
  }[];
}

describe("the command line with a pack that extends another", () => {
  it("adds the team's prompt and says which layer each check and prompt came from (JSON)", async () => {
    const io = memoryIo({
      "maya.docx": await summaryDocx(),
      "packs/north-team.json": JSON.stringify(teamPack),
    });
    await main(
      ["check", "maya.docx", "--template", "packs/north-team.json", "--format", "json", ...today],
      io,
    );
    expect(io.err()).toBe("");
    const [file] = (JSON.parse(io.out()) as JsonOut).files;
    expect(file).toMatchObject({ template: "north-team", extends: "bradford-2025" });
    expect(file!.prompts).toContainEqual(
      expect.objectContaining({
        text: "Has Maya's family group conference been offered?",
        layer: "north-team",
      }),
    );
    expect(file!.findings.length).toBeGreaterThan(0);
    expect(file!.findings.every((f) => f.layer === "bradford-2025")).toBe(true);
    expect(file!.findings.map((f) => f.rule)).not.toContain("readability");
  });

  it("names the layer beside each citation in text", async () => {
    const io = memoryIo({
      "maya.docx": await summaryDocx(),
      "packs/north-team.json": JSON.stringify(teamPack),
    });
    await main(["check", "maya.docx", "--template", "packs/north-team.json", ...today], io);
    expect(io.out()).toContain("Template: Bradford 2025 – North team (laid over bradford-2025)");
    expect(io.out()).toMatch(/\(004 §[^)]*\), from bradford-2025\)/);
  });

  it("lays a council's own template over document 000's general requirements, taking its topics", async () => {
    const council = {
      id: "kirklees",
      extends: "general-requirements",
      name: "Kirklees",
      description: "One heading.",
      source: { document: "101", title: "Case summary guidance", issuer: "Kirklees Children's Services" },
      sections: [
        {
          key: "goals",
          heading: "Goals and what needs to happen next?",
          notes: [{ text: "What happens next?", citation: "101 §1" }],
          rules: [{ rule: "section-empty", citation: "101 §1" }, { takes: "review-dates" }],
        },
      ],
    };
    const io = memoryIo({ "maya.docx": await summaryDocx(), "kirklees.json": JSON.stringify(council) });
    await main(["check", "maya.docx", "--template", "kirklees.json", ...today], io);
    expect(io.err()).toBe("");
    expect(io.out()).toContain("Template: Kirklees (laid over general-requirements)");
    expect(io.out()).toContain("(000 §What should be included(v), from general-requirements)");
  });

  it("names no layer for a built-in pack used as it is", async () => {
    const io = memoryIo({ "maya.docx": await summaryDocx() });
    await main(["check", "maya.docx", "--template", "bradford-2025", "--format", "json", ...today], io);
    const [file] = (JSON.parse(io.out()) as JsonOut).files;
    expect(file!.extends).toBeUndefined();
    expect(file!.findings.some((f) => f.rule === "required-topic")).toBe(true);
    expect(file!.findings.filter((f) => f.layer !== undefined)).toEqual([]);
    expect(file!.prompts.filter((p) => p.layer !== undefined)).toEqual([]);
  });

  it("finds a parent by its path, relative to the pack that names it", async () => {
    const council = { ...teamPack, id: "kirklees", name: "Kirklees", prompts: [], rules: [], sections: [] };
    const team = {
      id: "kirklees-east",
      extends: "../council/kirklees.json",
      prompts: [{ text: "Has the East team's duty manager seen this?", citation: "301 §1" }],
    };
    const io = memoryIo({
      "maya.docx": await summaryDocx(),
      "packs/council/kirklees.json": JSON.stringify(council),
      "packs/east/team.json": JSON.stringify(team),
    });
    await main(
      ["check", "maya.docx", "--template", "packs/east/team.json", "--format", "json", ...today],
      io,
    );
    expect(io.err()).toBe("");
    const [file] = (JSON.parse(io.out()) as JsonOut).files;
    expect(file).toMatchObject({ template: "kirklees-east", extends: "kirklees" });
    expect(file!.prompts).toContainEqual(expect.objectContaining({ layer: "kirklees-east" }));
  });

  it("names a loop between two files and an unknown parent, each by its field", async () => {
    const io = memoryIo({
      "maya.docx": await summaryDocx(),
      "a.json": JSON.stringify({ id: "team-a", extends: "b.json" }),
      "b.json": JSON.stringify({ id: "team-b", extends: "a.json" }),
      "c.json": JSON.stringify({ id: "team-c", extends: "bradford-2052" }),
    });
    expect(await main(["check", "maya.docx", "--template", "a.json"], io)).not.toBe(0);
    expect(io.err()).toMatch(/extends: .*leads back to a pack already being laid/);
    const other = memoryIo({
      "maya.docx": await summaryDocx(),
      "c.json": JSON.stringify({ id: "team-c", extends: "bradford-2052" }),
    });
    expect(await main(["check", "maya.docx", "--template", "c.json"], other)).not.toBe(0);
    expect(other.err()).toContain(
      'extends: "bradford-2052" is not a pack this version knows (did you mean "bradford-2025"?)',
    );
  });
});
