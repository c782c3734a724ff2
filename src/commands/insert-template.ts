import { defaultPack, getPack } from "../guidance";
import { insertTemplate, loadDocumentState, type WordHost } from "../word";

export type InsertCommandOutcome =
  { kind: "inserted"; message: string } | { kind: "opened-pane" } | { kind: "failed"; message: string };

/**
 * The ribbon's "Insert template": with the template and child's name the document remembers, the
 * headings go straight in. With no name stored, the pane opens so the worker can give one; where
 * this copy of Word cannot open the pane from a button, the headings go in with [Child's Name]
 * for the worker to fill in (the checks then point each one out).
 */
export async function runInsertTemplateCommand(
  host: WordHost,
  openPane: (() => Promise<void>) | null,
): Promise<InsertCommandOutcome> {
  const { state } = await loadDocumentState(host.run, host);
  const pack = (state.packId ? getPack(state.packId) : undefined) ?? defaultPack;
  if (!state.childName && openPane) {
    await openPane();
    return { kind: "opened-pane" };
  }
  const result = await insertTemplate(host.run, pack, state.childName);
  return result.ok
    ? { kind: "inserted", message: result.message }
    : { kind: "failed", message: result.message };
}
