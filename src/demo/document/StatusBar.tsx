import type { ReactElement } from "react";
import { paragraphColour, type DocumentModel } from "../../fake-word";
import { colourName } from "../colour";
import { excerpt, styleLabel } from "./labels";
import { useToolStyles } from "./styles";

/**
 * The status bar under the page: where the cursor is (paragraph, style, the template section it
 * is in, its text colour, the character or the selected words) and how many comments there are.
 */

/** The status bar's words, " · " between its parts. */
export function statusText(model: DocumentModel): string {
  const position = model.selectionPosition();
  const paragraph = position ? model.paragraphs[position.paragraph] : undefined;
  const parts: string[] = [];
  if (position && paragraph) {
    parts.push(`Paragraph ${position.paragraph + 1} of ${model.paragraphs.length}`);
    parts.push(styleLabel(paragraph.styleBuiltIn));
    const control = paragraph.controls[paragraph.controls.length - 1];
    if (control) parts.push(`in “${control.title}”`);
    const colour = paragraphColour(paragraph);
    parts.push(`text colour ${colour === "mixed" ? "mixed" : colourName(colour)}`);
    const selected = model.selectedText();
    parts.push(
      selected ? `selected: “${excerpt(selected, 60)}”` : `cursor at character ${position.start + 1}`,
    );
  } else parts.push(`${model.paragraphs.length} paragraphs; no cursor`);
  const comments = model.comments.length;
  parts.push(`${comments} ${comments === 1 ? "comment" : "comments"}`);
  return parts.join(" · ");
}

export function StatusBar({ model }: { model: DocumentModel }): ReactElement {
  const styles = useToolStyles();
  return (
    <p className={styles.status} data-testid="status-bar">
      {statusText(model)}
    </p>
  );
}
