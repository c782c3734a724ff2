import { z } from "zod";
import {
  packLayerSchema,
  packSchema,
  ruleConfigSchema,
  ruleLayerSchema,
  sectionRuleLayerSchema,
} from "../guidance/schema";
import { builtInRules } from "./rules";
import type { RuleModule } from "./types";

type JsonObject = Record<string, unknown>;

/**
 * The pack schema as JSON Schema, for councils writing their own pack in an editor that checks
 * JSON as they type: a whole pack, or a layer that extends another, with each check's options
 * described by the check's own schema. docs/pack.schema.json is this, written by `npm run schema`.
 */
export function packJsonSchema(rules: ReadonlyMap<string, RuleModule<unknown>> = builtInRules): JsonObject {
  const ids = [...rules.keys()].sort();
  const byRule = ids.map((id) => {
    const rule = rules.get(id)!;
    const options = z.toJSONSchema(rule.meta.options, { io: "input", unrepresentable: "any" }) as JsonObject;
    delete options.$schema;
    if (options.type === "object") options.additionalProperties = false;
    const messages = Object.fromEntries(
      Object.entries(rule.meta.messages).map(([messageId, text]) => [
        messageId,
        { type: "string", minLength: 1, description: `The check's own words: ${text}` },
      ]),
    );
    return {
      if: { properties: { rule: { const: id } }, required: ["rule"] },
      then: {
        properties: {
          options: {
            ...options,
            description: `Options of "${id}" (${rule.meta.description}) Each option left out keeps the check's own default.`,
          },
          messages: {
            type: "object",
            properties: messages,
            additionalProperties: false,
            description: `Messages of "${id}" in the pack's own words, by message id, with the same {{placeholders}}. Each message left out keeps the check's own.`,
          },
        },
      },
    };
  });
  const override = (ctx: { zodSchema: unknown; jsonSchema: JsonObject }) => {
    if (
      ctx.zodSchema !== ruleConfigSchema &&
      ctx.zodSchema !== ruleLayerSchema &&
      ctx.zodSchema !== sectionRuleLayerSchema
    )
      return;
    const properties = ctx.jsonSchema.properties as JsonObject;
    properties.rule = { type: "string", enum: ids, description: "The check's id." };
    ctx.jsonSchema.allOf = [{ $ref: "#/$defs/checkOptions" }];
  };
  const describe = (schema: z.ZodType) => {
    const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", override }) as JsonObject;
    delete json.$schema;
    return json;
  };
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "Case Summary Coach template pack",
    description:
      'One council\'s case summary template: the headings, the guidance notes under each, the checks that apply and the reflective prompts, each citing its guidance paragraph. Either a whole pack, or a layer with "extends" that says only what it changes.',
    $defs: { checkOptions: { allOf: byRule } },
    anyOf: [{ ...describe(packSchema), not: { required: ["extends"] } }, describe(packLayerSchema)],
  };
}
