import type { RuleConfig } from "../../guidance/schema";
import type { ReportDescriptor, RuleModule } from "../types";

/**
 * A rule's messages, as ESLint's meta.messages: each rule declares what it says by id, with
 * {{placeholders}} it fills in when it reports; a pack may word a message its own way by id.
 */

/** {{name}}, with spaces allowed inside the braces as ESLint allows them. */
const PLACEHOLDER = /\{\{\s*([A-Za-z][\w-]*)\s*\}\}/g;

/** The message with its placeholders filled in; a placeholder with no value is left as written. */
export function formatMessage(template: string, data: ReportDescriptor["data"] = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : whole,
  );
}

/** The names of a message's placeholders, in order, each once. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1]!))];
}

/** What a finding says: the pack's wording of the message where it gives one, else the rule's. */
export function messageText(
  rule: RuleModule<unknown>,
  config: Pick<RuleConfig, "messages">,
  descriptor: Pick<ReportDescriptor, "messageId" | "data">,
): string {
  const own = rule.meta.messages[descriptor.messageId];
  if (own === undefined)
    throw new Error(
      `The check "${rule.meta.id}" reported a message "${descriptor.messageId}" it does not declare.`,
    );
  const given = config.messages?.[descriptor.messageId];
  return formatMessage(given ?? own, descriptor.data);
}
