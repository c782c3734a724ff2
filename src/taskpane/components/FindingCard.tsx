import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState, type ReactElement } from "react";
import type { Finding } from "../../analysis/types";
import type { GuidanceNote } from "../../guidance";
import { SeverityLabel } from "./severity";

export interface FindingCardProps {
  finding: Finding;
  /** The guidance notes the finding's citation points to, shown on demand. */
  notes: GuidanceNote[];
  busy: string | null;
  onGoTo?: (finding: Finding) => void;
  onFix?: (finding: Finding) => void;
  onDismiss?: (finding: Finding) => void;
  onRestore?: (finding: Finding) => void;
  /** A citation as the worker reads it (the guidance's name rather than its number). */
  describeCitation(citation: string): string;
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
  },
  message: { margin: 0, lineHeight: tokens.lineHeightBase300 },
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
  const { finding, notes, busy } = props;
  const styles = useStyles();
  const [showNote, setShowNote] = useState(false);
  const messageId = useId();
  const noteId = useId();
  const working = busy !== null && busy.endsWith(finding.id);

  return (
    // Focusable from script only, so focus can land on the next card when this one goes.
    <li
      className={styles.card}
      aria-labelledby={messageId}
      aria-busy={working}
      tabIndex={-1}
      data-finding-id={finding.id}
    >
      <SeverityLabel severity={finding.severity} />
      <p className={styles.message} id={messageId}>
        {finding.message}
      </p>
      <p className={styles.source}>From the guidance: {props.describeCitation(finding.guidance)}</p>
      {showNote && notes.length > 0 && (
        <div id={noteId}>
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
            Go to
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
            Fix
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
            {showNote ? "Hide guidance" : "Show guidance"}
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
            Dismiss
          </Button>
        )}
        {props.onRestore && (
          <Button
            size="small"
            onClick={() => props.onRestore?.(finding)}
            aria-describedby={messageId}
            disabledFocusable={working}
          >
            Restore
          </Button>
        )}
      </div>
    </li>
  );
}
