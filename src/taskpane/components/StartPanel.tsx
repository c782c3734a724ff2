import { Button, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState, type FormEvent, type ReactElement } from "react";
import type { Pack } from "../../guidance";

export interface StartPanelProps {
  packs: readonly Pack[];
  /** The template chosen before, or the default. */
  packId: string;
  childName: string;
  busy: boolean;
  /** Whether the document already has some of the headings (the button then adds the rest). */
  hasSummary: boolean;
  onInsert(packId: string, childName: string): void;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** Choose the template and the child's name, and insert the headings. */
export function StartPanel(props: StartPanelProps): ReactElement {
  const styles = useStyles();
  const [packId, setPackId] = useState(props.packId);
  const [childName, setChildName] = useState(props.childName);
  const chosen = props.packs.find((p) => p.id === packId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onInsert(packId, childName);
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Insert the case summary template">
      <Field label="Template" hint={chosen?.description}>
        <Select value={packId} onChange={(_, data) => setPackId(data.value)}>
          {props.packs.map((pack) => (
            <option key={pack.id} value={pack.id}>
              {pack.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Child's first name"
        hint="Goes into the headings and the prompts. It is kept in this document only."
      >
        <Input value={childName} onChange={(_, data) => setChildName(data.value)} autoComplete="off" />
      </Field>
      <Button type="submit" appearance="primary" disabled={props.busy}>
        {props.hasSummary ? "Add the missing headings" : "Insert template"}
      </Button>
      <p className={styles.hint}>
        Nothing you have written is changed: the headings go into an empty document, or at the cursor.
      </p>
    </form>
  );
}
