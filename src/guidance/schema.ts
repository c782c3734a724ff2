import { z } from "zod";

/**
 * The shape of a template pack: one council's case summary headings, the guidance notes under
 * each, the checks that apply and the reflective prompts. Packs are data; an organisation can
 * supply its own as JSON, which is validated against this schema before use.
 */

/** Where a rule, note or prompt comes from: document number and paragraph, e.g. "004 §3.1(vi)". */
export const citationSchema = z
  .string()
  .regex(/^\d{3} §\S/, { message: 'must name a guidance document and paragraph, like "004 §3.1(vi)"' });

export const severitySchema = z.enum(["error", "warning", "info"]);

export const hexColourSchema = z
  .string()
  .regex(/^#[0-9A-Fa-f]{6}$/, { message: 'must be a colour written as "#RRGGBB", like "#0000FF"' });

export const ruleConfigSchema = z.object({
  /** The rule's id, e.g. "child-voice". */
  rule: z.string().min(1),
  /** Overrides the rule's default severity. */
  severity: severitySchema.optional(),
  citation: citationSchema,
  /** Rule options; each rule validates its own, over its own defaults. */
  options: z.record(z.string(), z.unknown()).default({}),
  /** The check's messages worded the pack's own way, by message id; {{placeholders}} as the check's. */
  messages: z.record(z.string(), z.string().min(1)).optional(),
  /** The pack (layer) that added or last changed this check; set when layers are laid together. */
  layer: z.string().optional(),
});

export const guidanceNoteSchema = z.object({
  text: z.string().min(1),
  citation: citationSchema,
});

export const promptSchema = z.object({
  /** The question, with [Child's Name] where the child's name goes. */
  text: z.string().min(1),
  citation: citationSchema,
  /** The pack (layer) that added this prompt; set when layers are laid together. */
  layer: z.string().optional(),
});

export const sectionColourSchema = z.object({
  hex: hexColourSchema,
  /** The colour's name as the guidance says it, for messages: "blue". */
  name: z.string().min(1),
  citation: citationSchema,
});

export const sectionSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9-]*$/, { message: "must be lower-case letters, digits and hyphens" }),
  /** The heading as the guidance writes it, with [Child's Name] where the guidance has it. */
  heading: z.string().min(1),
  /** Other ways workers write this heading, for recognising hand-typed headings. */
  aliases: z.array(z.string().min(1)).default([]),
  /** The guidance notes for this heading, shown to the worker. */
  notes: z.array(guidanceNoteSchema).min(1),
  /** Whether the guidance requires this section (section-missing is an error when it does). */
  required: z.boolean().default(true),
  colour: sectionColourSchema.optional(),
  rules: z.array(ruleConfigSchema).default([]),
  prompts: z.array(promptSchema).default([]),
});

const packIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: "must be lower-case letters, digits and hyphens" });

const packSourceSchema = z.object({
  document: z.string().regex(/^\d{3}$/, { message: 'must be a three-digit document number, like "004"' }),
  title: z.string().min(1),
  issuer: z.string().min(1),
  system: z.string().optional(),
});

const reviewIntervalSchema = z.object({
  days: z.number().int().positive(),
  label: z.string().min(1),
  citation: citationSchema,
});

/**
 * A topic of a base pack (document 000's general requirements, which has no headings of its own):
 * what the guidance asks of every summary, with the checks for it. A council's section places the
 * topic's checks among its own by naming it in its rules: `{ "takes": "family-network" }`.
 */
export const topicSchema = z.object({
  key: sectionSchema.shape.key,
  /** What the guidance asks, in a line, for the person writing a pack. */
  description: z.string().min(1),
  rules: z.array(ruleConfigSchema).min(1),
});

export const packSchema = z
  .object({
    id: packIdSchema,
    /** The pack this one was laid over, by id (kept after the layers are laid together, to show). */
    extends: z.string().min(1).optional(),
    name: z.string().min(1),
    description: z.string().min(1),
    source: packSourceSchema,
    /** How often the summary must be updated. */
    reviewInterval: reviewIntervalSchema,
    sections: z.array(sectionSchema).min(1),
    /** Rules that look at the whole document rather than one section. */
    rules: z.array(ruleConfigSchema).default([]),
    /** Prompts for the whole summary, shown whatever section the cursor is in. */
    prompts: z.array(promptSchema).default([]),
    /**
     * Topics a layer above can place in its sections with "takes" (document 000's general
     * requirements, carried up from the base pack through the packs laid over it).
     */
    topics: z.array(topicSchema).optional(),
  })
  .superRefine((pack, ctx) => {
    uniqueKeys(pack.sections, "sections", "section", ctx);
    uniqueKeys(pack.topics ?? [], "topics", "topic", ctx);
  });

function uniqueKeys(
  items: readonly { key: string }[],
  field: string,
  noun: string,
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.key)) {
      ctx.addIssue({
        code: "custom",
        path: [field, index, "key"],
        message: `"${item.key}" is used by two ${noun}s; each ${noun} needs its own key`,
      });
    }
    seen.add(item.key);
  });
}

/**
 * A base pack: general requirements with no headings of their own (document 000), as topics that
 * the packs laid over it place in their own sections. Not a template a worker can choose.
 */
export const basePackSchema = z
  .object({
    id: packIdSchema,
    name: z.string().min(1),
    description: z.string().min(1),
    source: packSourceSchema,
    /** How often the summary must be updated, unless a pack laid over it says otherwise. */
    reviewInterval: reviewIntervalSchema,
    topics: z.array(topicSchema).min(1),
  })
  .superRefine((base, ctx) => uniqueKeys(base.topics, "topics", "topic", ctx));

/**
 * A layer: a pack that extends another (document 000's general requirements → a council's
 * template → a team's additions) and says only what it changes. See README "Layered packs".
 */
export const ruleLayerSchema = z.object({
  rule: z.string().min(1),
  severity: severitySchema.optional(),
  /** Needed for a check the layer adds; a check it changes keeps its citation unless given. */
  citation: citationSchema.optional(),
  /** Laid over the options the check already has, option by option. */
  options: z.record(z.string(), z.unknown()).optional(),
  /** Laid over the messages the check already has, message by message. */
  messages: z.record(z.string(), z.string().min(1)).optional(),
  /** True to remove the check the layer below gives. */
  off: z.literal(true).optional(),
});

/**
 * A check in a layer's section, or a topic of the pack below (document 000's general
 * requirements) placed here: `{ "takes": "review-dates" }` puts the topic's checks at this point
 * of the section's checks, as the pack below gives them (a "severity" here applies to each).
 */
export const sectionRuleLayerSchema = ruleLayerSchema
  .extend({
    rule: z.string().min(1).optional(),
    /** The key of a topic of the pack below, whose checks go here. */
    takes: sectionSchema.shape.key.optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.takes === undefined) {
      if (entry.rule === undefined)
        ctx.addIssue({
          code: "custom",
          path: ["rule"],
          message:
            'is missing; name the check ("rule"), or the topic of the pack below whose checks go here ("takes")',
        });
      return;
    }
    if (entry.rule !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["takes"],
        message: 'an entry names a check ("rule") or takes a topic ("takes"), not both',
      });
    for (const field of ["citation", "options", "messages", "off"] as const) {
      if (entry[field] !== undefined)
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: `cannot be given with "takes": the topic's checks come as the pack below gives them, and only their "severity" can be changed here`,
        });
    }
  });

export const sectionLayerSchema = z.object({
  key: sectionSchema.shape.key,
  heading: z.string().min(1).optional(),
  /** Added to the section's aliases. */
  aliases: z.array(z.string().min(1)).optional(),
  /** Added to the section's notes. */
  notes: z.array(guidanceNoteSchema).optional(),
  required: z.boolean().optional(),
  colour: sectionColourSchema.optional(),
  rules: z.array(sectionRuleLayerSchema).optional(),
  /** Added to the section's prompts. */
  prompts: z.array(promptSchema).optional(),
  /** True to remove the section the layer below gives. */
  remove: z.literal(true).optional(),
});

export const packLayerSchema = z.object({
  id: packIdSchema,
  /** The pack this layer is laid over: a built-in or deployed pack's id, or (on the command line) a file. */
  extends: z.string().min(1),
  name: z.string().min(1).optional(),
  description: z.string().min(1).optional(),
  source: packSourceSchema.optional(),
  reviewInterval: reviewIntervalSchema.optional(),
  sections: z.array(sectionLayerSchema).optional(),
  rules: z.array(ruleLayerSchema).optional(),
  /** Added to the summary's prompts. */
  prompts: z.array(promptSchema).optional(),
});

export type Severity = z.infer<typeof severitySchema>;
export type PackLayer = z.infer<typeof packLayerSchema>;
/** A layer as written by hand (a built-in pack laid over the base), before defaults are filled in. */
export type PackLayerInput = z.input<typeof packLayerSchema>;
export type SectionRuleLayer = z.infer<typeof sectionRuleLayerSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type BasePack = z.infer<typeof basePackSchema>;
export type BasePackInput = z.input<typeof basePackSchema>;
export type RuleLayer = z.infer<typeof ruleLayerSchema>;
export type SectionLayer = z.infer<typeof sectionLayerSchema>;
export type RuleConfig = z.infer<typeof ruleConfigSchema>;
export type GuidanceNote = z.infer<typeof guidanceNoteSchema>;
export type PromptSpec = z.infer<typeof promptSchema>;
export type SectionSpec = z.infer<typeof sectionSchema>;
export type Pack = z.infer<typeof packSchema>;
/** A pack as written by hand, before defaults are filled in. */
export type PackInput = z.input<typeof packSchema>;

/** The placeholder the guidance uses for the child's name. */
export const CHILD_NAME_PLACEHOLDER = "[Child's Name]";
