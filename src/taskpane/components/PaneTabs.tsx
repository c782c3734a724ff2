import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import type { ReactElement, ReactNode } from "react";
import { words } from "../words";

export type View = "write" | "review" | "teach";

const VIEWS: readonly View[] = ["write", "review", "teach"];
export const tabId = (view: View) => `coach-tab-${view}`;
const panelId = (view: View) => `coach-panel-${view}`;

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** Write, Review and Teach, and the open one's panel: only that panel is in the page. */
export function PaneTabs(props: {
  view: View;
  onSelect(view: View): void;
  children: ReactNode;
}): ReactElement {
  const styles = useStyles();
  const { view } = props;
  return (
    <>
      <TabList
        selectedValue={view}
        onTabSelect={(_, data) => props.onSelect(data.value as View)}
        aria-label={words.tabs.label}
      >
        {VIEWS.map((value) => (
          // Only the open tab's panel is in the page, so only its tab points to one.
          <Tab
            key={value}
            value={value}
            id={tabId(value)}
            aria-controls={view === value ? panelId(value) : undefined}
          >
            {words.tabs[value]}
          </Tab>
        ))}
      </TabList>
      <div className={styles.panel} role="tabpanel" id={panelId(view)} aria-labelledby={tabId(view)}>
        {props.children}
      </div>
    </>
  );
}
