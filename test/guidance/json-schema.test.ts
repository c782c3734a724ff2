import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packJsonSchema } from "../../src/guidance/json-schema";

describe("docs/pack.schema.json", () => {
  it("is the pack schema as it is now (run `npm run schema` after changing src/guidance/schema.ts)", () => {
    const published = JSON.parse(
      readFileSync(join(__dirname, "..", "..", "docs", "pack.schema.json"), "utf8"),
    );
    expect(published).toEqual(packJsonSchema());
  });

  it("tells an editor what a section needs", () => {
    const schema = packJsonSchema() as { properties: { sections: { items: { required: string[] } } } };
    expect(schema.properties.sections.items.required).toEqual(
      expect.arrayContaining(["key", "heading", "notes"]),
    );
  });
});
