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
