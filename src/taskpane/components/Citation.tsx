import { makeStyles, tokens, Tooltip } from "@fluentui/react-components";
import { useState, type ReactElement } from "react";
import type { GuidanceSource } from "../../analysis/types";
import { usePackName } from "./pack-names";
import { words } from "../words";
import { visuallyHidden } from "../visually-hidden";

const useStyles = makeStyles({
  cite: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "nowrap",
    textDecorationLine: "underline",
    textDecorationStyle: "dotted",
    textUnderlineOffset: "2px",
    cursor: "help",
  },
  plain: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  hidden: { ...visuallyHidden, position: "absolute" },
});

export interface CitationProps {
  /** The citation as the pack gives it ("004 §3.1(i)") and in full, as the engine attached it. */
  source: GuidanceSource;
  /** The id of the pack (layer) the check or prompt came from, where the template is laid over another. */
  layer?: string;
}

/**
 * A citation in its short form ("004 §3.1(i)"), as a footnote mark is, with the guidance's full
 * name one hover or click away (a tooltip) and read in full by screen readers. Not a Tab stop of
 * its own: from the keyboard the full name is in the guidance that "Show guidance" opens.
 */
export function Citation({ source, layer }: CitationProps): ReactElement {
  const styles = useStyles();
  const layerName = usePackName(layer);
  const cited = <CitationMark source={source} />;
  if (!layerName) return cited;
  // Which layer of the template asked for it, by the name the worker sees in the template list.
  return (
    <>
      {cited}
      <span className={styles.plain}>{words.card.fromLayer(layerName)}</span>
    </>
  );
}

function CitationMark({ source }: { source: GuidanceSource }): ReactElement {
  const styles = useStyles();
  const [visible, setVisible] = useState(false);
  const short = source.citation.trim();
  const long = source.label;
  // An organisation's own citation that has no longer form is shown as written.
  if (long === short || long.trim() === "") return <span className={styles.plain}>{short}</span>;
  return (
    <Tooltip
      content={long}
      relationship="inaccessible"
      withArrow
      visible={visible}
      onVisibleChange={(_, data) => setVisible(data.visible)}
    >
      <span className={styles.cite} data-citation={short} onClick={() => setVisible(true)}>
        <span aria-hidden="true">{short}</span>
        <span className={styles.hidden}>{words.card.guidanceInFull(long)}</span>
      </span>
    </Tooltip>
  );
}
