import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState, type ReactElement } from "react";
import type { AnalysisResult } from "../../analysis/engine";
import { Citation } from "./Citation";
import { words } from "../words";

export interface PromptsPanelProps {
  analysis: AnalysisResult;
  cursorSection: string | null;
  busy: string | null;
  commentsAvailable: boolean;
  /**
   * Whether the add-in's prompt comments are in the document, when the pane can tell: true shows
   * only Remove, false only Put. Left out (unknown), both show and Remove says what it takes away.
   */
  promptsInMargin?: boolean;
  onPlaceInMargin(): void;
  onRemoveFromMargin(): void;
}

/** With the cursor outside every section, this many whole-summary prompts show until "Show all". */
export const WHOLE_SUMMARY_PROMPTS_SHOWN = 3;

const useStyles = makeStyles({
  root: {
    minWidth: 0,
    overflowWrap: "anywhere",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  writing: { margin: 0, fontSize: tokens.fontSizeBase300, overflowWrap: "anywhere" },
  prompts: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  prompt: { lineHeight: tokens.lineHeightBase300 },
  notes: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  sourceName: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  note: { margin: 0, fontSize: tokens.fontSizeBase200 },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

/** The reflective prompts of the section the cursor is in, and its guidance one click away. */
export function PromptsPanel(props: PromptsPanelProps): ReactElement {
  const { analysis, cursorSection } = props;
  const styles = useStyles();
  const [showGuidance, setShowGuidance] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const guidanceId = useId();
  const promptsId = useId();
  const removeHintId = useId();
  const section = analysis.sections.find((s) => s.key === cursorSection);
  const relevant = analysis.prompts.filter((p) => (section ? p.section === section.key : p.section === null));
  // Outside any section the whole summary's prompts are many: a few, so the checks stay in view.
  const shortened = !section && relevant.length > WHOLE_SUMMARY_PROMPTS_SHOWN;
  const prompts = shortened && !showAll ? relevant.slice(0, WHOLE_SUMMARY_PROMPTS_SHOWN) : relevant;

  return (
    <section className={styles.root} aria-label={words.prompts.region}>
      {/* Only this line is announced as the cursor moves: the prompts under it can be read at will. */}
      <p className={styles.writing} aria-live="polite" aria-atomic="true">
        {section ? (
          <>
            {words.prompts.writing}
            <strong>{section.heading}</strong>
          </>
        ) : (
          words.prompts.outsideSections
        )}
      </p>
      <ul className={styles.prompts} id={promptsId}>
        {prompts.map((prompt) => (
          <li key={prompt.text} className={styles.prompt}>
            {prompt.text} <Citation source={prompt.source} layer={prompt.layer} />
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
            {showAll ? words.prompts.showFewer : words.prompts.showAll(relevant.length)}
          </Button>
        )}
        {section && section.guidance.length > 0 && (
          <Button
            size="small"
            appearance="subtle"
            aria-expanded={showGuidance}
            aria-controls={showGuidance ? guidanceId : undefined}
            onClick={() => setShowGuidance((shown) => !shown)}
          >
            {showGuidance ? words.prompts.hideGuidance : words.prompts.showGuidance}
          </Button>
        )}
        {props.commentsAvailable && props.promptsInMargin !== true && (
          <Button size="small" onClick={props.onPlaceInMargin} disabledFocusable={props.busy !== null}>
            {words.prompts.putInMargin}
          </Button>
        )}
        {props.commentsAvailable && props.promptsInMargin !== false && (
          <Button
            size="small"
            onClick={props.onRemoveFromMargin}
            disabledFocusable={props.busy !== null}
            aria-describedby={props.promptsInMargin === undefined ? removeHintId : undefined}
          >
            {words.prompts.removeFromMargin}
          </Button>
        )}
      </div>
      {props.commentsAvailable && props.promptsInMargin === undefined && (
        <p className={styles.hint} id={removeHintId}>
          {words.prompts.removeHint}
        </p>
      )}
      {showGuidance && section && (
        <div className={styles.notes} id={guidanceId}>
          {section.guidance.map((group) => (
            <div key={group.citation} className={styles.notes}>
              <p className={styles.sourceName}>{words.card.from(group.label)}</p>
              {group.notes.map((note, index) => (
                <p key={index} className={styles.note}>
                  {note}
                </p>
              ))}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
