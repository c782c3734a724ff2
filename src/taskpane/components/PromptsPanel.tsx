import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState, type ReactElement } from "react";
import type { AnalysisResult } from "../../analysis/engine";
import type { Pack } from "../../guidance";

export interface PromptsPanelProps {
  analysis: AnalysisResult;
  pack: Pack;
  cursorSection: string | null;
  busy: string | null;
  commentsAvailable: boolean;
  onPlaceInMargin(): void;
  onRemoveFromMargin(): void;
  /** A citation as the worker reads it (the guidance's name rather than its number). */
  describeCitation(citation: string): string;
}

/** With the cursor outside every section, this many whole-summary prompts show until "Show all". */
export const WHOLE_SUMMARY_PROMPTS_SHOWN = 3;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  writing: { margin: 0, fontSize: tokens.fontSizeBase300 },
  prompts: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  prompt: { lineHeight: tokens.lineHeightBase300 },
  source: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  notes: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  note: { margin: 0, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

/** The reflective prompts of the section the cursor is in, and its guidance one click away. */
export function PromptsPanel(props: PromptsPanelProps): ReactElement {
  const { analysis, pack, cursorSection } = props;
  const styles = useStyles();
  const [showGuidance, setShowGuidance] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const guidanceId = useId();
  const promptsId = useId();
  const section = analysis.sections.find((s) => s.key === cursorSection);
  const spec = pack.sections.find((s) => s.key === cursorSection);
  const relevant = analysis.prompts.filter((p) => (section ? p.section === section.key : p.section === null));
  // Outside any section the whole summary's prompts are many: a few, so the checks stay in view.
  const shortened = !section && relevant.length > WHOLE_SUMMARY_PROMPTS_SHOWN;
  const prompts = shortened && !showAll ? relevant.slice(0, WHOLE_SUMMARY_PROMPTS_SHOWN) : relevant;

  return (
    <section className={styles.root} aria-label="Prompts for the section you are writing">
      {/* Only this line is announced as the cursor moves: the prompts under it can be read at will. */}
      <p className={styles.writing} aria-live="polite" aria-atomic="true">
        {section ? (
          <>
            You are writing: <strong>{section.heading}</strong>
          </>
        ) : (
          "Put the cursor in a section to see its prompts. For the whole summary:"
        )}
      </p>
      <ul className={styles.prompts} id={promptsId}>
        {prompts.map((prompt) => (
          <li key={prompt.text} className={styles.prompt}>
            {prompt.text} <span className={styles.source}>({props.describeCitation(prompt.guidance)})</span>
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        {shortened && (
          <Button
            size="small"
            appearance="subtle"
            aria-expanded={showAll}
            aria-controls={promptsId}
            onClick={() => setShowAll((shown) => !shown)}
          >
            {showAll ? "Show fewer prompts" : `Show all ${relevant.length} prompts`}
          </Button>
        )}
        {spec && (
          <Button
            size="small"
            appearance="subtle"
            aria-expanded={showGuidance}
            aria-controls={showGuidance ? guidanceId : undefined}
            onClick={() => setShowGuidance((shown) => !shown)}
          >
            {showGuidance ? "Hide the guidance" : "Guidance for this section"}
          </Button>
        )}
        {props.commentsAvailable && (
          <>
            <Button size="small" onClick={props.onPlaceInMargin} disabledFocusable={props.busy !== null}>
              Put prompts in the margin
            </Button>
            <Button size="small" onClick={props.onRemoveFromMargin} disabledFocusable={props.busy !== null}>
              Remove prompts from the margin
            </Button>
          </>
        )}
      </div>
      {showGuidance && spec && (
        <div className={styles.notes} id={guidanceId}>
          {spec.notes.map((note, index) => (
            <p key={index} className={styles.note}>
              {note.text} <span className={styles.source}>({props.describeCitation(note.citation)})</span>
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
