import { officeHost } from "../word/office-host";
import { runInsertTemplateCommand } from "./insert-template";

/* global Office */

/** Opening the pane from a button needs the shared runtime; older hosts cannot. */
function paneOpener(): (() => Promise<void>) | null {
  if (!Office.context.requirements.isSetSupported("SharedRuntime", "1.1")) return null;
  return () => Office.addin.showAsTaskpane();
}

async function insertTemplateCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await runInsertTemplateCommand(officeHost(), paneOpener());
  } finally {
    // Word waits for this before it lets the worker use the button again.
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("insertTemplate", insertTemplateCommand);
});
