import {
  Button,
  Field,
  Input,
  makeStaticStyles,
  Select,
  makeStyles,
  mergeClasses,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type FormEvent,
  type ReactElement,
} from "react";
import {
  paragraphColour,
  paragraphText,
  type CommentNode,
  type ContentControlNode,
  type ParagraphNode,
  type TextRun,
} from "../fake-word";
import type { ThemeName } from "../word/office-host";
import { colourName, readableOn } from "./colour";
import {
  applyInput,
  applyStyleChoice,
  domSelectionRange,
  modelSelection,
  PARAGRAPH_ATTRIBUTE,
  sameRange,
  selectInModel,
  showDomRange,
  STYLE_CHOICES,
  styleChoiceOf,
  toDomRange,
  toModelRange,
  type ModelRange,
} from "./editing";
import type { DemoSession } from "./session";

/**
 * The simulated Word document: the fake model's paragraphs (heading styles, colours, lists,
 * content controls with their titles) drawn as an editable page, its comments in a margin beside
 * the paragraphs they belong to, and a status bar. Every edit goes through the model's user
 * actions (see editing.ts); the page is drawn again from the model after each.
 */

/** A person's name for comments added from the demo's toolbar. */
export const PERSON_NAME = "Alex Manager (demo)";

const SELECTION_HIGHLIGHT = "demo-selection";

const useStaticStyles = makeStaticStyles({
  // The system's own selection colours, as the browser and Word draw a selection.
  [`::highlight(${SELECTION_HIGHLIGHT})`]: { backgroundColor: "Highlight", color: "HighlightText" },
});

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  tools: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  group: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  groupLabel: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  commentForm: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalXS },
  page: {
    position: "relative",
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(160px, 220px)",
    gap: tokens.spacingHorizontalL,
    maxWidth: "900px",
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
    color: tokens.colorNeutralForeground1,
    "@media (max-width: 600px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  editor: {
    minHeight: "320px",
    fontFamily: "Calibri, Carlito, 'Segoe UI', sans-serif",
    fontSize: "11pt",
    lineHeight: "1.4",
    outlineStyle: "none",
    caretColor: tokens.colorNeutralForeground1,
    wordBreak: "break-word",
    // As in Word, every space typed is kept and shown (HTML would fold them).
    whiteSpace: "pre-wrap",
    ":focus-visible": {
      outlineStyle: "solid",
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: tokens.spacingHorizontalS,
    },
  },
  paragraph: { margin: `0 0 ${tokens.spacingVerticalS} 0`, minHeight: "1.4em" },
  heading1: {
    fontSize: "16pt",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorBrandForeground2,
    margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS} 0`,
  },
  heading2: {
    fontSize: "13pt",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorBrandForeground2,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS} 0`,
  },
  heading3: {
    fontSize: "12pt",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorBrandForeground2,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS} 0`,
  },
  title: {
    fontSize: "24pt",
    fontWeight: tokens.fontWeightRegular,
    margin: `0 0 ${tokens.spacingVerticalM} 0`,
  },
  listItem: {
    paddingLeft: tokens.spacingHorizontalXXL,
    position: "relative",
    "::before": { content: '"•"', position: "absolute", left: tokens.spacingHorizontalM },
  },
  tableCell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: tokens.spacingHorizontalXS,
  },
  control: {
    position: "relative",
    margin: `${tokens.spacingVerticalM} 0`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  controlTitle: {
    display: "block",
    userSelect: "none",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground2,
  },
  margin: { position: "relative", minHeight: "100%" },
  comments: { listStyleType: "none", margin: 0, padding: 0 },
  comment: {
    position: "absolute",
    left: 0,
    right: 0,
    padding: tokens.spacingHorizontalS,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    "@media (max-width: 600px)": { position: "static", marginBottom: tokens.spacingVerticalS },
  },
  commentAuthor: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  commentText: { margin: 0, whiteSpace: "pre-wrap" },
  commentOn: { margin: 0, color: tokens.colorNeutralForeground2 },
  noComments: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  status: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
});

type Styles = ReturnType<typeof useStyles>;

interface Block {
  control: ContentControlNode | null;
  items: { node: ParagraphNode; index: number }[];
}

/** Consecutive paragraphs in the same (outermost) content control form one block. */
function blocksOf(paragraphs: ParagraphNode[]): Block[] {
  const blocks: Block[] = [];
  paragraphs.forEach((node, index) => {
    const control = node.controls[0] ?? null;
    const last = blocks[blocks.length - 1];
    if (last && last.control === control) last.items.push({ node, index });
    else blocks.push({ control, items: [{ node, index }] });
  });
  return blocks;
}

const PAGE_COLOUR: Record<ThemeName, string> = {
  light: webLightTheme.colorNeutralBackground1,
  dark: webDarkTheme.colorNeutralBackground1,
  "high-contrast": webDarkTheme.colorNeutralBackground1,
};

function styleLabel(style: string): string {
  return style.replace(/([a-z])([A-Z0-9])/g, "$1 $2");
}

function excerpt(text: string, length = 48): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}

export interface DocumentViewProps {
  session: DemoSession;
  theme: ThemeName;
}

export function DocumentView({ session, theme }: DocumentViewProps): ReactElement {
  useStaticStyles();
  const styles = useStyles();
  const model = session.model;
  const version = useSyncExternalStore(session.subscribe, session.getVersion);
  const [width, setWidth] = useState(0);
  const editorRef = useRef<HTMLDivElement>(null);
  const pageRef = useRef<HTMLDivElement>(null);
  const commentRefs = useRef(new Map<string, HTMLLIElement>());
  const [commentTops, setCommentTops] = useState<Record<string, number>>({});
  const [marginHeight, setMarginHeight] = useState(0);
  const [remount, setRemount] = useState(0);
  const composing = useRef<ModelRange | null>(null);
  const pointerFocus = useRef(false);
  const lastShown = useRef<ModelRange | null>(null);

  const changed = useCallback(() => session.changed(), [session]);

  // The browser's own editing is cancelled; each input becomes a user action on the model.
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
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
      if (applyInput(model, event.inputType, data, range) === "changed") changed();
    };
    const onCompositionStart = () => {
      composing.current = currentRange();
    };
    const onCompositionEnd = (event: CompositionEvent) => {
      const range = composing.current;
      composing.current = null;
      if (range && event.data) applyInput(model, "insertText", event.data, range);
      // The browser drew the composed text itself: draw the paragraphs again from the model.
      setRemount((n) => n + 1);
      changed();
    };
    const onSelectionChange = () => {
      if (composing.current || document.activeElement !== editor) return;
      const current = domSelectionRange();
      const range = current ? toModelRange(editor, current) : null;
      if (!range || sameRange(range, modelSelection(model))) return;
      selectInModel(model, range);
      changed();
    };
    // Ctrl+Z (Cmd+Z on a Mac), as in Word: takes back the last change, the pane's or the person's.
    // The edits never reach the browser's own undo list, so the key is handled here.
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        !(event.ctrlKey || event.metaKey) ||
        event.shiftKey ||
        event.altKey ||
        event.key.toLowerCase() !== "z"
      )
        return;
      event.preventDefault();
      if (session.undo()) setRemount((n) => n + 1);
    };
    const onUndoInput = (event: InputEvent) => {
      if (event.inputType !== "historyUndo") return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (session.undo()) setRemount((n) => n + 1);
    };
    editor.addEventListener("keydown", onKeyDown);
    editor.addEventListener("beforeinput", onUndoInput);
    editor.addEventListener("beforeinput", onBeforeInput);
    editor.addEventListener("compositionstart", onCompositionStart);
    editor.addEventListener("compositionend", onCompositionEnd);
    document.addEventListener("selectionchange", onSelectionChange);
    return () => {
      editor.removeEventListener("keydown", onKeyDown);
      editor.removeEventListener("beforeinput", onUndoInput);
      editor.removeEventListener("beforeinput", onBeforeInput);
      editor.removeEventListener("compositionstart", onCompositionStart);
      editor.removeEventListener("compositionend", onCompositionEnd);
      document.removeEventListener("selectionchange", onSelectionChange);
    };
  }, [model, changed, session]);

  // Show the model's selection: as the caret while typing, as a highlight when the pane moved it.
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

  // Comments sit beside their paragraphs, pushed down where they would overlap.
  useLayoutEffect(() => {
    const editor = editorRef.current;
    const page = pageRef.current;
    if (!editor || !page) return;
    const origin = page.getBoundingClientRect().top;
    const tops: Record<string, number> = {};
    let bottom = 0;
    const ordered = [...model.comments].sort(
      (a, b) => model.indexOf(a.anchor.start.paragraph) - model.indexOf(b.anchor.start.paragraph),
    );
    for (const comment of ordered) {
      const index = model.indexOf(comment.anchor.start.paragraph);
      const paragraph = editor.querySelector(`[${PARAGRAPH_ATTRIBUTE}="${index}"]`);
      const element = commentRefs.current.get(comment.id);
      if (!paragraph || !element) continue;
      const wanted = paragraph.getBoundingClientRect().top - origin;
      const top = Math.max(wanted, bottom);
      tops[comment.id] = Math.round(top);
      bottom = top + element.offsetHeight + 8;
    }
    const same =
      Object.keys(tops).length === Object.keys(commentTops).length &&
      Object.entries(tops).every(([id, top]) => commentTops[id] === top);
    if (!same) setCommentTops(tops);
    if (Math.round(bottom) !== marginHeight) setMarginHeight(Math.round(bottom));
  }, [model, version, remount, width, theme, commentTops, marginHeight]);

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

  const onFocus = () => {
    const editor = editorRef.current;
    if (pointerFocus.current || !editor) return;
    // Tabbing into the document puts the caret back where the model has it.
    const range = modelSelection(model);
    const domRange = range ? toDomRange(editor, range) : null;
    if (domRange) {
      showDomRange(domRange);
    }
  };

  const cursor = modelSelection(model);
  const cursorIndex = cursor ? cursor.start.paragraph : null;
  const cursorParagraph = cursorIndex === null ? undefined : model.paragraphs[cursorIndex];
  const page = PAGE_COLOUR[theme];

  return (
    <div className={styles.root}>
      <DocumentTools
        styles={styles}
        cursorIndex={cursorIndex}
        cursorStyle={cursorParagraph ? styleChoiceOf(cursorParagraph) : null}
        onColour={(colour) => {
          if (cursorIndex === null) return;
          model.colourParagraph(cursorIndex, colour);
          changed();
        }}
        onStyle={(style) => {
          if (cursorIndex === null) return;
          if (applyStyleChoice(model, cursorIndex, style)) changed();
        }}
        onComment={(text) => {
          if (cursorIndex === null) return;
          model.addPersonComment(cursorIndex, text, PERSON_NAME);
          changed();
        }}
      />
      <div className={styles.page} ref={pageRef}>
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
          onPointerDown={() => {
            pointerFocus.current = true;
          }}
          onPointerUp={() => {
            pointerFocus.current = false;
          }}
          onFocus={onFocus}
          onDrop={(event) => event.preventDefault()}
        >
          {blocksOf(model.paragraphs).map((block) => (
            <BlockView
              key={`${remount}:${block.items[0]!.node.id}`}
              block={block}
              styles={styles}
              page={page}
            />
          ))}
        </div>
        <aside className={styles.margin} aria-label="Comments" style={{ minHeight: `${marginHeight}px` }}>
          {model.comments.length === 0 ? (
            <p className={styles.noComments}>No comments.</p>
          ) : (
            <ol className={styles.comments}>
              {model.comments.map((comment) => (
                <CommentView
                  key={comment.id}
                  comment={comment}
                  styles={styles}
                  top={commentTops[comment.id]}
                  register={(element) => {
                    if (element) commentRefs.current.set(comment.id, element);
                    else commentRefs.current.delete(comment.id);
                  }}
                />
              ))}
            </ol>
          )}
        </aside>
      </div>
      <StatusBar session={session} styles={styles} />
    </div>
  );
}

function BlockView({ block, styles, page }: { block: Block; styles: Styles; page: string }): ReactElement {
  const paragraphs = block.items.map(({ node, index }) => (
    <ParagraphView key={node.id} node={node} index={index} styles={styles} page={page} />
  ));
  if (!block.control) return <>{paragraphs}</>;
  return (
    <div className={styles.control} data-content-control={block.control.tag}>
      <span className={styles.controlTitle} contentEditable={false}>
        {block.control.title}
      </span>
      {paragraphs}
    </div>
  );
}

function ParagraphView(props: {
  node: ParagraphNode;
  index: number;
  styles: Styles;
  page: string;
}): ReactElement {
  const { node, index, styles, page } = props;
  const style = node.styleBuiltIn;
  const level = /^Heading(\d)$/.exec(style)?.[1];
  const className = mergeClasses(
    styles.paragraph,
    level === "1" && styles.heading1,
    level === "2" && styles.heading2,
    level !== undefined && level !== "1" && level !== "2" && styles.heading3,
    style === "Title" && styles.title,
    node.list !== null && styles.listItem,
    node.cell !== null && styles.tableCell,
  );
  const runs = node.runs.map((run, i) => <RunView key={i} run={run} page={page} />);
  const content = runs.length > 0 ? runs : <br />;
  const attributes = {
    className,
    [PARAGRAPH_ATTRIBUTE]: index,
    "data-style": style,
  };
  // Word's Heading 1 to 3 are the page's second to fourth levels (the page's own title is the first).
  if (level === "1") return <h2 {...attributes}>{content}</h2>;
  if (level === "2") return <h3 {...attributes}>{content}</h3>;
  if (level !== undefined) return <h4 {...attributes}>{content}</h4>;
  return <p {...attributes}>{content}</p>;
}

function RunView({ run, page }: { run: TextRun; page: string }): ReactElement {
  const style: CSSProperties = {};
  // Black shows as automatic (the page's text colour), as Word's dark mode does.
  if (run.colour && run.colour !== "#000000") style.color = readableOn(run.colour, page);
  if (run.bold) style.fontWeight = 700;
  return (
    <span style={style} data-colour={run.colour ?? "automatic"}>
      {run.text}
    </span>
  );
}

function CommentView(props: {
  comment: CommentNode;
  styles: Styles;
  top: number | undefined;
  register(element: HTMLLIElement | null): void;
}): ReactElement {
  const { comment, styles, top } = props;
  const on = excerpt(paragraphText(comment.anchor.start.paragraph), 32);
  return (
    <li
      ref={props.register}
      className={styles.comment}
      style={top === undefined ? { visibility: "hidden" } : { top: `${top}px` }}
      data-author={comment.authorName}
    >
      <p className={styles.commentAuthor}>{comment.authorName}</p>
      <p className={styles.commentText}>{comment.content}</p>
      {on && <p className={styles.commentOn}>On: “{on}”</p>}
    </li>
  );
}

function DocumentTools(props: {
  styles: Styles;
  cursorIndex: number | null;
  /** The style choice of the paragraph with the cursor (see styleChoiceOf), or null without a cursor. */
  cursorStyle: string | null;
  onColour(colour: string | null): void;
  onStyle(style: string): void;
  onComment(text: string): void;
}): ReactElement {
  const { styles, cursorIndex, cursorStyle } = props;
  // A style the demo does not offer (Title, Heading 4…) is shown, but cannot be chosen.
  const offered = STYLE_CHOICES.some((choice) => choice.style === cursorStyle);
  const [text, setText] = useState("");
  const none = cursorIndex === null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed || none) return;
    props.onComment(trimmed);
    setText("");
  };
  return (
    <div className={styles.tools}>
      <div className={styles.group} role="group" aria-labelledby="demo-colour-label">
        <span className={styles.groupLabel} id="demo-colour-label">
          Text colour of the paragraph with the cursor:
        </span>
        <Button size="small" disabled={none} onClick={() => props.onColour(null)}>
          Automatic
        </Button>
        <Button size="small" disabled={none} onClick={() => props.onColour("#0000FF")}>
          Blue
        </Button>
        <Button size="small" disabled={none} onClick={() => props.onColour("#FF0000")}>
          Red
        </Button>
      </div>
      <Field label="Style of the paragraph with the cursor" size="small">
        <Select
          size="small"
          disabled={none}
          value={cursorStyle ?? ""}
          onChange={(_, data) => props.onStyle(data.value)}
        >
          {cursorStyle !== null && !offered && (
            <option value={cursorStyle} disabled>
              {styleLabel(cursorStyle)}
            </option>
          )}
          {cursorStyle === null && <option value="">No cursor</option>}
          {STYLE_CHOICES.map((choice) => (
            <option key={choice.style} value={choice.style}>
              {choice.label}
            </option>
          ))}
        </Select>
      </Field>
      <form className={styles.commentForm} onSubmit={submit} aria-label="Add a comment as a person">
        <Field label={`Comment on the paragraph with the cursor, as ${PERSON_NAME}`} size="small">
          <Input size="small" value={text} onChange={(_, data) => setText(data.value)} autoComplete="off" />
        </Field>
        <Button size="small" type="submit" disabled={none || text.trim() === ""}>
          Add comment
        </Button>
      </form>
    </div>
  );
}

function StatusBar({ session, styles }: { session: DemoSession; styles: Styles }): ReactElement {
  const model = session.model;
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
  return (
    <p className={styles.status} data-testid="status-bar">
      {parts.join(" · ")}
    </p>
  );
}
