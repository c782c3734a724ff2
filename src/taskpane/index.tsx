import { createRoot } from "react-dom/client";
import { officeHost, officeThemeName } from "../word/office-host";
import { App } from "./App";
import { sameOriginFetch } from "./organisation-packs";
import { analysisWorkerThread, startChecksEarly } from "./checks/spawn-worker";

/* global Office */

// The engine's thread loads while office.js starts and the pane renders.
startChecksEarly();

Office.onReady(() => {
  // The ribbon's Insert template runs in this page too: in the shared runtime (SharedRuntime 1.1,
  // manifest.xml), and where Word loads this page on its own as the function file. Registered
  // first; the command's code is a small chunk loaded when the button is pressed.
  // Office.actions.associate: the function commands' API (AddinCommands 1.1 hosts).
  Office.actions.associate("insertTemplate", (event: Office.AddinCommands.Event) => {
    import(/* webpackChunkName: "ribbon" */ "../commands/ribbon").then(
      (ribbon) => ribbon.insertTemplate(event),
      () => event.completed(),
    );
  });
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <App
      host={officeHost()}
      theme={officeThemeName()}
      readTheme={officeThemeName}
      checkThread={analysisWorkerThread}
      fetchPacks={sameOriginFetch()}
    />,
  );
});
