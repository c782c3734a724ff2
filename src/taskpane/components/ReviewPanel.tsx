import { metText, tally, tallyItems } from "../../analysis/tally";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, type ReactElement } from "react";
import type { AnalysisResult, ChecklistItem } from "../../analysis/engine";
import { StateLabel } from "./severity";

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
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: "left",
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  text: { margin: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  caption: { margin: 0, textAlign: "left" },
});

function met(items: ChecklistItem[], severity: "required" | "recommended"): string {
  const { met, total } = tallyItems(items)[severity];
  return total === 0 ? "—" : `${met} of ${total}`;
}

/** For team managers: what is met, section by section, and the checks as Word comments. */
export function ReviewPanel(props: ReviewPanelProps): ReactElement {
  const { analysis } = props;
  const styles = useStyles();
  const commentsNoteId = useId();
  const busy = props.busy !== null;

  return (
    <div className={styles.root}>
      <h2 className={styles.title}>What is met</h2>
      <p className={styles.text} role="status">
        {metText(tally(analysis))} Template: {analysis.pack.name}.
      </p>
      <table className={styles.table}>
        <caption className={styles.caption}>
          What the guidance asks, section by section: how many of the required and recommended items are met,
          out of how many (dismissed checks count as met)
        </caption>
        <thead>
          <tr>
            <th className={styles.cell} scope="col">
              Section
            </th>
            <th className={styles.cell} scope="col">
              State
            </th>
            <th className={styles.cell} scope="col">
              Required
            </th>
            <th className={styles.cell} scope="col">
              Recommended
            </th>
          </tr>
        </thead>
        <tbody>
          {analysis.sections.map((section) => (
            <tr key={section.key}>
              <th className={styles.cell} scope="row">
                {section.heading}
              </th>
              <td className={styles.cell}>
                <StateLabel state={section.state} />
              </td>
              <td className={styles.cell}>{met(section.checklist, "required")}</td>
              <td className={styles.cell}>{met(section.checklist, "recommended")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className={styles.title}>Checks as comments</h2>
      {/* Unavailable buttons stay focusable, so a keyboard or screen reader user finds them and why. */}
      <div className={styles.actions}>
        <Button onClick={props.onCheckAgain} disabledFocusable={busy}>
          Check again
        </Button>
        <Button
          appearance="primary"
          onClick={props.onAddComments}
          disabledFocusable={busy || !props.commentsAvailable}
          aria-describedby={commentsNoteId}
        >
          Add the checks as comments
        </Button>
        <Button
          onClick={props.onRemoveComments}
          disabledFocusable={busy || !props.commentsAvailable}
          aria-describedby={commentsNoteId}
        >
          Remove the check comments
        </Button>
      </div>
      <p className={styles.text} id={commentsNoteId}>
        {props.commentsAvailable
          ? "The comments appear under your name, as the person signed in to Word, and each is marked \u201cCase Summary Coach check\u201d. Removing them leaves everyone else's comments alone."
          : props.commentsReason}
      </p>
    </div>
  );
}
