import { useEffect, useLayoutEffect, useRef, type RefObject } from "react";
import {
  domSelectionRange,
  modelSelection,
  PARAGRAPH_ATTRIBUTE,
  sameRange,
  selectInModel,
  showDomRange,
  toDomRange,
  toModelRange,
  type ModelRange,
} from "../editing";
import type { DemoSession } from "../session";
import { SELECTION_HIGHLIGHT } from "./styles";

/**
 * The caret both ways between the page and the model: where the person puts the caret (or
 * selects) becomes the model's selection, as Word's would; where the model's selection is (the
 * pane's Go to, an edit) is shown on the page: as the caret while the page has focus, as a
 * highlight when it has not, scrolled into view when it moved.
 */

export interface SelectionSync {
  /** For the page's onFocus: tabbing into the page puts the caret back where the model has it. */
  onFocus(): void;
  /** For the page's onPointerDown and onPointerUp: a click places the caret itself. */
  onPointerDown(): void;
  onPointerUp(): void;
}

export function useSelectionSync(
  session: DemoSession,
  editorRef: RefObject<HTMLElement | null>,
  composing: RefObject<ModelRange | null>,
): SelectionSync {
  const pointerFocus = useRef(false);
  const lastShown = useRef<ModelRange | null>(null);
  const model = session.model;

  // The page's caret to the model.
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    const onSelectionChange = () => {
      if (composing.current || document.activeElement !== editor) return;
      const current = domSelectionRange();
      const range = current ? toModelRange(editor, current) : null;
      if (!range || sameRange(range, modelSelection(session.model))) return;
      selectInModel(session.model, range);
      session.changed();
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, [session, editorRef, composing]);

  // The model's selection to the page, after every drawing.
  useLayoutEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    const range = modelSelection(model);
    const domRange = range ? toDomRange(editor, range) : null;
    const focused = document.activeElement === editor;
    CSS.highlights?.delete(SELECTION_HIGHLIGHT);
    if (focused && domRange) {
      const current = domSelectionRange();
      const shown = current ? toModelRange(editor, current) : null;
      if (!sameRange(shown, range)) showDomRange(domRange);
    } else if (domRange && !domRange.collapsed && typeof Highlight !== "undefined") {
      CSS.highlights?.set(SELECTION_HIGHLIGHT, new Highlight(domRange));
    }
    if (range && !focused && !sameRange(range, lastShown.current)) {
      editor
        .querySelector(`[${PARAGRAPH_ATTRIBUTE}="${range.start.paragraph}"]`)
        ?.scrollIntoView({ block: "nearest" });
    }
    lastShown.current = range;
  });

  return {
    onFocus() {
      const editor = editorRef.current;
      if (pointerFocus.current || !editor) return;
      const range = modelSelection(model);
      const domRange = range ? toDomRange(editor, range) : null;
      if (domRange) showDomRange(domRange);
    },
    onPointerDown() {
      pointerFocus.current = true;
    },
    onPointerUp() {
      pointerFocus.current = false;
    },
  };
}
