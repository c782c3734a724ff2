import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * The demo page's looks, apart from its behaviour and markup (the Fluent UI v9 way): the page's
 * frame (header, the document column, the pane at a task pane's width) and the header's settings.
 */

export const useDemoPageStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    // On a narrow screen the page scrolls as one, so the header scrolls away rather than keeping
    // most of a phone's height.
    "@media (max-width: 760px)": { height: "auto", minHeight: "100vh" },
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  workspace: {
    display: "flex",
    flexGrow: 1,
    minHeight: 0,
    "@media (max-width: 760px)": { flexDirection: "column", overflowY: "visible" },
  },
  documentColumn: {
    flexGrow: 1,
    minWidth: 0,
    overflowY: "auto",
    padding: tokens.spacingHorizontalL,
    "@media (max-width: 760px)": { overflowY: "visible" },
  },
  pane: {
    width: "350px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    "@media (max-width: 760px)": { width: "auto", borderLeft: "none", overflowY: "visible" },
  },
  footer: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalL,
    maxWidth: "900px",
  },
});

export const useDemoHeaderStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titleRow: { display: "flex", flexWrap: "wrap", alignItems: "baseline", gap: tokens.spacingHorizontalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  tryExample: { margin: 0, fontSize: tokens.fontSizeBase300, overflowWrap: "anywhere" },
  settings: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalL,
  },
  // At a phone's width (320 px) the long document names must wrap rather than widen the page.
  openForm: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
    maxWidth: "100%",
  },
  documentField: { minWidth: 0, maxWidth: "100%", flexShrink: 1 },
  documentSelect: { width: "100%", minWidth: 0, maxWidth: "min(36rem, calc(100vw - 2 * 16px))" },
  openWarning: { maxWidth: "36rem" },
});
