/** Short forms of the document's words, for the toolbar, the comments margin and the status bar. */

/** A built-in style's name as Word shows it: "Heading2" as "Heading 2", "ListParagraph" as "List Paragraph". */
export function styleLabel(style: string): string {
  return style.replace(/([a-z])([A-Z0-9])/g, "$1 $2");
}

/** The text on one line, cut to `length` characters with an ellipsis. */
export function excerpt(text: string, length = 48): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}
