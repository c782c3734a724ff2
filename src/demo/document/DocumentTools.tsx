import { Button, Field, Input, Select } from "@fluentui/react-components";
import { useState, type FormEvent, type ReactElement } from "react";
import { STYLE_CHOICES } from "../editing";
import { styleLabel } from "./labels";
import { PERSON_NAME, type CursorParagraph } from "./useCursorParagraph";
import { useToolStyles } from "./styles";

/**
 * The toolbar above the page, standing in for Word's ribbon: the text colour and the style of the
 * paragraph with the cursor, and a comment on it written as a person (a manager's comment, which
 * the pane must leave alone). Everything is disabled while there is no cursor.
 */

export function DocumentTools({ cursor }: { cursor: CursorParagraph }): ReactElement {
  const styles = useToolStyles();
  const cursorStyle = cursor.styleChoice;
  // A style the demo does not offer (Title, Heading 4…) is shown, but cannot be chosen.
  const offered = STYLE_CHOICES.some((choice) => choice.style === cursorStyle);
  const [text, setText] = useState("");
  const none = cursor.index === null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed || none) return;
    cursor.comment(trimmed);
    setText("");
  };
  return (
    <div className={styles.tools}>
      <div className={styles.group} role="group" aria-labelledby="demo-colour-label">
        <span className={styles.groupLabel} id="demo-colour-label">
          Text colour of the paragraph with the cursor:
        </span>
        <Button size="small" disabled={none} onClick={() => cursor.colour(null)}>
          Automatic
        </Button>
        <Button size="small" disabled={none} onClick={() => cursor.colour("#0000FF")}>
          Blue
        </Button>
        <Button size="small" disabled={none} onClick={() => cursor.colour("#FF0000")}>
          Red
        </Button>
      </div>
      <Field label="Style of the paragraph with the cursor" size="small">
        <Select
          size="small"
          disabled={none}
          value={cursorStyle ?? ""}
          onChange={(_, data) => cursor.style(data.value)}
        >
          {cursorStyle !== null && !offered && (
            <option value={cursorStyle} disabled>
              {styleLabel(cursorStyle)}
            </option>
          )}
          {cursorStyle === null && <option value="">No cursor</option>}
          {STYLE_CHOICES.map((choice) => (
            <option key={choice.style} value={choice.style}>
              {choice.label}
            </option>
          ))}
        </Select>
      </Field>
      <form className={styles.commentForm} onSubmit={submit} aria-label="Add a comment as a person">
        <Field label={`Comment on the paragraph with the cursor, as ${PERSON_NAME}`} size="small">
          <Input size="small" value={text} onChange={(_, data) => setText(data.value)} autoComplete="off" />
        </Field>
        <Button size="small" type="submit" disabled={none || text.trim() === ""}>
          Add comment
        </Button>
      </form>
    </div>
  );
}
