import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packJsonSchema } from "../../src/analysis/pack-json-schema";

type Json = Record<string, unknown>;
const schema = packJsonSchema() as { anyOf: Json[]; $defs: { checkOptions: { allOf: unknown[] } } };
const [whole, layer] = schema.anyOf as [Json, Json];
const sections = (whole.properties as Json).sections as { items: Json & { required: string[] } };

describe("docs/pack.schema.json", () => {
  it("is what `npm run schema` writes from the pack schema and the checks' option schemas", () => {
    const published: unknown = JSON.parse(
      readFileSync(join(__dirname, "..", "..", "docs", "pack.schema.json"), "utf8"),
    );
    expect(published).toEqual(packJsonSchema());
  });

  it("tells an editor what a section needs", () => {
    expect(sections.items.required).toEqual(expect.arrayContaining(["key", "heading", "notes"]));
  });

  it("checks a council's check options rule by rule, and names the checks it knows", () => {
    const ruleConfig = ((sections.items.properties as Json).rules as { items: Json }).items;
    expect((ruleConfig.properties as Json).rule).toMatchObject({
      enum: expect.arrayContaining(["contingency-missing", "required-topic"]),
    });
    expect(ruleConfig.allOf).toEqual([{ $ref: "#/$defs/checkOptions" }]);
    const contingency = (
      schema.$defs.checkOptions.allOf as { if: Json; then: { properties: { options: Json } } }[]
    ).find((entry) => JSON.stringify(entry.if).includes('"contingency-missing"'))!;
    const options = contingency.then.properties.options;
    expect(Object.keys(options.properties as Json)).toEqual([
      "phrases",
      "conditions",
      "setbacks",
      "consequences",
    ]);
    // A misspelt option is flagged; none is required, as the check has its own lists.
    expect(options.additionalProperties).toBe(false);
    expect(options.required ?? []).toEqual([]);
  });

  it("describes a layer, which needs only its id and what it extends", () => {
    expect(layer.required).toEqual(["id", "extends"]);
  });
});
