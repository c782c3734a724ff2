import { mergeClasses, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { CSSProperties, ReactElement } from "react";
import type { ContentControlNode, DocumentModel, ParagraphNode, TextRun } from "../../fake-word";
import type { ThemeName } from "../../word/office-host";
import { readableOn } from "../colour";
import { PARAGRAPH_ATTRIBUTE } from "../editing";
import { useParagraphStyles } from "./styles";

/**
 * The document's paragraphs drawn from the model: Word's heading styles as the page's headings,
 * list items, table cells, each run's own colour (legible on the page) and bold, and content
 * controls as framed blocks with their titles. Each paragraph carries its index in the model
 * (data-paragraph), through which the page's caret is mapped to the model's (see editing.ts).
 */

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

export interface DocumentParagraphsProps {
  model: DocumentModel;
  theme: ThemeName;
  /** A new number draws every paragraph afresh (after the browser drew text itself, or an undo). */
  redraws: number;
}

export function DocumentParagraphs({ model, theme, redraws }: DocumentParagraphsProps): ReactElement {
  const page = PAGE_COLOUR[theme];
  return (
    <>
      {blocksOf(model.paragraphs).map((block) => (
        <BlockView key={`${redraws}:${block.items[0]!.node.id}`} block={block} page={page} />
      ))}
    </>
  );
}

function BlockView({ block, page }: { block: Block; page: string }): ReactElement {
  const styles = useParagraphStyles();
  const paragraphs = block.items.map(({ node, index }) => (
    <ParagraphView key={node.id} node={node} index={index} page={page} />
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

function ParagraphView({
  node,
  index,
  page,
}: {
  node: ParagraphNode;
  index: number;
  page: string;
}): ReactElement {
  const styles = useParagraphStyles();
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
