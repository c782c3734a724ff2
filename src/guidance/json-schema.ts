import { z } from "zod";
import { packSchema } from "./schema";

/**
 * The pack schema as JSON Schema, for councils writing their own pack in an editor that checks
 * JSON as they type. docs/pack.schema.json is this, written by `npm run schema`.
 */
export function packJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(packSchema, { io: "input", unrepresentable: "any" }),
    title: "Case Summary Coach template pack",
    description:
      "One council's case summary template: the headings, the guidance notes under each, the checks that apply and the reflective prompts, each citing its guidance paragraph.",
  };
}
