import type { ParagraphNode } from "../../fake-word";
import { applyStyleChoice, modelSelection, styleChoiceOf } from "../editing";
import type { DemoSession } from "../session";

/**
 * The paragraph with the cursor, and what the toolbar does to it: colour its text, change its
 * style, comment on it as a person. Each goes through the model's user actions, which raise the
 * events Word raises, so the pane hears of it as it would in Word.
 */

/** A person's name for comments added from the demo's toolbar. */
export const PERSON_NAME = "Alex Manager (demo)";

export interface CursorParagraph {
  /** The paragraph's index in the model, or null without a cursor. */
  index: number | null;
  /** Its style choice (see styleChoiceOf), or null without a cursor. */
  styleChoice: string | null;
  colour(colour: string | null): void;
  style(style: string): void;
  comment(text: string): void;
}

/** Read afresh on each drawing (the view draws again on every change the session reports). */
export function useCursorParagraph(session: DemoSession): CursorParagraph {
  const model = session.model;
  const cursor = modelSelection(model);
  const index = cursor ? cursor.start.paragraph : null;
  const paragraph: ParagraphNode | undefined = index === null ? undefined : model.paragraphs[index];
  return {
    index,
    styleChoice: paragraph ? styleChoiceOf(paragraph) : null,
    colour(colour) {
      if (index === null) return;
      model.colourParagraph(index, colour);
      session.changed();
    },
    style(style) {
      if (index === null) return;
      if (applyStyleChoice(model, index, style)) session.changed();
    },
    comment(text) {
      if (index === null) return;
      model.addPersonComment(index, text, PERSON_NAME);
      session.changed();
    },
  };
}
