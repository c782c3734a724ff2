import { metText, tally, tallyItems, checklistOf } from "../../analysis/tally";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, type ReactElement } from "react";
import type { AnalysisResult, ChecklistItem } from "../../analysis/engine";
import { sourceName } from "../../guidance/sources";
import { StateLabel } from "./severity";
import { words } from "../words";

export interface ReviewPanelProps {
  analysis: AnalysisResult;
  busy: string | null;
  commentsAvailable: boolean;
  commentsReason: string | null;
  onCheckAgain(): void;
  onAddComments(): void;
  onRemoveComments(): void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // Fits a 320 px pane without scrolling sideways: three columns, the counts' as wide as their
  // headings' words, and the section's heading taking the rest, wrapping (even inside a long word)
  // rather than push the table wider.
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: "left",
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  sectionCell: { overflowWrap: "anywhere" },
  heading: { display: "block" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  text: { margin: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  caption: { margin: 0, textAlign: "left" },
});

function met(items: ChecklistItem[], severity: "required" | "recommended"): string {
  const { met, total } = tallyItems(items)[severity];
  return total === 0 ? "—" : `${met} of ${total}`;
}

/**
 * How the comments cite the guidance, with an example from this template: "004 §3.1(vi)" is
 * paragraph 3.1(vi) of the document the number stands for. Null when the template's documents
 * have no name the add-in knows.
 */
function citationNote(analysis: AnalysisResult): string | null {
  const citations = [
    // An item not met first: the citation the manager is about to see in a comment.
    ...checklistOf(analysis)
      .filter((item) => item.severity === "error")
      .sort((a, b) => Number(b.status === "not-met") - Number(a.status === "not-met"))
      .map((item) => item.guidance),
    ...analysis.pack.sections.flatMap((section) => section.notes.map((note) => note.citation)),
  ];
  for (const citation of citations) {
    const match = /^(\d{3}) ?§(\S.*)$/.exec(citation.trim());
    if (!match) continue;
    const [, document, paragraph] = match;
    const name =
      sourceName(document!) ??
      (analysis.pack.source.document === document ? analysis.pack.source.title : null);
    if (name) return words.review.citationsAreShort(citation.trim(), paragraph!, name);
  }
  return null;
}

/** What "Add the checks as comments" writes, with how many required items are not met now. */
function commentsNote(analysis: AnalysisResult): string {
  return words.review.commentsPlanned(tally(analysis).required.notMet);
}

/** For team managers: what is met, section by section, and the checks as Word comments. */
export function ReviewPanel(props: ReviewPanelProps): ReactElement {
  const { analysis } = props;
  const styles = useStyles();
  const commentsNoteId = useId();
  const busy = props.busy !== null;
  const citation = citationNote(analysis);

  return (
    <div className={styles.root}>
      <h2 className={styles.title}>{words.review.whatIsMet}</h2>
      <p className={styles.text} role="status">
        {metText(tally(analysis))}
        {words.review.template(analysis.pack.name)}
      </p>
      <table className={styles.table}>
        <caption className={styles.caption}>{words.review.tableCaption}</caption>
        <thead>
          <tr>
            <th className={styles.cell} scope="col">
              {words.review.section}
            </th>
            <th className={styles.cell} scope="col">
              {words.review.required}
            </th>
            <th className={styles.cell} scope="col">
              {words.review.recommended}
            </th>
          </tr>
        </thead>
        <tbody>
          {analysis.sections.map((section) => (
            <tr key={section.key}>
              {/* The state under the heading, not a column of its own, so three columns fit 320 px. */}
              <th className={mergeClasses(styles.cell, styles.sectionCell)} scope="row">
                <span className={styles.heading}>{section.heading}</span>
                <StateLabel state={section.state} counts={section.counts} />
              </th>
              <td className={styles.cell}>{met(section.checklist, "required")}</td>
              <td className={styles.cell}>{met(section.checklist, "recommended")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className={styles.title}>{words.review.commentsHeading}</h2>
      <p className={styles.text}>{commentsNote(analysis)}</p>
      {citation && <p className={styles.text}>{citation}</p>}
      {/* Unavailable buttons stay focusable, so a keyboard or screen reader user finds them and why. */}
      <div className={styles.actions}>
        <Button onClick={props.onCheckAgain} disabledFocusable={busy}>
          {words.checkAgain}
        </Button>
        <Button
          appearance="primary"
          onClick={props.onAddComments}
          disabledFocusable={busy || !props.commentsAvailable}
          aria-describedby={commentsNoteId}
        >
          {words.review.addComments}
        </Button>
        <Button
          onClick={props.onRemoveComments}
          disabledFocusable={busy || !props.commentsAvailable}
          aria-describedby={commentsNoteId}
        >
          {words.review.removeComments}
        </Button>
      </div>
      <p className={styles.text} id={commentsNoteId}>
        {props.commentsAvailable ? words.review.commentsAuthor : props.commentsReason}
      </p>
    </div>
  );
}
