import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { AnalysisResult } from "../../analysis/engine";
import type { Pack } from "../../guidance";
import type { PaneFocus } from "../focus";
import type { CoachActions, CoachState } from "../useCoach";
import { words } from "../words";
import { ChecksPanel } from "./ChecksPanel";
import { PromptsPanel } from "./PromptsPanel";
import { StartPanel } from "./StartPanel";

export interface WritePanelProps {
  coach: CoachState & CoachActions;
  analysis: AnalysisResult;
  pack: Pack;
  /** Whether the template and name form is open over a summary already begun. */
  showStart: boolean;
  onShowStart(show: boolean): void;
  focus: PaneFocus;
  /** The sections visited, kept while Write is not the open tab. */
  visitedSections: { current: ReadonlySet<string> };
}

const useStyles = makeStyles({
  sectionTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * Writing: the template and name form until there is a summary, then the prompts for the section
 * in hand, the pane's few actions, and the checks with that section first.
 */
export function WritePanel({
  coach,
  analysis,
  pack,
  showStart,
  onShowStart,
  focus,
  visitedSections,
}: WritePanelProps): ReactElement {
  const styles = useStyles();
  const commentsAvailable = coach.capabilities?.comments ?? false;
  const coloured = pack.sections.flatMap((s) =>
    s.colour ? [{ heading: s.heading, colour: s.colour.name }] : [],
  );
  return (
    <>
      {(!coach.hasSummary || showStart) && (
        <StartPanel
          key={`${coach.documentState.packId}/${coach.documentState.childName}`}
          packs={coach.packs}
          packId={pack.id}
          childName={coach.documentState.childName ?? analysis.childName ?? ""}
          hasSummary={coach.hasSummary}
          busy={coach.busy !== null}
          nameProblem={coach.nameProblem}
          onInsert={(packId, childName) => {
            void coach.insertTemplate(packId, childName).then((inserted) => {
              if (!inserted) return;
              onShowStart(false);
              // What was done, with the prompts for the first section just below it: focus stays
              // at the top rather than jumping past both to the checks.
              focus.request("notice");
            });
          }}
          onCancel={
            coach.hasSummary
              ? () => {
                  onShowStart(false);
                  focus.request("change-template");
                }
              : undefined
          }
          focusOnOpen={showStart}
        />
      )}
      {coach.hasSummary && (
        <>
          <PromptsPanel
            analysis={analysis}
            cursorSection={coach.cursorSection}
            busy={coach.busy}
            commentsAvailable={commentsAvailable}
            onPlaceInMargin={() => void coach.placePromptComments()}
            onRemoveFromMargin={() => void coach.removePromptComments()}
          />
          <div className={styles.actions}>
            {coloured.length > 0 && (
              <Button onClick={() => void coach.applyColours()} disabledFocusable={coach.busy !== null}>
                {words.colourButton(coloured)}
              </Button>
            )}
            {/* Messages from Word say "Choose Check again" when the document moved on under an action. */}
            <Button onClick={() => void coach.checkAgain()} disabledFocusable={coach.busy !== null}>
              {words.checkAgain}
            </Button>
            {!showStart && (
              <Button ref={focus.changeTemplate} onClick={() => onShowStart(true)}>
                {words.changeTemplate}
              </Button>
            )}
          </div>
          <h2 className={styles.sectionTitle} ref={focus.checks} tabIndex={-1}>
            {words.checksHeading}
          </h2>
          <ChecksPanel
            analysis={analysis}
            cursorSection={coach.cursorSection}
            busy={coach.busy}
            onGoTo={(finding) => void coach.goTo(finding)}
            onFix={(finding) => void coach.fix(finding)}
            onDismiss={(id) => void coach.dismiss(id)}
            onRestore={(id) => void coach.restore(id)}
            onGoToSection={(section) => void coach.goToSection(section.key)}
            visitedStore={visitedSections}
          />
        </>
      )}
    </>
  );
}
