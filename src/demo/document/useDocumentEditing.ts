import { useEffect, useRef, useState, type RefObject } from "react";
import { applyInput, domSelectionRange, modelSelection, toModelRange, type ModelRange } from "../editing";
import type { DemoSession } from "../session";

/**
 * Typing in the simulated document. The browser's own editing is cancelled: each `beforeinput`
 * (typing, Enter, Backspace, Delete, paste) becomes a user action on the model (see editing.ts),
 * a composition (an input method's text) is applied when it ends, and Ctrl+Z takes back the last
 * change from the session's undo list.
 */

export interface DocumentEditing {
  /**
   * Goes up whenever the browser drew text itself (a composition) or the document was put back
   * (undo), so the paragraphs must be drawn afresh from the model rather than patched.
   */
  redraws: number;
  /** Where a composition began while one is under way, else null: the caret is left alone meanwhile. */
  composing: RefObject<ModelRange | null>;
}

/** Ctrl+Z, or Cmd+Z on a Mac, as in Word (not with Shift or Alt, which mean other things). */
export function isUndoKey(event: Pick<KeyboardEvent, "ctrlKey" | "metaKey" | "shiftKey" | "altKey" | "key">) {
  return (
    (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === "z"
  );
}

export function useDocumentEditing(
  session: DemoSession,
  editorRef: RefObject<HTMLElement | null>,
): DocumentEditing {
  const [redraws, setRedraws] = useState(0);
  const composing = useRef<ModelRange | null>(null);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    const model = session.model;
    const redraw = () => setRedraws((n) => n + 1);
    const currentRange = (): ModelRange | null => {
      const current = domSelectionRange();
      return (current && toModelRange(editor, current)) ?? modelSelection(model);
    };
    const onBeforeInput = (event: InputEvent) => {
      if (event.inputType === "insertCompositionText") return; // finished at compositionend
      event.preventDefault();
      const target = event.getTargetRanges()[0];
      const range = (target && toModelRange(editor, target)) ?? currentRange();
      if (!range) return;
      const data = event.data ?? event.dataTransfer?.getData("text/plain") ?? null;
      if (applyInput(model, event.inputType, data, range) === "changed") session.changed();
    };
    const onCompositionStart = () => {
      composing.current = currentRange();
    };
    const onCompositionEnd = (event: CompositionEvent) => {
      const range = composing.current;
      composing.current = null;
      if (range && event.data) applyInput(model, "insertText", event.data, range);
      // The browser drew the composed text itself: draw the paragraphs again from the model.
      redraw();
      session.changed();
    };
    // Ctrl+Z takes back the last change, the pane's or the person's. The edits never reach the
    // browser's own undo list, so the key (and the browser's own undo command) is handled here.
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isUndoKey(event)) return;
      event.preventDefault();
      if (session.undo()) redraw();
    };
    const onUndoInput = (event: InputEvent) => {
      if (event.inputType !== "historyUndo") return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (session.undo()) redraw();
    };
    editor.addEventListener("keydown", onKeyDown);
    editor.addEventListener("beforeinput", onUndoInput);
    editor.addEventListener("beforeinput", onBeforeInput);
    editor.addEventListener("compositionstart", onCompositionStart);
    editor.addEventListener("compositionend", onCompositionEnd);
    return () => {
      editor.removeEventListener("keydown", onKeyDown);
      editor.removeEventListener("beforeinput", onUndoInput);
      editor.removeEventListener("beforeinput", onBeforeInput);
      editor.removeEventListener("compositionstart", onCompositionStart);
      editor.removeEventListener("compositionend", onCompositionEnd);
    };
  }, [session, editorRef]);

  return { redraws, composing };
}
