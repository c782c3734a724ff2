import { FluentProvider, makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { WordHost } from "../word";
import type { ThemeName } from "../word/office-host";
import { Announcer } from "./Announcer";
import type { CheckThread } from "./checks/check-runner";
import { CoachPane } from "./CoachPane";
import type { FetchText } from "./organisation-packs";
import { THEMES, useFollowedTheme } from "./theme";

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

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
});

/**
 * Under Windows high contrast (forced colours) a button Fluent marks unavailable (aria-disabled,
 * so it stays focusable) would look like any other: it takes the system's colour for disabled text.
 */
const useForcedColourStyles = makeStaticStyles(
  '@media (forced-colors: active) { button[aria-disabled="true"], button:disabled { color: GrayText !important; border-color: GrayText !important; } }',
);

/** The pane's shell: Fluent's provider in Office's theme, and the one live region for announcements. */
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
