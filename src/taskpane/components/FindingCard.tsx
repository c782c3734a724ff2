import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState, type ReactElement } from "react";
import type { Finding } from "../../analysis/types";
import { Citation } from "./Citation";
import { SeverityLabel } from "./severity";
import { words } from "../words";

export interface FindingCardProps {
  finding: Finding;
  busy: string | null;
  onGoTo?: (finding: Finding) => void;
  onFix?: (finding: Finding) => void;
  onDismiss?: (finding: Finding) => void;
  onRestore?: (finding: Finding) => void;
  /**
   * True (the default) for a card in a list (the dismissed checks); false for the one card shown
   * at a time, a group of its own.
   */
  inList?: boolean;
  /** Ids of what else describes the card ("Check 2 of 5"). */
  describedBy?: string;
}

const useStyles = makeStyles({
  card: {
    listStyleType: "none",
    outlineStyle: "none",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  message: { margin: 0, lineHeight: tokens.lineHeightBase300 },
  notes: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  source: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  note: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export function FindingCard(props: FindingCardProps): ReactElement {
  const { finding, busy, inList = true } = props;
  const notes = finding.source.notes;
  const styles = useStyles();
  const [showNote, setShowNote] = useState(false);
  const messageId = useId();
  const noteId = useId();
  const working = busy !== null && busy.endsWith(finding.id);
  const Element = inList ? "li" : "div";

  return (
    // Focusable from script only, so focus can land on the next card when this one goes.
    <Element
      className={styles.card}
      role={inList ? undefined : "group"}
      aria-labelledby={messageId}
      aria-describedby={props.describedBy}
      aria-busy={working}
      tabIndex={-1}
      data-finding-id={finding.id}
    >
      <div className={styles.header}>
        <SeverityLabel severity={finding.severity} />
        <Citation source={finding.source} layer={finding.layer} />
      </div>
      <p className={styles.message} id={messageId}>
        {finding.message}
      </p>
      {showNote && notes.length > 0 && (
        <div className={styles.notes} id={noteId}>
          <p className={styles.source}>{words.card.from(finding.source.label)}</p>
          {notes.map((note, index) => (
            <p key={index} className={styles.note}>
              {note.text}
            </p>
          ))}
        </div>
      )}
      <div className={styles.actions}>
        {props.onGoTo && finding.location && (
          <Button
            size="small"
            onClick={() => props.onGoTo?.(finding)}
            aria-describedby={messageId}
            disabledFocusable={working}
          >
            {words.card.goTo}
          </Button>
        )}
        {props.onFix && finding.fix && (
          <Button
            size="small"
            appearance="primary"
            onClick={() => props.onFix?.(finding)}
            aria-describedby={messageId}
            disabledFocusable={working}
          >
            {words.card.fix}
          </Button>
        )}
        {notes.length > 0 && (
          <Button
            size="small"
            appearance="subtle"
            aria-expanded={showNote}
            aria-controls={showNote ? noteId : undefined}
            aria-describedby={messageId}
            onClick={() => setShowNote((shown) => !shown)}
          >
            {showNote ? words.card.hideGuidance : words.card.showGuidance}
          </Button>
        )}
        {props.onDismiss && (
          <Button
            size="small"
            appearance="outline"
            onClick={() => props.onDismiss?.(finding)}
            aria-describedby={messageId}
            disabledFocusable={working}
          >
            {words.card.dismiss}
          </Button>
        )}
        {props.onRestore && (
          <Button
            size="small"
            onClick={() => props.onRestore?.(finding)}
            aria-describedby={messageId}
            disabledFocusable={working}
          >
            {words.card.restore}
          </Button>
        )}
      </div>
    </Element>
  );
}
