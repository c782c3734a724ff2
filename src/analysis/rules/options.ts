import type { RuleConfig } from "../../guidance/schema";
import type { RuleModule } from "../types";

/**
 * A rule's options as a pack configures it: the rule's defaults, with each option the pack names
 * replacing the default of that name (as ESLint lays a configuration over meta.defaultOptions).
 */
export function optionsInput(rule: RuleModule<unknown>, given: RuleConfig["options"] | undefined): unknown {
  const defaults = (rule.meta.defaultOptions ?? {}) as Record<string, unknown>;
  if (typeof given !== "object" || given === null || Array.isArray(given)) return { ...defaults };
  return { ...defaults, ...given };
}

/**
 * The options a rule runs with, as the engine gives them: the pack's options laid over the rule's
 * meta.defaultOptions, then checked and completed by the rule's own schema. Throws when they do
 * not fit, which the loader has already refused in a pack.
 */
export function effectiveOptions<Options>(
  rule: RuleModule<Options>,
  given: RuleConfig["options"] | undefined,
): Options {
  return rule.meta.options.parse(optionsInput(rule as RuleModule<unknown>, given));
}
