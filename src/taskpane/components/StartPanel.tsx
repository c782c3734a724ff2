import { Button, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactElement } from "react";
import type { Pack } from "../../guidance";
import { words } from "../words";

export interface StartPanelProps {
  packs: readonly Pack[];
  /** The template chosen before, or the default. */
  packId: string;
  childName: string;
  busy: boolean;
  /** Whether the document already has some of the headings (the button then adds the rest). */
  hasSummary: boolean;
  /** Why the name was refused, shown on its field; null when it was not. */
  nameProblem?: string | null;
  onInsert(packId: string, childName: string): void;
  /** Closes the form without changing anything; absent when there is nothing to go back to. */
  onCancel?: () => void;
  /** Moves focus to the first field when the form appears, as it does when the worker opens it. */
  focusOnOpen?: boolean;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  // A native select is as wide as its longest option: at 320 px it must shrink to the pane.
  select: {
    width: "100%",
    minWidth: 0,
    "& select": { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  },
  field: { minWidth: 0, overflowWrap: "anywhere" },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Choose the template and the child's name, and insert the headings. */
export function StartPanel(props: StartPanelProps): ReactElement {
  const styles = useStyles();
  const [packId, setPackId] = useState(props.packId);
  const [childName, setChildName] = useState(props.childName);
  const nameInput = useRef<HTMLInputElement>(null);
  const templateSelect = useRef<HTMLSelectElement>(null);
  const chosen = props.packs.find((p) => p.id === packId);

  // A refused name is the worker's to correct: take them to it (its message is read out with it).
  useEffect(() => {
    if (props.nameProblem) nameInput.current?.focus();
  }, [props.nameProblem]);

  const focusOnOpen = props.focusOnOpen ?? false;
  useEffect(() => {
    if (focusOnOpen) templateSelect.current?.focus();
  }, [focusOnOpen]);

  // Escape closes the form, as Cancel does.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !props.onCancel) return;
    event.preventDefault();
    event.stopPropagation();
    props.onCancel();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!props.busy) props.onInsert(packId, childName);
  };

  return (
    <form className={styles.form} onSubmit={submit} onKeyDown={onKeyDown} aria-labelledby="start-title">
      <h2 className={styles.title} id="start-title">
        {props.hasSummary ? words.start.titleChange : words.start.titleNew}
      </h2>
      <Field label={words.start.template} hint={chosen?.description} className={styles.field}>
        <Select
          ref={templateSelect}
          className={styles.select}
          value={packId}
          onChange={(_, data) => setPackId(data.value)}
        >
          {props.packs.map((pack) => (
            <option key={pack.id} value={pack.id}>
              {pack.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={words.start.childName}
        hint={words.start.childNameHint}
        validationState={props.nameProblem ? "error" : "none"}
        validationMessage={props.nameProblem ?? undefined}
      >
        <Input
          ref={nameInput}
          value={childName}
          onChange={(_, data) => setChildName(data.value)}
          autoComplete="off"
        />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={props.busy}>
          {props.hasSummary ? words.start.addMissing : words.start.insert}
        </Button>
        {props.onCancel && (
          <Button type="button" onClick={props.onCancel}>
            {words.start.cancel}
          </Button>
        )}
      </div>
      <p className={styles.hint}>{words.start.nothingChanged}</p>
    </form>
  );
}
