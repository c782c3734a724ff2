import { useRef, useSyncExternalStore, type ReactElement } from "react";
import type { ThemeName } from "../word/office-host";
import { CommentsMargin } from "./document/CommentsMargin";
import { DocumentParagraphs } from "./document/DocumentParagraphs";
import { DocumentTools } from "./document/DocumentTools";
import { StatusBar } from "./document/StatusBar";
import { usePageStyles, useSelectionHighlightStyles } from "./document/styles";
import { useCommentPlacement } from "./document/useCommentPlacement";
import { useCursorParagraph } from "./document/useCursorParagraph";
import { useDocumentEditing } from "./document/useDocumentEditing";
import { useSelectionSync } from "./document/useSelectionSync";
import type { DemoSession } from "./session";

/**
 * The simulated Word document: the fake model's paragraphs (heading styles, colours, lists,
 * content controls with their titles) drawn as an editable page, its comments in a margin beside
 * the paragraphs they belong to, a toolbar above and a status bar below. Every edit goes through
 * the model's user actions (see editing.ts); the page is drawn again from the model after each.
 * The parts, each in src/demo/document/: typing (useDocumentEditing), the caret
 * (useSelectionSync), the paragraphs (DocumentParagraphs), the margin (CommentsMargin with
 * useCommentPlacement), the toolbar (DocumentTools with useCursorParagraph), the status bar
 * (StatusBar) and the looks (styles).
 */

export { PERSON_NAME } from "./document/useCursorParagraph";

export interface DocumentViewProps {
  session: DemoSession;
  theme: ThemeName;
}

export function DocumentView({ session, theme }: DocumentViewProps): ReactElement {
  useSelectionHighlightStyles();
  const styles = usePageStyles();
  const model = session.model;
  const version = useSyncExternalStore(session.subscribe, session.getVersion);
  const editorRef = useRef<HTMLDivElement>(null);
  const { redraws, composing } = useDocumentEditing(session, editorRef);
  const caret = useSelectionSync(session, editorRef, composing);
  const placement = useCommentPlacement(model, editorRef, `${version}:${redraws}:${theme}`);
  const cursor = useCursorParagraph(session);

  return (
    <div className={styles.root}>
      <DocumentTools cursor={cursor} />
      <div className={styles.page} ref={placement.pageRef}>
        <div
          ref={editorRef}
          className={styles.editor}
          contentEditable
          suppressContentEditableWarning
          spellCheck={false}
          role="textbox"
          aria-multiline="true"
          aria-label="Simulated Word document"
          tabIndex={0}
          onPointerDown={caret.onPointerDown}
          onPointerUp={caret.onPointerUp}
          onFocus={caret.onFocus}
          onDrop={(event) => event.preventDefault()}
        >
          <DocumentParagraphs model={model} theme={theme} redraws={redraws} />
        </div>
        <CommentsMargin
          comments={model.comments}
          tops={placement.tops}
          minHeight={placement.marginHeight}
          register={placement.register}
        />
      </div>
      <StatusBar model={model} />
    </div>
  );
}
