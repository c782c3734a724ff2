import { cleanChildName } from "../analysis/child-name-rule";
import type { DialogMessage } from "./dialog";

/* global Office */

/**
 * The ribbon's dialog page (name-dialog.html), no React: with ?message=… it shows that message
 * and a Close button; otherwise it asks for the template (?templates=[{id,name}], ?template=id
 * preselected, ?name=… filled in) and the child's first name, and sends the answer to the function
 * command with Office.context.ui.messageParent (DialogApi 1.1). Escape, Cancel and Close answer
 * too, so the command never waits on a dialog the person has left. As the worker types, the page
 * sends what they have typed so far (a draft), so the command can say it back if Word's time limit
 * makes it close the dialog first. Nothing is stored or sent anywhere else.
 */

interface Choice {
  id: string;
  name: string;
}

function parseChoices(text: string | null): Choice[] {
  try {
    const value: unknown = JSON.parse(text ?? "[]");
    if (!Array.isArray(value)) return [];
    return value.filter(
      (c): c is Choice =>
        typeof c === "object" && c !== null && typeof c.id === "string" && typeof c.name === "string",
    );
  } catch {
    return [];
  }
}

/** How long after Close the page says how to close it if it is still open. */
const STUCK_AFTER_MS = 2000;

/** The command's own rule (cleanChildName), said before the dialog closes. */
export function nameProblem(name: string): string | null {
  const cleaned = cleanChildName(name);
  return "problem" in cleaned ? cleaned.problem : null;
}

export function startDialog(doc: Document, query: string, send: (reply: DialogMessage) => void): void {
  const params = new URLSearchParams(query);
  const byId = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  const message = params.get("message");

  doc.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    send({ kind: message === null ? "cancel" : "close" });
  });

  if (message !== null) {
    doc.title = "Case Summary Coach";
    byId("notice-text").textContent = message;
    byId("notice").hidden = false;
    const close = byId<HTMLButtonElement>("close");
    close.addEventListener("click", () => {
      send({ kind: "close" });
      // A message can outlive the command that opened it (Word ends a command after five minutes;
      // its dialog stays), and then nothing closes it: say how, if it is still here.
      setTimeout(() => {
        byId("notice-stuck").textContent = "If this box stays open, close it with the X in its title bar.";
      }, STUCK_AFTER_MS);
    });
    close.focus();
    return;
  }

  const form = byId<HTMLFormElement>("ask");
  const select = byId<HTMLSelectElement>("template");
  const input = byId<HTMLInputElement>("child-name");
  const problem = byId("child-name-problem");
  const chosen = params.get("template");
  for (const choice of parseChoices(params.get("templates"))) {
    const option = doc.createElement("option");
    option.value = choice.id;
    option.textContent = choice.name;
    option.selected = choice.id === chosen;
    select.append(option);
  }
  // Without a list (an old link), the template the command would use anyway.
  if (select.options.length === 0 && chosen) {
    const option = doc.createElement("option");
    option.value = chosen;
    option.textContent = "The document's template";
    select.append(option);
  }
  input.value = params.get("name") ?? "";
  form.hidden = false;
  input.focus();
  const sendDraft = () => send({ kind: "draft", templateId: select.value, childName: input.value });
  input.addEventListener("input", sendDraft);
  select.addEventListener("change", sendDraft);
  if (input.value) sendDraft();

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const found = nameProblem(input.value);
    problem.textContent = found ?? "";
    input.setAttribute("aria-invalid", found ? "true" : "false");
    if (found) {
      input.focus();
      return;
    }
    send({ kind: "insert", templateId: select.value, childName: input.value.trim() });
  });
  byId("cancel").addEventListener("click", () => send({ kind: "cancel" }));
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    startDialog(document, window.location.search, (reply) =>
      Office.context.ui.messageParent(JSON.stringify(reply)),
    );
  });
}
