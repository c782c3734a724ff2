import rule from "../../../src/analysis/rules/pen-picture-detail";
import { bradford2025Good } from "../../../src/examples/bradford-2025-good";
import { bradford2025Poor } from "../../../src/examples/bradford-2025-poor";
import { findingsOf, summaryWith } from "../helpers";

const keysOf = (findings: { id: string }[]) => findings.map((f) => f.id.split("/")[2]).sort();

describe("pen-picture-detail", () => {
  it("names each missing topic in its own warning at the heading", () => {
    const snapshot = summaryWith({
      "pen-picture": [
        "Maya is 9 and lives with her mum in a two-bedroom flat. There are no health concerns.",
      ],
    });
    const findings = findingsOf(rule, snapshot);
    expect(keysOf(findings)).toEqual(["education", "important-people", "unique"]);
    expect(findings.every((f) => f.severity === "warning")).toBe(true);
    const unique = findings.find((f) => f.id.endsWith("/unique"))!;
    expect(unique.message).toContain("what makes Maya unique");
    expect(unique.message).toContain("likes, dislikes");
    expect(snapshot.paragraphs[unique.location!.paragraph]!.text).toBe("Pen Picture of the child");
  });

  it("passes a full pen picture of a 9-year-old without asking for hopes or observations", () => {
    const snapshot = summaryWith({
      "pen-picture": [
        "Maya is 9 and lives with her mum and her brother Leo. She is in Year 5 at Westfield Primary School and loves drawing animals. Her nan is very important to her.",
      ],
    });
    expect(findingsOf(rule, snapshot)).toEqual([]);
  });

  it("asks a teenager's pen picture for hopes and aspirations", () => {
    const snapshot = summaryWith(
      {
        "pen-picture": [
          "Jordan is 15 and lives with his foster carers, Mr and Mrs Begum. He is in Year 11 at Moorside Academy and is close to his older sister. He loves football and is funny and loyal.",
        ],
      },
      { childName: "Jordan" },
    );
    const findings = findingsOf(rule, snapshot, { childName: "Jordan" });
    expect(keysOf(findings)).toEqual(["hopes"]);
    expect(findings[0]!.message).toContain("what Jordan hopes for in the future");
  });

  it("recognises a teenager from words when no age is given, and passes when hopes are there", () => {
    const snapshot = summaryWith(
      {
        "pen-picture": [
          "Kyra is a bright, chatty teenager who lives with her dad and spends most weekends with her best friend. She is studying for her GCSEs at Northcliffe High School and hopes to train as a paramedic.",
        ],
      },
      { childName: "Kyra" },
    );
    expect(findingsOf(rule, snapshot, { childName: "Kyra" })).toEqual([]);
  });

  it("asks a baby's pen picture for observations, and reads ages in months", () => {
    const snapshot = summaryWith(
      {
        "pen-picture": [
          "Ava is 10 months old and lives with her mum and grandmother. She loves bath time and is a curious, smiley baby. She goes to Little Acorns Nursery two days a week.",
        ],
      },
      { childName: "Ava" },
    );
    const findings = findingsOf(rule, snapshot, { childName: "Ava" });
    expect(keysOf(findings)).toEqual(["observations"]);
    expect(findings[0]!.message).toContain("observed of Ava");
  });

  it("passes a baby's pen picture with the worker's observations", () => {
    const snapshot = summaryWith(
      {
        "pen-picture": [
          "Ava is a 10-month-old baby who lives with her mum and grandmother. She loves bath time and goes to Little Acorns Nursery. When I visited, I saw Ava crawl to her mum and settle quickly in her arms; her grandmother describes her as a happy, curious baby.",
        ],
      },
      { childName: "Ava" },
    );
    expect(findingsOf(rule, snapshot, { childName: "Ava" })).toEqual([]);
  });

  it("leaves an empty pen picture to section-empty", () => {
    expect(findingsOf(rule, summaryWith({ "pen-picture": [] }))).toEqual([]);
  });

  it("passes the good demo summary and catches what the poor one leaves out", () => {
    expect(findingsOf(rule, bradford2025Good)).toEqual([]);
    expect(keysOf(findingsOf(rule, bradford2025Poor))).toEqual(["important-people", "unique"]);
  });

  it("takes the child's age, not a baby brother's, and asks a teenager for hopes", () => {
    const snapshot = summaryWith({
      "pen-picture": [
        "Maya lives with Mum and her brother Leo, who is 6 months old. Maya is 15 and is in Year 11 at Moorside Academy. She loves football, is close to her nan and is funny and loyal.",
      ],
    });
    const findings = findingsOf(rule, snapshot);
    expect(keysOf(findings)).toEqual(["hopes"]);
    expect(findings[0]!.message).toContain("what Maya hopes for in the future");
  });

  it("takes the age written next to the child's name when a sister's comes first", () => {
    const snapshot = summaryWith(
      {
        "pen-picture": [
          "Kai lives with his mum and his little sister, Ruby (4). Kai is a nine-year-old boy who loves trains and goes to Parkside Primary School; his Nan is very important to him.",
        ],
      },
      { childName: "Kai" },
    );
    expect(findingsOf(rule, snapshot, { childName: "Kai" })).toEqual([]);
  });

  it("does not ask a 4-month-old baby which school or nursery she goes to", () => {
    const snapshot = summaryWith(
      {
        "pen-picture": [
          "Ava is 4 months old and lives with her mum and grandmother, who are very important to her. She is a calm, curious baby who loves bath time. When I visited I saw Ava settle quickly in her mum's arms.",
        ],
      },
      { childName: "Ava" },
    );
    expect(findingsOf(rule, snapshot, { childName: "Ava" })).toEqual([]);
  });
});
