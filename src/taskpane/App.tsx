import {
  FluentProvider,
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
import { useState, type ReactElement } from "react";
import type { Pack } from "../guidance";
import type { WordHost } from "../word";
import type { ThemeName } from "../word/office-host";
import { ChecksPanel } from "./components/ChecksPanel";
import { PromptsPanel } from "./components/PromptsPanel";
import { ReviewPanel } from "./components/ReviewPanel";
import { StartPanel } from "./components/StartPanel";
import { TeachPanel } from "./components/TeachPanel";
import { useCoach } from "./useCoach";

export interface AppProps {
  host: WordHost;
  theme?: ThemeName;
  /** The date "overdue" is judged against; today unless a test or the demo fixes it. */
  today?: Date;
}

const THEMES: Record<ThemeName, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  "high-contrast": teamsHighContrastTheme,
};

type View = "write" | "review" | "teach";

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
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  sectionTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export function App({ host, theme = "light", today }: AppProps): ReactElement {
  const styles = useStyles();
  return (
    <FluentProvider theme={THEMES[theme]} className={styles.provider}>
      <CoachPane host={host} today={today} />
    </FluentProvider>
  );
}

function CoachPane({ host, today }: { host: WordHost; today?: Date }): ReactElement {
  const styles = useStyles();
  const coach = useCoach(host, today);
  const [view, setView] = useState<View>("write");
  const [showStart, setShowStart] = useState(false);
  const { analysis, capabilities, pack } = coach;
  const unavailable = capabilities?.unavailable ?? [];
  const commentsAvailable = capabilities?.comments ?? false;
  const commentsReason = unavailable.find((u) => u.feature === "comments")?.reason ?? null;

  return (
    <main className={styles.root} aria-labelledby="pane-title">
      <header>
        <h1 className={styles.title} id="pane-title">
          Case Summary Coach
        </h1>
        {pack && (
          <p className={styles.subtitle}>
            {pack.name}
            {analysis?.childName ? ` · ${analysis.childName}` : ""}
          </p>
        )}
      </header>

      {coach.notice && (
        <MessageBar intent={coach.notice.intent} role={coach.notice.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{coach.notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label="Close this message"
                icon={<Dismiss16Regular />}
                onClick={coach.dismissNotice}
              />
            }
          />
        </MessageBar>
      )}
      {unavailable.map((item) => (
        <MessageBar key={item.feature} intent={item.feature === "core" ? "error" : "info"}>
          <MessageBarBody>{item.reason}</MessageBarBody>
        </MessageBar>
      ))}

      {coach.status === "loading" && <Spinner size="small" label="Reading the document…" />}

      {coach.status === "ready" && analysis && pack && (
        <>
          <TabList
            selectedValue={view}
            onTabSelect={(_, data) => setView(data.value as View)}
            aria-label="What do you want to do?"
          >
            <Tab value="write">Write</Tab>
            <Tab value="review">Review</Tab>
            <Tab value="teach">Teach</Tab>
          </TabList>

          {view === "write" && (
            <div className={styles.panel} role="tabpanel" aria-label="Write">
              {(!coach.hasSummary || showStart) && (
                <StartPanel
                  key={`${coach.documentState.packId}/${coach.documentState.childName}`}
                  packs={coach.packs}
                  packId={pack.id}
                  childName={coach.documentState.childName ?? analysis.childName ?? ""}
                  hasSummary={coach.hasSummary}
                  busy={coach.busy !== null}
                  onInsert={(packId, childName) => {
                    setShowStart(false);
                    void coach.insertTemplate(packId, childName);
                  }}
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
                  />
                  {pack.sections.some((s) => s.colour) && (
                    <Button onClick={() => void coach.applyColours()} disabled={coach.busy !== null}>
                      {colourButtonLabel(pack)}
                    </Button>
                  )}
                  {!showStart && (
                    <Button appearance="subtle" onClick={() => setShowStart(true)}>
                      Change the template or the child&apos;s name, or add missing headings
                    </Button>
                  )}
                  <h2 className={styles.sectionTitle}>Checks</h2>
                  <ChecksPanel
                    analysis={analysis}
                    pack={pack}
                    busy={coach.busy}
                    onGoTo={(finding) => void coach.goTo(finding)}
                    onFix={(finding) => void coach.fix(finding)}
                    onDismiss={(id) => void coach.dismiss(id)}
                    onRestore={(id) => void coach.restore(id)}
                    onGoToSection={(section) =>
                      void coach.goTo({ id: `section:${section.key}`, location: section.location })
                    }
                  />
                </>
              )}
            </div>
          )}

          {view === "review" && (
            <div className={styles.panel} role="tabpanel" aria-label="Review">
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
            <div className={styles.panel} role="tabpanel" aria-label="Teach">
              <TeachPanel
                packs={coach.packs}
                packId={pack.id}
                examplesFor={coach.examplesFor}
                busy={coach.busy}
                onInsert={(example) => void coach.insertExample(example)}
              />
            </div>
          )}
        </>
      )}
    </main>
  );
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
  return `the ${words.charAt(0).toLowerCase()}${words.slice(1)}`;
}
