import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
} from "@fluentui/react-components";
import type { FormEvent, ReactElement } from "react";
import { workedExamples } from "../../examples";
import { DEMO_USERS, HOST_CHOICES, type HostPresetName } from "../session";
import { BLANK, type DemoTheme } from "./options";
import { useDemoHeaderStyles } from "./styles";
import type { DemoDocument } from "./useDemoDocument";
import { usePackNames } from "./usePackNames";

/**
 * The demo's settings in its header: the document to open (asking before it replaces changes),
 * the Word version, who is signed in to Word, and the theme.
 */

/** A worked example's name in the picker; until the pack names arrive, its pack's id. */
export function exampleLabel(id: string, packNames: Record<string, string>): string {
  const example = workedExamples.find((e) => e.id === id);
  if (!example) return "A blank document";
  const pack = packNames[example.packId] ?? example.packId;
  const quality = example.quality === "good" ? "a good summary" : "a summary with common gaps";
  return `${pack}: ${quality} (${example.childName}, fictional)`;
}

export interface DemoSettingsProps {
  demoDocument: DemoDocument;
  theme: DemoTheme;
  onTheme(theme: DemoTheme): void;
}

export function DemoSettings({ demoDocument, theme, onTheme }: DemoSettingsProps): ReactElement {
  const styles = useDemoHeaderStyles();
  const packNames = usePackNames();
  const { session } = demoDocument;
  const open = (event: FormEvent) => {
    event.preventDefault();
    demoDocument.open();
  };
  return (
    <form className={styles.settings} aria-label="Demo settings" onSubmit={open}>
      <div className={styles.openForm}>
        <Field label="Document" size="small" className={styles.documentField}>
          <Select
            className={styles.documentSelect}
            size="small"
            value={demoDocument.choice}
            onChange={(_, data) => demoDocument.choose(data.value)}
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
          {demoDocument.confirmingOpen ? "Open anyway" : "Open"}
        </Button>
      </div>
      {demoDocument.confirmingOpen && (
        <MessageBar intent="warning" className={styles.openWarning}>
          <MessageBarBody>
            Opening another document clears this one, and what you typed in it cannot be got back.
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={demoDocument.keepThis}>
              Keep this document
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Field label="Word version" size="small">
        <Select
          size="small"
          value={session.preset}
          onChange={(_, data) => demoDocument.reopenOn(data.value as HostPresetName)}
        >
          {HOST_CHOICES.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Signed in to Word as" size="small">
        <Select size="small" value={session.user} onChange={(_, data) => demoDocument.reopenAs(data.value)}>
          {DEMO_USERS.map((user) => (
            <option key={user.name} value={user.name}>
              {`${user.name.replace(" (demo)", "")}, ${user.role}`}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Theme" size="small">
        <Select size="small" value={theme} onChange={(_, data) => onTheme(data.value as DemoTheme)}>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </Select>
      </Field>
    </form>
  );
}
