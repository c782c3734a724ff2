import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type ReactElement } from "react";
import { App } from "../taskpane/App";
import type { CheckThread } from "../taskpane/checks/check-runner";
import { sameOriginFetch } from "../taskpane/organisation-packs";
import { DemoHeader } from "./app/DemoHeader";
import type { DemoOptions, DemoTheme } from "./app/options";
import { useDemoPageStyles } from "./app/styles";
import { useDemoDocument } from "./app/useDemoDocument";
import { demoPacksFetch, type LoadedPack } from "./demo-packs";
import { DocumentView } from "./DocumentView";
import { PackLoader } from "./PackLoader";
import { MARKS, markPaneRender } from "./timing";

/**
 * The browser demo: a simulated Word document on the left (the strict fake Word underneath) and
 * the real task pane on the right at a task pane's width. It says plainly that it is a
 * simulation holding no real data. Nothing is sent anywhere; reloading the page forgets it all.
 * The parts, in src/demo/app/: the header with its settings (DemoHeader, DemoSettings), the open
 * document (useDemoDocument), the examples' pack names (usePackNames) and the looks (styles).
 */

export type { DemoOptions, DemoTheme } from "./app/options";

export function DemoApp({
  initial,
  checkThread,
}: {
  initial: DemoOptions;
  /** The pane's checking thread (a Web Worker), as in Word. */
  checkThread?: CheckThread;
}): ReactElement {
  const styles = useDemoPageStyles();
  const [theme, setTheme] = useState<DemoTheme>(initial.theme);
  const demoDocument = useDemoDocument(initial);
  const { session } = demoDocument;
  const paneRef = useRef<HTMLDivElement>(null);
  // Packs loaded in the demo, offered in the pane as the add-in's packs/ folder offers them.
  const [loadedPacks, setLoadedPacks] = useState<readonly LoadedPack[]>([]);
  const fetchPacks = useMemo(() => demoPacksFetch(loadedPacks, sameOriginFetch()), [loadedPacks]);

  useEffect(() => {
    performance.mark(MARKS.demo);
  }, []);

  useEffect(() => (paneRef.current ? markPaneRender(paneRef.current) : undefined), []);

  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>
      <div className={styles.root}>
        <DemoHeader demoDocument={demoDocument} theme={theme} onTheme={setTheme} />
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
