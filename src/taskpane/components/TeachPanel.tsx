import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState, type ReactElement } from "react";
import type { WorkedExample } from "../../examples";
import type { Pack } from "../../guidance";
import { words } from "../words";

export interface TeachPanelProps {
  packs: readonly Pack[];
  packId: string;
  examplesFor(packId: string): WorkedExample[];
  busy: string | null;
  /** Whether the document has any text already: an example would be mixed with it. */
  documentHasText: boolean;
  onInsert(example: WorkedExample): void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  // A native select is as wide as its longest option: at 320 px it must shrink to the pane.
  select: {
    width: "100%",
    minWidth: 0,
    "& select": { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  item: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** For practice educators: fictional worked examples to show the template and the checks. */
export function TeachPanel(props: TeachPanelProps): ReactElement {
  const styles = useStyles();
  const [packId, setPackId] = useState(props.packId);
  const examples = props.examplesFor(packId);
  // The example waiting for the educator to confirm, when the document is not empty.
  const [confirming, setConfirming] = useState<WorkedExample | null>(null);
  const warning = useRef<HTMLDivElement>(null);
  const openers = useRef(new Map<string, HTMLElement>());

  useEffect(() => {
    if (confirming) warning.current?.focus();
  }, [confirming]);

  const choose = (example: WorkedExample) => {
    if (props.documentHasText) setConfirming(example);
    else props.onInsert(example);
  };
  const cancel = () => {
    const opener = confirming && openers.current.get(confirming.id);
    setConfirming(null);
    opener?.focus();
  };
  return (
    <div className={styles.root}>
      <h2 className={styles.heading}>{words.teach.heading}</h2>
      <p className={styles.text}>{words.teach.intro}</p>
      <Field label={words.teach.template}>
        <Select className={styles.select} value={packId} onChange={(_, data) => setPackId(data.value)}>
          {props.packs.map((pack) => (
            <option key={pack.id} value={pack.id}>
              {pack.name}
            </option>
          ))}
        </Select>
      </Field>
      <ul className={styles.list}>
        {examples.map((example) => (
          <li key={example.id} className={styles.item} aria-labelledby={`example-${example.id}`}>
            <h3 className={styles.title} id={`example-${example.id}`}>
              {words.teach.exampleTitle(example.quality, example.childName)}
            </h3>
            <p className={styles.text}>{example.description}</p>
            {confirming?.id === example.id && (
              <MessageBar
                intent="warning"
                politeness="polite"
                layout="multiline"
                ref={warning}
                tabIndex={-1}
                onKeyDown={(event) => {
                  if (event.key !== "Escape") return;
                  event.preventDefault();
                  cancel();
                }}
                aria-labelledby={`confirm-title-${example.id}`}
              >
                <MessageBarBody>
                  <MessageBarTitle id={`confirm-title-${example.id}`}>{words.teach.hasText}</MessageBarTitle>
                  {words.teach.hasTextAdvice}
                </MessageBarBody>
                <MessageBarActions>
                  <Button
                    onClick={() => {
                      setConfirming(null);
                      props.onInsert(example);
                    }}
                    disabledFocusable={props.busy !== null}
                  >
                    {words.teach.insertAnyway}
                  </Button>
                  <Button appearance="primary" onClick={cancel}>
                    {words.teach.dontInsert}
                  </Button>
                </MessageBarActions>
              </MessageBar>
            )}
            <Button
              ref={(button) => {
                if (button) openers.current.set(example.id, button);
                else openers.current.delete(example.id);
              }}
              onClick={() => choose(example)}
              disabledFocusable={props.busy !== null}
              aria-describedby={`example-${example.id}`}
            >
              {words.teach.insert}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
