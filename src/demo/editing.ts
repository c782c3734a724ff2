import { paragraphText, type DocumentModel, type ParagraphNode } from "../fake-word";

/**
 * Typing in the simulated document. The browser's own editing is cancelled at `beforeinput`, and
 * each keystroke becomes one of the fake model's user actions (typeText, deleteCharacters,
 * splitParagraph, joinWithNext, select; setParagraphStyle from the style choice), which raise the
 * events Word raises; the view is then drawn again from the model. So the pane sees exactly what
 * it would see in Word.
 */

export interface ModelPoint {
  paragraph: number;
  offset: number;
}

export interface ModelRange {
  start: ModelPoint;
  end: ModelPoint;
}

export const PARAGRAPH_ATTRIBUTE = "data-paragraph";

function paragraphElement(node: Node | null): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  return element?.closest<HTMLElement>(`[${PARAGRAPH_ATTRIBUTE}]`) ?? null;
}

function indexOf(element: HTMLElement): number {
  return Number(element.getAttribute(PARAGRAPH_ATTRIBUTE));
}

/** A point in the DOM as a paragraph index and character offset, or null outside any paragraph. */
export function toModelPoint(editor: HTMLElement, node: Node, offset: number): ModelPoint | null {
  if (!editor.contains(node)) return null;
  let element = paragraphElement(node);
  if (!element && node instanceof HTMLElement) {
    // Between paragraphs (on a wrapper): the paragraph just after the point, else the last before it.
    const after = node.childNodes[offset];
    const before = node.childNodes[offset - 1];
    const inside = (child: ChildNode | undefined, last: boolean): HTMLElement | null => {
      if (!(child instanceof HTMLElement)) return null;
      if (child.hasAttribute(PARAGRAPH_ATTRIBUTE)) return child;
      const all = child.querySelectorAll<HTMLElement>(`[${PARAGRAPH_ATTRIBUTE}]`);
      return (last ? all[all.length - 1] : all[0]) ?? null;
    };
    const found = inside(after, false);
    if (found) return { paragraph: indexOf(found), offset: 0 };
    element = inside(before, true);
    if (element) return { paragraph: indexOf(element), offset: (element.textContent ?? "").length };
    return null;
  }
  if (!element) return null;
  const range = document.createRange();
  range.setStart(element, 0);
  range.setEnd(node, offset);
  return { paragraph: indexOf(element), offset: range.toString().length };
}

export function toModelRange(editor: HTMLElement, range: StaticRange | Range): ModelRange | null {
  const start = toModelPoint(editor, range.startContainer, range.startOffset);
  const end = toModelPoint(editor, range.endContainer, range.endOffset);
  return start && end ? { start, end } : null;
}

/** The DOM position of a model point: a text node and offset, or the paragraph element itself. */
export function toDomPoint(editor: HTMLElement, point: ModelPoint): { node: Node; offset: number } | null {
  const element = editor.querySelector<HTMLElement>(`[${PARAGRAPH_ATTRIBUTE}="${point.paragraph}"]`);
  if (!element) return null;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let remaining = point.offset;
  let last: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (remaining <= text.length) return { node: text, offset: remaining };
    remaining -= text.length;
    last = text;
  }
  return last ? { node: last, offset: last.length } : { node: element, offset: 0 };
}

export function toDomRange(editor: HTMLElement, range: ModelRange): Range | null {
  const start = toDomPoint(editor, range.start);
  const end = toDomPoint(editor, range.end);
  if (!start || !end) return null;
  const dom = document.createRange();
  dom.setStart(start.node, start.offset);
  dom.setEnd(end.node, end.offset);
  return dom;
}

/** The model's selection as a range (or null). */
export function modelSelection(model: DocumentModel): ModelRange | null {
  const position = model.selectionPosition();
  if (!position || position.paragraph < 0 || position.endParagraph < 0) return null;
  return {
    start: { paragraph: position.paragraph, offset: position.start },
    end: { paragraph: position.endParagraph, offset: position.end },
  };
}

export function sameRange(a: ModelRange | null, b: ModelRange | null): boolean {
  return (
    a !== null &&
    b !== null &&
    a.start.paragraph === b.start.paragraph &&
    a.start.offset === b.start.offset &&
    a.end.paragraph === b.end.paragraph &&
    a.end.offset === b.end.offset
  );
}

/** Moves the model's cursor to a DOM selection; a selection across paragraphs selects to the end of the first. */
export function selectInModel(model: DocumentModel, range: ModelRange): void {
  const { start, end } = range;
  if (start.paragraph === end.paragraph) model.select(start.paragraph, start.offset, end.offset);
  else model.select(start.paragraph, start.offset, paragraphText(model.paragraphs[start.paragraph]!).length);
}

/** Deletes a range within one paragraph; across paragraphs, only the first paragraph's part. */
function deleteRange(model: DocumentModel, range: ModelRange): ModelPoint {
  const { start, end } = range;
  const length = paragraphText(model.paragraphs[start.paragraph]!).length;
  const to = end.paragraph === start.paragraph ? end.offset : length;
  if (to > start.offset) model.deleteCharacters(start.paragraph, start.offset, to);
  return start;
}

function typeAt(model: DocumentModel, point: ModelPoint, text: string): void {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let at = point;
  lines.forEach((line, index) => {
    if (index > 0) at = splitParagraph(model, at);
    if (line) {
      model.typeText(at.paragraph, line, at.offset);
      at = { paragraph: at.paragraph, offset: at.offset + line.length };
    }
  });
}

/**
 * Enter: the model splits the paragraph at the cursor (at its end, the new paragraph takes the
 * style's next style, so a heading is followed by Normal text; elsewhere both halves keep it).
 */
export function splitParagraph(model: DocumentModel, point: ModelPoint): ModelPoint {
  const next = model.splitParagraph(point.paragraph, point.offset);
  return { paragraph: next, offset: 0 };
}

/**
 * Backspace at the start of a paragraph (or Delete at the end of the one before): the model joins
 * the two as Word does, keeping comments and each run's formatting. Where Word refuses (a content
 * control's boundary, a table cell's), the cursor goes to the end of the first paragraph instead.
 */
function joinWithPrevious(model: DocumentModel, index: number): void {
  if (index === 0) return;
  if (!model.joinWithNext(index - 1))
    model.select(index - 1, paragraphText(model.paragraphs[index - 1]!).length);
}

/** The paragraph styles the demo offers, as Word's built-in style names. */
export const STYLE_CHOICES = [
  { style: "Normal", label: "Normal" },
  { style: "Heading1", label: "Heading 1" },
  { style: "Heading2", label: "Heading 2" },
  { style: "Heading3", label: "Heading 3" },
  { style: "ListParagraph", label: "List" },
] as const;

/** The choice showing a paragraph's style: "ListParagraph" for any list item; other styles as they are. */
export function styleChoiceOf(paragraph: ParagraphNode): string {
  return paragraph.list !== null ? "ListParagraph" : paragraph.styleBuiltIn;
}

/** Applies a style choice to a paragraph through the model's user action; false when it changed nothing. */
export function applyStyleChoice(model: DocumentModel, index: number, style: string): boolean {
  const paragraph = model.paragraphs[index];
  if (!paragraph || styleChoiceOf(paragraph) === style) return false;
  model.setParagraphStyle(index, style);
  return true;
}

export type EditOutcome = "changed" | "ignored";

/**
 * Carries out one `beforeinput` on the model. `range` is where the browser would have edited
 * (the event's target range, or the selection).
 */
export function applyInput(
  model: DocumentModel,
  inputType: string,
  data: string | null,
  range: ModelRange,
): EditOutcome {
  const collapsed = range.start.paragraph === range.end.paragraph && range.start.offset === range.end.offset;
  switch (inputType) {
    case "insertText":
    case "insertReplacementText":
    case "insertFromPaste":
    case "insertFromDrop":
    case "insertCompositionText": {
      if (!data) return "ignored";
      const at = collapsed ? range.start : deleteRange(model, range);
      typeAt(model, at, data);
      return "changed";
    }
    case "insertParagraph":
    case "insertLineBreak": {
      const at = collapsed ? range.start : deleteRange(model, range);
      splitParagraph(model, at);
      return "changed";
    }
    default:
      break;
  }
  if (!inputType.startsWith("delete")) return "ignored";
  if (!collapsed) {
    if (range.start.paragraph !== range.end.paragraph && range.end.offset === 0) {
      // The target range of Backspace at a paragraph's start (or Delete at its end).
      if (range.end.paragraph === range.start.paragraph + 1) {
        const startLength = paragraphText(model.paragraphs[range.start.paragraph]!).length;
        if (range.start.offset === startLength) {
          joinWithPrevious(model, range.end.paragraph);
          return "changed";
        }
      }
    }
    deleteRange(model, range);
    return "changed";
  }
  // No target range: work it out from the cursor.
  const { paragraph, offset } = range.start;
  const length = paragraphText(model.paragraphs[paragraph]!).length;
  if (inputType.includes("Backward")) {
    if (offset > 0) model.deleteCharacters(paragraph, offset - 1, offset);
    else joinWithPrevious(model, paragraph);
  } else if (offset < length) model.deleteCharacters(paragraph, offset, offset + 1);
  else if (paragraph + 1 < model.paragraphs.length) joinWithPrevious(model, paragraph + 1);
  return "changed";
}

/*
 * The browser's own Selection (window.getSelection()), not Word's: the Office lint rules take any
 * `getSelection()` result for a Word proxy that needs load and sync, so the reads are kept here.
 */

/** The browser's current selection range, or null. */
export function domSelectionRange(): Range | null {
  const selection = window.getSelection();
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- the DOM's Selection
  return selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
}

/** Puts the browser's selection (the caret, or highlighted text) on a range. */
export function showDomRange(range: Range): void {
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
