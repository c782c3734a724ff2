import {
  Button,
  Field,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactElement } from "react";
import { workedExamples } from "../examples";
import { App } from "../taskpane/App";
import type { CheckThread } from "../taskpane/checks/check-runner";
import { loadRuntime } from "../taskpane/load-runtime";
import { DocumentView } from "./DocumentView";
import { PackLoader } from "./PackLoader";
import { demoPacksFetch, type LoadedPack } from "./demo-packs";
import { sameOriginFetch } from "../taskpane/organisation-packs";
import { DEMO_USERS, DemoSession, exampleSpecs, HOST_CHOICES, type HostPresetName } from "./session";
import { MARKS, markPaneRender } from "./timing";

/**
 * The browser demo: a simulated Word document on the left (the strict fake Word underneath) and
 * the real task pane on the right at a task pane's width. It says plainly that it is a
 * simulation holding no real data. Nothing is sent anywhere; reloading the page forgets it all.
 */

export type DemoTheme = "light" | "dark";

export interface DemoOptions {
  theme: DemoTheme;
  host: HostPresetName;
  /** A worked example's id to open, or "blank". */
  document: string;
}

const BLANK = "blank";
/** The worked example "Try a fictional example" opens: the one with the common gaps. */
const FIRST_EXAMPLE = "bradford-2025-poor";

function sessionFor(documentId: string, host: HostPresetName, user?: string): DemoSession {
  const example = workedExamples.find((e) => e.id === documentId);
  return DemoSession.create(example ? exampleSpecs(example) : [{ text: "" }], host, user);
}

/** Pack names arrive with the engine's chunk (the pane loads it too); until then, the pack's id. */
function exampleLabel(id: string, packNames: Record<string, string>): string {
  const example = workedExamples.find((e) => e.id === id);
  if (!example) return "A blank document";
  const pack = packNames[example.packId] ?? example.packId;
  const quality = example.quality === "good" ? "a good summary" : "a summary with common gaps";
  return `${pack}: ${quality} (${example.childName}, fictional)`;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    // On a narrow screen the page scrolls as one, so the header scrolls away rather than keeping
    // most of a phone's height.
    "@media (max-width: 760px)": { height: "auto", minHeight: "100vh" },
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titleRow: { display: "flex", flexWrap: "wrap", alignItems: "baseline", gap: tokens.spacingHorizontalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  settings: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalL,
  },
  // At a phone's width (320 px) the long document names must wrap rather than widen the page.
  openForm: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
    maxWidth: "100%",
  },
  documentField: { minWidth: 0, maxWidth: "100%", flexShrink: 1 },
  documentSelect: { width: "100%", minWidth: 0, maxWidth: "min(36rem, calc(100vw - 2 * 16px))" },
  workspace: {
    display: "flex",
    flexGrow: 1,
    minHeight: 0,
    "@media (max-width: 760px)": { flexDirection: "column", overflowY: "visible" },
  },
  openWarning: { maxWidth: "36rem" },
  tryExample: { margin: 0, fontSize: tokens.fontSizeBase300, overflowWrap: "anywhere" },
  documentColumn: {
    flexGrow: 1,
    minWidth: 0,
    overflowY: "auto",
    padding: tokens.spacingHorizontalL,
    "@media (max-width: 760px)": { overflowY: "visible" },
  },
  pane: {
    width: "350px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    "@media (max-width: 760px)": { width: "auto", borderLeft: "none", overflowY: "visible" },
  },
  paneFrame: { height: "100%" },
  footer: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalL,
    maxWidth: "900px",
  },
});

export function DemoApp({
  initial,
  checkThread,
}: {
  initial: DemoOptions;
  /** The pane's checking thread (a Web Worker), as in Word. */
  checkThread?: CheckThread;
}): ReactElement {
  const styles = useStyles();
  const [theme, setTheme] = useState<DemoTheme>(initial.theme);
  const [session, setSession] = useState(() => sessionFor(initial.document, initial.host));
  const [choice, setChoice] = useState(initial.document);
  const paneRef = useRef<HTMLDivElement>(null);
  const [packNames, setPackNames] = useState<Record<string, string>>({});
  // Packs loaded in the demo, offered in the pane as the add-in's packs/ folder offers them.
  const [loadedPacks, setLoadedPacks] = useState<readonly LoadedPack[]>([]);
  const fetchPacks = useMemo(() => demoPacksFetch(loadedPacks, sameOriginFetch()), [loadedPacks]);

  useEffect(() => {
    let current = true;
    void loadRuntime().then((runtime) => {
      if (current) setPackNames(Object.fromEntries(runtime.builtInPacks.map((p) => [p.id, p.name])));
    });
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    performance.mark(MARKS.demo);
  }, []);

  useEffect(() => (paneRef.current ? markPaneRender(paneRef.current) : undefined), []);

  // Opening another document would lose what was typed here: the demo asks first.
  const [confirmingOpen, setConfirmingOpen] = useState(false);
  const open = (event: FormEvent) => {
    event.preventDefault();
    if (session.canUndo && !confirmingOpen) {
      setConfirmingOpen(true);
      return;
    }
    setConfirmingOpen(false);
    setOpened(choice);
    setSession(sessionFor(choice, session.preset, session.user));
  };
  // Where the product shows its worth at once: a fictional summary with the usual gaps, checked.
  const [opened, setOpened] = useState(initial.document);
  const offerExample = opened === BLANK && !session.canUndo;
  const tryExample = () => {
    setChoice(FIRST_EXAMPLE);
    setOpened(FIRST_EXAMPLE);
    setSession(sessionFor(FIRST_EXAMPLE, session.preset, session.user));
  };

  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>
      <div className={styles.root}>
        <header className={styles.header}>
          <div className={styles.titleRow}>
            <h1 className={styles.title}>Case Summary Coach: try it without Word</h1>
          </div>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>This is a simulation, not Word, and it holds no real data.</MessageBarTitle>
              The document on the left imitates Word in your browser so you can try the add-in. Use only
              fictional details. Nothing you type is sent anywhere or saved: reloading the page clears it.
            </MessageBarBody>
          </MessageBar>
          {offerExample && (
            <p className={styles.tryExample}>
              <Button appearance="primary" size="small" onClick={tryExample}>
                Try a fictional example
              </Button>{" "}
              Opens a made-up summary with the gaps managers often find, and its checks beside it. Or start
              below with a blank document: type a child&apos;s first name in the pane and insert the template.
            </p>
          )}
          <form className={styles.settings} aria-label="Demo settings" onSubmit={open}>
            <div className={styles.openForm}>
              <Field label="Document" size="small" className={styles.documentField}>
                <Select
                  className={styles.documentSelect}
                  size="small"
                  value={choice}
                  onChange={(_, data) => setChoice(data.value)}
                >
                  <option value={BLANK}>{exampleLabel(BLANK, packNames)}</option>
                  {workedExamples.map((example) => (
                    <option key={example.id} value={example.id}>
                      {exampleLabel(example.id, packNames)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Button size="small" type="submit">
                {confirmingOpen ? "Open anyway" : "Open"}
              </Button>
            </div>
            {confirmingOpen && (
              <MessageBar intent="warning" className={styles.openWarning}>
                <MessageBarBody>
                  Opening another document clears this one, and what you typed in it cannot be got back.
                </MessageBarBody>
                <MessageBarActions>
                  <Button size="small" onClick={() => setConfirmingOpen(false)}>
                    Keep this document
                  </Button>
                </MessageBarActions>
              </MessageBar>
            )}
            <Field label="Word version" size="small">
              <Select
                size="small"
                value={session.preset}
                onChange={(_, data) => setSession(session.reopenOn(data.value as HostPresetName))}
              >
                {HOST_CHOICES.map((choice) => (
                  <option key={choice.id} value={choice.id}>
                    {choice.label}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Signed in to Word as" size="small">
              <Select
                size="small"
                value={session.user}
                onChange={(_, data) => setSession(session.reopenAs(data.value))}
              >
                {DEMO_USERS.map((user) => (
                  <option key={user.name} value={user.name}>
                    {`${user.name.replace(" (demo)", "")}, ${user.role}`}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Theme" size="small">
              <Select size="small" value={theme} onChange={(_, data) => setTheme(data.value as DemoTheme)}>
                <option value="light">Light</option>
                <option value="dark">Dark</option>
              </Select>
            </Field>
          </form>
        </header>
        <div className={styles.workspace}>
          <section className={styles.documentColumn} aria-label="Document">
            <DocumentView key={session.id} session={session} theme={theme} />
            <div className={styles.footer}>
              <PackLoader
                loaded={loadedPacks}
                onLoaded={(pack) =>
                  setLoadedPacks((current) => [...current.filter((p) => p.name !== pack.name), pack])
                }
              />
            </div>
          </section>
          <div className={styles.pane} ref={paneRef} data-testid="task-pane">
            <App
              key={session.id}
              host={session.host}
              theme={theme}
              checkThread={checkThread}
              fetchPacks={fetchPacks}
            />
          </div>
        </div>
      </div>
    </FluentProvider>
  );
}
