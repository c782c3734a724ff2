import { makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";

/**
 * The simulated document's looks, apart from its behaviour and its markup (the Fluent UI v9 way):
 * one hook per part of the view, each used by the component that draws that part.
 */

/** The name of the CSS highlight that shows the model's selection while the page is not focused. */
export const SELECTION_HIGHLIGHT = "demo-selection";

export const useSelectionHighlightStyles = makeStaticStyles({
  // The system's own selection colours, as the browser and Word draw a selection.
  [`::highlight(${SELECTION_HIGHLIGHT})`]: { backgroundColor: "Highlight", color: "HighlightText" },
});

/** The view's frame: the column, the page with its margin beside it, and the editable text. */
export const usePageStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
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
});

/** Paragraphs as Word draws its built-in styles, and content controls with their titles. */
export const useParagraphStyles = makeStyles({
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
});

/** The comments margin beside the page. */
export const useCommentStyles = makeStyles({
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
});

/** The toolbar above the page and the status bar below it. */
export const useToolStyles = makeStyles({
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
  status: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
});
