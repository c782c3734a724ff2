import type { RuleModule } from "../types";

/** Declares a rule with its options type inferred from its schema, as ESLint's createRule does. */
export function defineRule<Options>(rule: RuleModule<Options>): RuleModule<Options> {
  return rule;
}
