import { Button, makeStyles, tokens, useAnnounce } from "@fluentui/react-components";
import { ChevronLeft16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import { useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactElement } from "react";
import type { Finding } from "../../analysis/types";
import { FindingCard } from "./FindingCard";
import { SEVERITY_WORD } from "./severity";
import { words } from "../words";

/** Which card a section shows: by its finding's id, and where it was, for when that one goes. */
export interface Selection {
  id: string;
  index: number;
}

/**
 * The card shown: the selected finding while it is there; when it goes (fixed, dismissed, put
 * right), the one that took its place, else the last; the first when nothing was chosen.
 */
export function selectedIndex(findings: readonly Finding[], selection: Selection | undefined): number {
  if (findings.length === 0) return -1;
  if (!selection) return 0;
  const at = findings.findIndex((f) => f.id === selection.id);
  return at >= 0 ? at : Math.min(selection.index, findings.length - 1);
}

export interface CheckNavigatorProps {
  findings: readonly Finding[];
  selection: Selection | undefined;
  onSelect(selection: Selection): void;
  busy: string | null;
  onGoTo(finding: Finding): void;
  onFix(finding: Finding): void;
  onDismiss(finding: Finding): void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  position: {
    flexGrow: 1,
    textAlign: "center",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

const KEYS: Record<string, "previous" | "next" | "first" | "last"> = {
  ArrowLeft: "previous",
  ArrowUp: "previous",
  ArrowRight: "next",
  ArrowDown: "next",
  Home: "first",
  End: "last",
};

/**
 * A section's checks one card at a time, as Word's Editor shows them: Previous and Next (and the
 * arrow keys, Home and End while focus is in the cards) step through, "Check 2 of 5" says where.
 * Stepping from inside the card takes focus to the new card; from the buttons, focus stays on the
 * button and the new card is read out politely.
 */
export function CheckNavigator(props: CheckNavigatorProps): ReactElement | null {
  const { findings } = props;
  const styles = useStyles();
  const positionId = useId();
  const area = useRef<HTMLDivElement>(null);
  const focusCard = useRef(false);
  const { announce } = useAnnounce();
  const index = selectedIndex(findings, props.selection);
  const finding = index >= 0 ? findings[index] : undefined;

  useLayoutEffect(() => {
    if (!focusCard.current) return;
    focusCard.current = false;
    area.current?.querySelector<HTMLElement>("[data-finding-id]")?.focus();
  });

  if (!finding) return null;
  const total = findings.length;

  const move = (to: "previous" | "next" | "first" | "last", fromCard: boolean) => {
    if (total < 2) return;
    const next =
      to === "first" ? 0 : to === "last" ? total - 1 : (index + (to === "next" ? 1 : -1) + total) % total;
    const chosen = findings[next]!;
    props.onSelect({ id: chosen.id, index: next });
    if (fromCard) focusCard.current = true;
    else
      announce(
        `${words.navigator.position(next + 1, total)}. ${SEVERITY_WORD[chosen.severity]}: ${chosen.message}`,
        {
          polite: true,
        },
      );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const to = KEYS[event.key];
    if (!to || total < 2 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    const card = area.current?.querySelector("[data-finding-id]");
    move(to, Boolean(card?.contains(event.target as Node)));
  };

  return (
    <div className={styles.root} ref={area} onKeyDown={onKeyDown} data-check-navigator="">
      {total > 1 && (
        <div className={styles.bar}>
          <Button
            size="small"
            appearance="subtle"
            icon={<ChevronLeft16Regular />}
            aria-label={words.navigator.previousLabel}
            aria-keyshortcuts="ArrowLeft"
            onClick={() => move("previous", false)}
          >
            {words.navigator.previous}
          </Button>
          <span className={styles.position} id={positionId}>
            {words.navigator.position(index + 1, total)}
          </span>
          <Button
            size="small"
            appearance="subtle"
            icon={<ChevronRight16Regular />}
            iconPosition="after"
            aria-label={words.navigator.nextLabel}
            aria-keyshortcuts="ArrowRight"
            onClick={() => move("next", false)}
          >
            {words.navigator.next}
          </Button>
        </div>
      )}
      <FindingCard
        key={finding.id}
        finding={finding}
        busy={props.busy}
        onGoTo={props.onGoTo}
        onFix={props.onFix}
        onDismiss={props.onDismiss}
        inList={false}
        describedBy={total > 1 ? positionId : undefined}
      />
    </div>
  );
}
