import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import type { ReactElement, RefObject } from "react";
import type { CoachActions, CoachState, Intent } from "../useCoach";
import { words } from "../words";

export interface NoticesProps {
  coach: Pick<
    CoachState,
    "readProblem" | "packProblems" | "checkProblem" | "notice" | "capabilities" | "analysis"
  > &
    Pick<CoachActions, "retry" | "checkAgain" | "undoFix">;
  noticeRef: RefObject<HTMLDivElement | null>;
  onCloseNotice(): void;
}

/**
 * Polite for everything but errors. An error's MessageBar is left to Fluent's default, which is
 * assertive for every intent but info: Fluent 9.7 reads any politeness it is given as "polite".
 */
function politeness(intent: Intent): "polite" | undefined {
  return intent === "error" ? undefined : "polite";
}

/**
 * What the pane has to tell the worker above everything else: the document could not be read,
 * an organisation's template is broken, a check did not finish, what the last action did, and
 * what this version of Word cannot do. MessageBars announce themselves (see Announcer).
 */
export function Notices({ coach, noticeRef, onCloseNotice }: NoticesProps): ReactElement {
  const unavailable = coach.capabilities?.unavailable ?? [];
  return (
    <>
      {coach.readProblem && (
        <MessageBar key={coach.readProblem} intent="error" aria-labelledby={undefined}>
          <MessageBarBody>{coach.readProblem}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={coach.retry}>{words.tryAgain}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {coach.packProblems.map((problem) => (
        <MessageBar key={problem.file} intent="warning" aria-labelledby={undefined}>
          <MessageBarBody>
            {words.organisationPackProblem(problem.file)}
            {problem.errors.join("; ")}
          </MessageBarBody>
        </MessageBar>
      ))}
      {coach.checkProblem && (
        <MessageBar key={coach.checkProblem} intent="warning" aria-labelledby={undefined}>
          <MessageBarBody>{coach.checkProblem}</MessageBarBody>
          {/* Once there are checks to show, their own Check again button is beside them. */}
          {!coach.analysis && (
            <MessageBarActions>
              <Button onClick={() => void coach.checkAgain()}>{words.checkAgain}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {coach.notice && (
        <MessageBar
          key={coach.notice.id}
          ref={noticeRef}
          tabIndex={-1}
          intent={coach.notice.intent}
          politeness={politeness(coach.notice.intent)}
          aria-labelledby={undefined}
        >
          <MessageBarBody>{coach.notice.text}</MessageBarBody>
          <MessageBarActions
            {...(coach.notice.undo
              ? { children: <Button onClick={() => void coach.undoFix()}>{words.undo}</Button> }
              : {})}
            containerAction={
              <Button
                appearance="transparent"
                aria-label={words.closeMessage}
                icon={<Dismiss16Regular />}
                onClick={onCloseNotice}
              />
            }
          />
        </MessageBar>
      )}
      {unavailable.map((item) => (
        <MessageBar
          key={item.feature}
          intent={item.feature === "core" ? "error" : "info"}
          politeness={politeness(item.feature === "core" ? "error" : "info")}
          aria-labelledby={undefined}
        >
          <MessageBarBody>{item.reason}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
