import { createRoot } from "react-dom/client";
import { DemoApp, type DemoOptions } from "./DemoApp";
import { isHostPresetName } from "./session";
import { analysisWorkerThread, startChecksEarly } from "../taskpane/checks/spawn-worker";

/**
 * The browser demo's entry. Office.js is not loaded: the pane is handed the fake Word. Settings
 * can be given in the address, e.g. demo.html?theme=dark&host=office2021&document=bradford-2025-good.
 */

function options(): DemoOptions {
  const params = new URLSearchParams(window.location.search);
  const host = params.get("host");
  return {
    theme: params.get("theme") === "dark" ? "dark" : "light",
    host: isHostPresetName(host) ? host : "microsoft365",
    document: params.get("document") ?? "blank",
  };
}

// The engine's thread loads while the demo's own page renders.
startChecksEarly();

const container = document.getElementById("container");
if (container)
  createRoot(container).render(<DemoApp initial={options()} checkThread={analysisWorkerThread} />);
