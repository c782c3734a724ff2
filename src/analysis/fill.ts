import { CHILD_NAME_PLACEHOLDER } from "../guidance/schema";

/** Puts the child's name where the guidance writes [Child's Name]; "the child" when unknown. */
export function fillChildName(text: string, childName: string | null): string {
  const name = childName?.trim() || "the child";
  return text.split(CHILD_NAME_PLACEHOLDER).join(name);
}
