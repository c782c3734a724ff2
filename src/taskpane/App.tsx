import type { FetchText } from "./organisation-packs";
import {
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarActions,
  Button,
  Spinner,
  Tab,
  TabList,
  teamsHighContrastTheme,
  tokens,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import { useEffect, useRef, useState, type ReactElement } from "react";
import type { Pack } from "../guidance";
import type { WordHost } from "../word";
import type { ThemeName } from "../word/office-host";
import { ChecksPanel } from "./components/ChecksPanel";
import { PromptsPanel } from "./components/PromptsPanel";
import { ReviewPanel } from "./components/ReviewPanel";
import { StartPanel } from "./components/StartPanel";
import { TeachPanel } from "./components/TeachPanel";
import { Announcer } from "./Announcer";
import type { CheckThread } from "./checks/check-runner";
import { useCoach, type Intent } from "./useCoach";

export interface AppProps {
  host: WordHost;
  /**
   * Reads the organisation's packs/ folder beside the pane, from the add-in's own origin (see
   * organisation-packs.ts); without it the pane has the built-in packs only.
   */
  fetchPacks?: FetchText;
  theme?: ThemeName;
  /** The date "overdue" is judged against; today unless a test or the demo fixes it. */
  today?: Date;
  /**
   * Reads Office's theme again when Windows turns high contrast on or off while the pane is open
   * (Office's officeThemeName); without it the pane switches between `theme` and high contrast.
   */
  readTheme?: () => ThemeName;
  /** Starts the thread the checks run on (a Web Worker); without it they run in the pane's own. */
  checkThread?: CheckThread;
}

const THEMES: Record<ThemeName, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  "high-contrast": teamsHighContrastTheme,
};

type View = "write" | "review" | "teach";

const VIEWS: { value: View; label: string }[] = [
  { value: "write", label: "Write" },
  { value: "review", label: "Review" },
  { value: "teach", label: "Teach" },
];
const tabId = (view: View) => `coach-tab-${view}`;
const panelId = (view: View) => `coach-panel-${view}`;

/** Where keyboard focus goes once the pane has re-rendered after something the worker did. */
type FocusTarget = "checks" | "change-template" | "after-notice" | "notice";

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "640px",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    // The checks keep the card being read in place themselves (ChecksPanel); the browser's own
    // scroll anchoring would correct the same movement twice.
    overflowAnchor: "none",
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  sectionTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * Under Windows high contrast (forced colours) a button Fluent marks unavailable (aria-disabled,
 * so it stays focusable) would look like any other: it takes the system's colour for disabled text.
 */
const useForcedColourStyles = makeStaticStyles(
  '@media (forced-colors: active) { button[aria-disabled="true"], button:disabled { color: GrayText !important; border-color: GrayText !important; } }',
);

export function App({
  host,
  theme = "light",
  today,
  readTheme,
  checkThread,
  fetchPacks,
}: AppProps): ReactElement {
  const styles = useStyles();
  useForcedColourStyles();
  const followed = useFollowedTheme(theme, readTheme);
  return (
    <FluentProvider theme={THEMES[followed]} className={styles.provider}>
      <Announcer>
        <CoachPane host={host} today={today} checkThread={checkThread} fetchPacks={fetchPacks} />
      </Announcer>
    </FluentProvider>
  );
}

/** Follows Windows high contrast as it is switched on and off, without reopening the pane. */
function useFollowedTheme(theme: ThemeName, readTheme?: () => ThemeName): ThemeName {
  const [changedTo, setChangedTo] = useState<ThemeName | null>(null);
  const readThemeRef = useRef(readTheme);
  readThemeRef.current = readTheme;
  useEffect(() => {
    if (typeof window.matchMedia !== "function") return;
    const forcedColours = window.matchMedia("(forced-colors: active)");
    const onChange = (event: MediaQueryListEvent) => {
      const read = readThemeRef.current;
      if (read) setChangedTo(read());
      else setChangedTo(event.matches ? "high-contrast" : theme === "high-contrast" ? "light" : theme);
    };
    forcedColours.addEventListener("change", onChange);
    return () => forcedColours.removeEventListener("change", onChange);
  }, [theme]);
  return changedTo ?? theme;
}

function CoachPane({
  host,
  today,
  checkThread,
  fetchPacks,
}: {
  host: WordHost;
  today?: Date;
  checkThread?: CheckThread;
  fetchPacks?: FetchText;
}): ReactElement {
  const styles = useStyles();
  const coach = useCoach(host, today, checkThread, fetchPacks);
  const [view, setView] = useState<View>("write");
  const [showStart, setShowStart] = useState(false);
  // When what had focus goes (the form after inserting or closing, a closed message), focus
  // moves somewhere sensible rather than falling back to the top of the page.
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  const checksHeading = useRef<HTMLHeadingElement>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const noticeBar = useRef<HTMLDivElement>(null);
  const { analysis, capabilities, pack } = coach;
  const unavailable = capabilities?.unavailable ?? [];
  const commentsAvailable = capabilities?.comments ?? false;
  const commentsReason = unavailable.find((u) => u.feature === "comments")?.reason ?? null;

  useEffect(() => {
    if (!focusTarget) return;
    const selectedTab = document.getElementById(tabId(view));
    const target =
      focusTarget === "checks"
        ? checksHeading.current
        : focusTarget === "change-template"
          ? changeButton.current
          : focusTarget === "notice"
            ? (noticeBar.current ?? checksHeading.current)
            : (checksHeading.current ?? selectedTab ?? title.current);
    // The target may not be there yet (the checks appear once the document is read again).
    if (!target) return;
    target.focus();
    setFocusTarget(null);
  }, [focusTarget, view, showStart, coach.hasSummary, coach.status, coach.notice]);

  const closeStart = () => {
    setShowStart(false);
    setFocusTarget("change-template");
  };
  const closeNotice = () => {
    coach.dismissNotice();
    setFocusTarget("after-notice");
  };

  return (
    <main className={styles.root} aria-labelledby="pane-title">
      <header>
        <h1 className={styles.title} id="pane-title" ref={title} tabIndex={-1}>
          Case Summary Coach
        </h1>
        {pack && (
          <p className={styles.subtitle}>
            {pack.name}
            {analysis?.childName ? ` · ${analysis.childName}` : ""}
          </p>
        )}
      </header>

      {/* MessageBars announce themselves (see Announcer): errors at once, the rest politely. */}
      {coach.readProblem && (
        <MessageBar key={coach.readProblem} intent="error" aria-labelledby={undefined}>
          <MessageBarBody>{coach.readProblem}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={coach.retry}>Try again</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {coach.packProblems.map((problem) => (
        <MessageBar key={problem.file} intent="warning" aria-labelledby={undefined}>
          <MessageBarBody>
            {`Your organisation's template ${problem.file} cannot be used, so it is not in the list; the built-in templates work as usual. Please tell whoever looks after the add-in: `}
            {problem.errors.join("; ")}
          </MessageBarBody>
        </MessageBar>
      ))}
      {coach.checkProblem && (
        <MessageBar key={coach.checkProblem} intent="warning" aria-labelledby={undefined}>
          <MessageBarBody>{coach.checkProblem}</MessageBarBody>
          {/* Once there are checks to show, their own Check again button is beside them. */}
          {!analysis && (
            <MessageBarActions>
              <Button onClick={() => void coach.checkAgain()}>Check again</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {coach.notice && (
        <MessageBar
          key={coach.notice.id}
          ref={noticeBar}
          tabIndex={-1}
          intent={coach.notice.intent}
          politeness={politeness(coach.notice.intent)}
          aria-labelledby={undefined}
        >
          <MessageBarBody>{coach.notice.text}</MessageBarBody>
          <MessageBarActions
            {...(coach.notice.undo
              ? { children: <Button onClick={() => void coach.undoFix()}>Undo</Button> }
              : {})}
            containerAction={
              <Button
                appearance="transparent"
                aria-label="Close this message"
                icon={<Dismiss16Regular />}
                onClick={closeNotice}
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

      {/* Only while the pane first starts: re-checks as the worker types show no spinner. */}
      {coach.status === "loading" && <Spinner size="small" label="Reading the document…" />}

      {coach.status === "ready" && analysis && pack && (
        <>
          <TabList
            selectedValue={view}
            onTabSelect={(_, data) => setView(data.value as View)}
            aria-label="What do you want to do?"
          >
            {VIEWS.map(({ value, label }) => (
              // Only the open tab's panel is in the page, so only its tab points to one.
              <Tab
                key={value}
                value={value}
                id={tabId(value)}
                aria-controls={view === value ? panelId(value) : undefined}
              >
                {label}
              </Tab>
            ))}
          </TabList>

          {view === "write" && (
            <div
              className={styles.panel}
              role="tabpanel"
              id={panelId("write")}
              aria-labelledby={tabId("write")}
            >
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
                      setShowStart(false);
                      // What was done, with the prompts for the first section just below it:
                      // focus stays at the top rather than jumping past both to the checks.
                      setFocusTarget("notice");
                    });
                  }}
                  onCancel={coach.hasSummary ? closeStart : undefined}
                  focusOnOpen={showStart}
                />
              )}
              {coach.hasSummary && (
                <>
                  <PromptsPanel
                    analysis={analysis}
                    pack={pack}
                    cursorSection={coach.cursorSection}
                    busy={coach.busy}
                    commentsAvailable={commentsAvailable}
                    onPlaceInMargin={() => void coach.placePromptComments()}
                    onRemoveFromMargin={() => void coach.removePromptComments()}
                    describeCitation={coach.describeCitation}
                  />
                  <div className={styles.actions}>
                    {pack.sections.some((s) => s.colour) && (
                      <Button
                        onClick={() => void coach.applyColours()}
                        disabledFocusable={coach.busy !== null}
                      >
                        {colourButtonLabel(pack)}
                      </Button>
                    )}
                    {/* Messages from Word say "Choose Check again" when the document moved on under an action. */}
                    <Button onClick={() => void coach.checkAgain()} disabledFocusable={coach.busy !== null}>
                      Check again
                    </Button>
                    {!showStart && (
                      <Button ref={changeButton} onClick={() => setShowStart(true)}>
                        Change the template or the child&apos;s name, or add missing headings
                      </Button>
                    )}
                  </div>
                  <h2 className={styles.sectionTitle} ref={checksHeading} tabIndex={-1}>
                    Checks
                  </h2>
                  <ChecksPanel
                    analysis={analysis}
                    pack={pack}
                    cursorSection={coach.cursorSection}
                    busy={coach.busy}
                    onGoTo={(finding) => void coach.goTo(finding)}
                    onFix={(finding) => void coach.fix(finding)}
                    onDismiss={(id) => void coach.dismiss(id)}
                    onRestore={(id) => void coach.restore(id)}
                    onGoToSection={(section) => void coach.goToSection(section.key)}
                    describeCitation={coach.describeCitation}
                  />
                </>
              )}
            </div>
          )}

          {view === "review" && (
            <div
              className={styles.panel}
              role="tabpanel"
              id={panelId("review")}
              aria-labelledby={tabId("review")}
            >
              <ReviewPanel
                analysis={analysis}
                busy={coach.busy}
                commentsAvailable={commentsAvailable}
                commentsReason={commentsReason}
                onCheckAgain={() => void coach.checkAgain()}
                onAddComments={() => void coach.writeReviewComments()}
                onRemoveComments={() => void coach.removeReviewComments()}
              />
            </div>
          )}

          {view === "teach" && (
            <div
              className={styles.panel}
              role="tabpanel"
              id={panelId("teach")}
              aria-labelledby={tabId("teach")}
            >
              <TeachPanel
                packs={coach.packs}
                packId={pack.id}
                examplesFor={coach.examplesFor}
                busy={coach.busy}
                documentHasText={coach.documentHasText}
                onInsert={(example) => {
                  void coach.insertExample(example).then((inserted) => {
                    if (!inserted) return;
                    // The point of the example is its checks: show them.
                    setView("write");
                    setShowStart(false);
                    setFocusTarget("checks");
                  });
                }}
              />
            </div>
          )}
        </>
      )}
    </main>
  );
}

/**
 * Polite for everything but errors. An error's MessageBar is left to Fluent's default, which is
 * assertive for every intent but info: Fluent 9.7 reads any politeness it is given as "polite".
 */
function politeness(intent: Intent): "polite" | undefined {
  return intent === "error" ? undefined : "polite";
}

/** "Colour the pen picture blue and the safety plan red", from the pack's own colours. */
function colourButtonLabel(pack: Pack): string {
  const parts = pack.sections
    .filter((s) => s.colour)
    .map((s) => `${shortHeading(s.heading)} ${s.colour!.name}`);
  return `Colour ${parts.join(" and ")}`;
}

function shortHeading(heading: string): string {
  const words = heading
    .replace("[Child's Name]", "")
    .replace(/ of the child$/i, "")
    .trim();
  return `the ${words.toLowerCase()}`;
}
