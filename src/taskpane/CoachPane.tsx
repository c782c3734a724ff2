import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useRef, useState, type ReactElement } from "react";
import type { WordHost } from "../word";
import type { CheckThread } from "./checks/check-runner";
import { Notices } from "./components/Notices";
import { PackNamesProvider } from "./components/pack-names";
import { PaneTabs, tabId, type View } from "./components/PaneTabs";
import { ReviewPanel } from "./components/ReviewPanel";
import { TeachPanel } from "./components/TeachPanel";
import { WritePanel } from "./components/WritePanel";
import { usePaneFocus } from "./focus";
import type { FetchText } from "./organisation-packs";
import { useCoach } from "./useCoach";
import { words } from "./words";

const useStyles = makeStyles({
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
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  // A plain link in Fluent's link colours: Fluent's Link component would add its weight to the
  // first paint for one anchor.
  help: {
    color: tokens.colorBrandForegroundLink,
    fontSize: tokens.fontSizeBase300,
    textDecorationLine: "underline",
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface CoachPaneProps {
  host: WordHost;
  today?: Date;
  checkThread?: CheckThread;
  fetchPacks?: FetchText;
}

/** The help page beside the pane (help.html, from the add-in's own origin), in the worker's browser. */
export const HELP_PAGE = "help.html";

function HelpLink({ host }: { host: WordHost }): ReactElement {
  const styles = useStyles();
  return (
    <a
      className={styles.help}
      href={HELP_PAGE}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={words.helpLabel}
      onClick={(event) => {
        // Where Word offers it, its own call opens the worker's browser, as Microsoft advises for
        // pages beyond the pane; elsewhere (Word on the web, the demo) the link opens a new tab.
        if (!host.openInBrowser) return;
        event.preventDefault();
        host.openInBrowser(new URL(HELP_PAGE, window.location.href).href);
      }}
    >
      {words.help}
    </a>
  );
}

/** The pane: its title, what it has to say, and Write, Review and Teach once the document is read. */
export function CoachPane({ host, today, checkThread, fetchPacks }: CoachPaneProps): ReactElement {
  const styles = useStyles();
  const coach = useCoach(host, today, checkThread, fetchPacks);
  const [view, setView] = useState<View>("write");
  const [showStart, setShowStart] = useState(false);
  const visitedSections = useRef<ReadonlySet<string>>(new Set());
  const focus = usePaneFocus(() => document.getElementById(tabId(view)));
  const { analysis, pack } = coach;
  const commentsAvailable = coach.capabilities?.comments ?? false;
  const commentsReason =
    coach.capabilities?.unavailable.find((u) => u.feature === "comments")?.reason ?? null;

  return (
    <main className={styles.root} aria-labelledby="pane-title">
      <header>
        <div className={styles.header}>
          <h1 className={styles.title} id="pane-title" ref={focus.title} tabIndex={-1}>
            {words.title}
          </h1>
          <HelpLink host={host} />
        </div>
        {pack && (
          <p className={styles.subtitle}>
            {pack.name}
            {analysis?.childName ? ` · ${analysis.childName}` : ""}
          </p>
        )}
      </header>

      <Notices
        coach={coach}
        noticeRef={focus.notice}
        onCloseNotice={() => {
          coach.dismissNotice();
          focus.request("after-notice");
        }}
      />

      {/* Only while the pane first starts: re-checks as the worker types show no spinner. */}
      {coach.status === "loading" && <Spinner size="small" label={words.reading} />}

      {coach.status === "ready" && analysis && pack && (
        <PackNamesProvider packs={coach.packs}>
          <PaneTabs view={view} onSelect={setView}>
            {view === "write" && (
              <WritePanel
                coach={coach}
                analysis={analysis}
                pack={pack}
                showStart={showStart}
                onShowStart={setShowStart}
                focus={focus}
                visitedSections={visitedSections}
              />
            )}
            {view === "review" && (
              <ReviewPanel
                analysis={analysis}
                busy={coach.busy}
                commentsAvailable={commentsAvailable}
                commentsReason={commentsReason}
                onCheckAgain={() => void coach.checkAgain()}
                onAddComments={() => void coach.writeReviewComments()}
                onRemoveComments={() => void coach.removeReviewComments()}
              />
            )}
            {view === "teach" && (
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
                    focus.request("checks");
                  });
                }}
              />
            )}
          </PaneTabs>
        </PackNamesProvider>
      )}
    </main>
  );
}
