import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import type { DocumentModel } from "../../fake-word";
import { PARAGRAPH_ATTRIBUTE } from "../editing";

/**
 * Where each comment sits in the margin: level with the paragraph it is on, pushed down where it
 * would overlap the one above, as Word's comments pane does. Measured after each drawing, and
 * again when the page changes width (its paragraphs wrap differently).
 */

/** The space kept between two comments pushed together, in pixels. */
const COMMENT_GAP = 8;

export interface CommentPlacement {
  /** For the page (the grid holding the text and the margin): comments are placed relative to it. */
  pageRef: RefObject<HTMLDivElement | null>;
  /** Each comment's distance from the top of the page, by id; a comment not yet measured is absent. */
  tops: Readonly<Record<string, number>>;
  /** How tall the margin must be to hold its comments. */
  marginHeight: number;
  /** The ref callback for a comment's element, by id. */
  register(id: string, element: HTMLElement | null): void;
}

export function useCommentPlacement(
  model: DocumentModel,
  editorRef: RefObject<HTMLElement | null>,
  /** Changes whenever the paragraphs may have moved: the document's version, a redraw, the theme. */
  drawing: string,
): CommentPlacement {
  const pageRef = useRef<HTMLDivElement>(null);
  const elements = useRef(new Map<string, HTMLElement>());
  const [tops, setTops] = useState<Record<string, number>>({});
  const [marginHeight, setMarginHeight] = useState(0);
  const [width, setWidth] = useState(0);

  useLayoutEffect(() => {
    const editor = editorRef.current;
    const page = pageRef.current;
    if (!editor || !page) return;
    const origin = page.getBoundingClientRect().top;
    const placed: Record<string, number> = {};
    let bottom = 0;
    const ordered = [...model.comments].sort(
      (a, b) => model.indexOf(a.anchor.start.paragraph) - model.indexOf(b.anchor.start.paragraph),
    );
    for (const comment of ordered) {
      const index = model.indexOf(comment.anchor.start.paragraph);
      const paragraph = editor.querySelector(`[${PARAGRAPH_ATTRIBUTE}="${index}"]`);
      const element = elements.current.get(comment.id);
      if (!paragraph || !element) continue;
      const wanted = paragraph.getBoundingClientRect().top - origin;
      const top = Math.max(wanted, bottom);
      placed[comment.id] = Math.round(top);
      bottom = top + element.offsetHeight + COMMENT_GAP;
    }
    const same =
      Object.keys(placed).length === Object.keys(tops).length &&
      Object.entries(placed).every(([id, top]) => tops[id] === top);
    if (!same) setTops(placed);
    if (Math.round(bottom) !== marginHeight) setMarginHeight(Math.round(bottom));
  }, [model, editorRef, drawing, width, tops, marginHeight]);

  // Paragraphs move when the window is resized: place the comments again.
  useEffect(() => {
    const page = pageRef.current;
    if (!page || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) =>
      setWidth(Math.round(entries[0]?.contentRect.width ?? 0)),
    );
    observer.observe(page);
    return () => observer.disconnect();
  }, []);

  const register = useCallback((id: string, element: HTMLElement | null) => {
    if (element) elements.current.set(id, element);
    else elements.current.delete(id);
  }, []);

  return { pageRef, tops, marginHeight, register };
}
