import { planTemplate } from "../analysis/plans/template";
import type { DocumentSnapshot } from "../analysis/snapshot";
import { builtInPacks, defaultPack as builtInDefault } from "../analysis/built-in-packs";
import type { PackProblem } from "../analysis/pack-registry";
import type { Pack } from "../guidance/schema";
import {
  cleanChildName,
  insertTemplate,
  loadDocumentState,
  readSnapshotAndCursor,
  updateDocumentState,
  type DocumentState,
  type TemplateResult,
  type WordHost,
  type WordRun,
} from "../word";

/** A template the worker can choose in the ribbon's dialog. */
export interface TemplateChoice {
  id: string;
  name: string;
}

/** What the dialog asks for: the template (preselected) and the child's first name. */
export interface NameRequest {
  templateId: string;
  templates: TemplateChoice[];
}

/** The worker's answer; childName "" means "add the name later". */
export interface NameAnswer {
  templateId: string;
  childName: string;
}

/**
 * The dialog was closed before the worker answered, because Word ends a function command five
 * minutes after it starts (see commands.ts); `typed` is what they had typed by then, if anything.
 */
export interface LeftOpen {
  leftOpen: true;
  typed: NameAnswer | null;
}

/**
 * Asks the worker for the template and the child's name (the ribbon's dialog, injected so the
 * logic is tested without Office). Resolves null when the worker cancelled or closed the dialog,
 * LeftOpen when it was closed on them; rejects when the dialog could not be opened.
 */
export type AskForName = (request: NameRequest) => Promise<NameAnswer | LeftOpen | null>;

export type InsertCommandOutcome =
  | { kind: "inserted"; message: string; childName: string | null }
  | { kind: "cancelled" }
  | { kind: "left-open"; message: string; typed: NameAnswer | null }
  | { kind: "failed"; message: string };

/** Fixed wording: Word's own error messages can quote the document, so they are never shown. */
export const COULD_NOT_READ =
  "Case Summary Coach couldn't read this document, so the template was not inserted. Try again; if it keeps happening, open Case Summary Coach from the Home tab.";
export const COULD_NOT_INSERT =
  "Word couldn't insert the template, so your document has not been changed. Try again; if it keeps happening, open Case Summary Coach from the Home tab.";
export const COULD_NOT_ASK =
  "Case Summary Coach couldn't open the box that asks for the child's name, so nothing was inserted. Open Case Summary Coach from the Home tab to insert the template.";
export const NAME_NOT_STORED =
  "The child's name couldn't be stored in this document, so you will be asked for it again next time.";

/** A pack's problems shown in the ribbon's message, at most; the rest are counted. */
const PROBLEMS_SHOWN = 3;
/** Packs named in one message, at most: the message goes to its dialog in the page's address. */
const PACKS_SHOWN = 5;

/**
 * What the ribbon tells the worker of the organisation's packs that cannot be used: which file,
 * and what is wrong with it field by field, in the pane's words; the built-in templates and the
 * organisation's other packs are offered as usual.
 */
export function packProblemsMessage(problems: readonly PackProblem[]): string {
  const told = problems.slice(0, PACKS_SHOWN).map((problem) => {
    const listed = problem.errors.slice(0, PROBLEMS_SHOWN).join("; ");
    const more = problem.errors.length - PROBLEMS_SHOWN;
    const rest = more > 0 ? `; and ${more} more ${more === 1 ? "problem" : "problems"}` : "";
    return `Your organisation's template ${problem.file} cannot be used, so it is not in the list; the built-in templates work as usual. Please tell whoever looks after the add-in: ${listed}${rest}.`;
  });
  const others = problems.length - PACKS_SHOWN;
  if (others > 0)
    told.push(
      `${others} more of your organisation's templates cannot be used either; the task pane lists them all.`,
    );
  return told.join("\n\n");
}

/** Said when the name dialog was closed because it had been open too long. */
export function leftOpenMessage(typed: NameAnswer | null): string {
  const said =
    "Case Summary Coach closed the box that asks for the child's name because it had been open for more than four minutes (Word gives a ribbon button five at most), so nothing was inserted. Choose Insert template again to carry on.";
  const name = typed?.childName.trim();
  return name ? `${said} You had typed "${name}".` : said;
}

export function templateChoices(packs: readonly Pack[] = builtInPacks): TemplateChoice[] {
  return packs.map((pack) => ({ id: pack.id, name: pack.name }));
}

/**
 * The ribbon's "Insert template". With the child's name the document remembers, the headings go
 * straight in, with the template the document remembers (or the default). With no name stored,
 * the worker is asked for the template and the name (askForName, a dialog in Word); the name is
 * then stored in the document, as the pane stores it. Where this copy of Word cannot show a
 * dialog (askForName null), the headings go in with [Child's Name] for the worker to fill in (the
 * checks then point each one out). Never throws: every failure comes back as a message to show.
 */
/**
 * Reads the document and the cursor (one sync), has the engine plan the template, and has the
 * Word layer carry the plan out (two syncs). Should the worker change the anchoring paragraphs in
 * between, it plans once more from a fresh read.
 */
export async function insertTemplateNow(
  run: WordRun,
  pack: Pack,
  childName: string | null,
  known?: { snapshot: DocumentSnapshot; cursorParagraph: number | null },
): Promise<TemplateResult | { ok: false; reason: "invalid-input"; message: string }> {
  const cleaned = cleanChildName(childName);
  if ("problem" in cleaned) return { ok: false, reason: "invalid-input", message: cleaned.problem };
  let read = known ?? (await readSnapshotAndCursor(run));
  for (let attempt = 0; ; attempt++) {
    const plan = planTemplate(read.snapshot, pack, cleaned.name, read.cursorParagraph);
    if (!plan.ok) return plan;
    const result = await insertTemplate(run, plan);
    if (result.ok || result.reason !== "document-changed" || attempt > 0) return result;
    read = await readSnapshotAndCursor(run);
  }
}

export async function runInsertTemplateCommand(
  host: WordHost,
  askForName: AskForName | null,
  /** The packs to choose from: the pack registry's (built-in and the organisation's). */
  packs: readonly Pack[] = builtInPacks,
): Promise<InsertCommandOutcome> {
  const getPack = (id: string) => packs.find((pack) => pack.id === id);
  const defaultPack = packs[0] ?? builtInDefault;
  let state: DocumentState;
  try {
    state = (await loadDocumentState(host.run, host)).state;
  } catch {
    return { kind: "failed", message: COULD_NOT_READ };
  }
  let pack = (state.packId ? getPack(state.packId) : undefined) ?? defaultPack;
  let childName = state.childName;
  let remember = false;

  if (!childName && askForName) {
    let answer: NameAnswer | LeftOpen | null;
    try {
      answer = await askForName({ templateId: pack.id, templates: templateChoices(packs) });
    } catch {
      return { kind: "failed", message: COULD_NOT_ASK };
    }
    if (!answer) return { kind: "cancelled" };
    if ("leftOpen" in answer) {
      return { kind: "left-open", message: leftOpenMessage(answer.typed), typed: answer.typed };
    }
    const cleaned = cleanChildName(answer.childName);
    if ("problem" in cleaned) return { kind: "failed", message: cleaned.problem };
    pack = getPack(answer.templateId) ?? pack;
    childName = cleaned.name;
    remember = true;
  }

  let result;
  try {
    result = await insertTemplateNow(host.run, pack, childName);
  } catch {
    return { kind: "failed", message: COULD_NOT_INSERT };
  }
  if (!result.ok) {
    return { kind: "failed", message: result.reason === "word-error" ? COULD_NOT_INSERT : result.message };
  }

  let message = result.message;
  if (remember) {
    // Only what the ribbon chose: dismissals the pane made while the dialog was open are kept.
    const saved = await updateDocumentState(host.run, host, { childName, packId: pack.id }).catch(() => ({
      ok: false as const,
    }));
    if (!saved.ok && childName) message = `${message} ${NAME_NOT_STORED}`;
  }
  return { kind: "inserted", message, childName };
}
