import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { DemoSettings, type DemoSettingsProps } from "./DemoSettings";
import { useDemoHeaderStyles } from "./styles";

/**
 * The demo's header: its title, the plain warning that this is a simulation holding no real data,
 * the offer of a fictional example on an untouched blank document, and the settings.
 */
export function DemoHeader(props: DemoSettingsProps): ReactElement {
  const styles = useDemoHeaderStyles();
  const { demoDocument } = props;
  return (
    <header className={styles.header}>
      <div className={styles.titleRow}>
        <h1 className={styles.title}>Case Summary Coach: try it without Word</h1>
      </div>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>This is a simulation, not Word, and it holds no real data.</MessageBarTitle>
          The document on the left imitates Word in your browser so you can try the add-in. Use only fictional
          details. Nothing you type is sent anywhere or saved: reloading the page clears it.
        </MessageBarBody>
      </MessageBar>
      {/* Where the product shows its worth at once: a fictional summary with the usual gaps, checked. */}
      {demoDocument.offerExample && (
        <p className={styles.tryExample}>
          <Button appearance="primary" size="small" onClick={demoDocument.tryExample}>
            Try a fictional example
          </Button>{" "}
          Opens a made-up summary with the gaps managers often find, and its checks beside it. Or start below
          with a blank document: type a child&apos;s first name in the pane and insert the template.
        </p>
      )}
      <DemoSettings {...props} />
    </header>
  );
}
