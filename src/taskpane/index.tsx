import { createRoot } from "react-dom/client";
import { officeHost, officeThemeName } from "../word/office-host";
import { App } from "./App";

/* global Office */

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <App host={officeHost()} theme={officeThemeName()} readTheme={officeThemeName} />,
  );
});
