import {
  CheckmarkCircle16Filled,
  Circle16Regular,
  DismissCircle16Filled,
  ErrorCircle16Filled,
  Info16Filled,
  Warning16Filled,
} from "@fluentui/react-icons";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { SectionState } from "../../analysis/engine";
import type { Severity } from "../../analysis/types";
import { words } from "../words";

/** Severity and state are shown by icon and word together, never by colour alone. */
export const SEVERITY_WORD: Record<Severity, string> = words.severity;

/**
 * A section's state as the Write view shows it: the engine's three, and "not started" (a heading
 * with nothing written under it that the worker has not yet been in and left).
 */
export type ShownState = SectionState | "not-started";

export const STATE_WORD: Record<ShownState, string> = words.state;

const useStyles = makeStyles({
  label: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  plain: { fontWeight: tokens.fontWeightRegular },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  done: { color: tokens.colorStatusSuccessForeground1 },
  quiet: { color: tokens.colorNeutralForeground2 },
  icon: { flexShrink: 0 },
});

const SEVERITY_ICON = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled } as const;

export function SeverityLabel({ severity }: { severity: Severity }): ReactElement {
  const styles = useStyles();
  const Icon = SEVERITY_ICON[severity];
  return (
    <span className={styles.label}>
      <Icon className={mergeClasses(styles.icon, styles[severity])} aria-hidden="true" />
      {SEVERITY_WORD[severity]}
    </span>
  );
}

/** The most serious severity with any count, or null when there is nothing. */
export function worstOf(counts: Partial<Record<Severity, number>>): Severity | null {
  return (["error", "warning", "info"] as const).find((severity) => (counts[severity] ?? 0) > 0) ?? null;
}

/**
 * A section's state by icon and word. A section needing attention shows the icon of its most
 * serious open check (`counts`, when given): the error circle where something required is not
 * met, the warning triangle only where what is left is recommended.
 */
export function StateLabel({
  state,
  counts,
}: {
  state: ShownState;
  counts?: Partial<Record<Severity, number>>;
}): ReactElement {
  const styles = useStyles();
  const worst = counts ? worstOf(counts) : null;
  const [Icon, tone] =
    state === "done"
      ? [CheckmarkCircle16Filled, styles.done]
      : state === "missing"
        ? [DismissCircle16Filled, styles.error]
        : state === "not-started"
          ? [Circle16Regular, styles.quiet]
          : worst === "error"
            ? [ErrorCircle16Filled, styles.error]
            : [Warning16Filled, styles.warning];
  return (
    <span className={styles.label}>
      <Icon className={mergeClasses(styles.icon, tone)} aria-hidden="true" />
      {STATE_WORD[state]}
    </span>
  );
}

/** "Required: 2 of 4 met", with the severity's icon: what a section still asks, by severity. */
export function SeverityCount({ severity, text }: { severity: Severity; text: string }): ReactElement {
  const styles = useStyles();
  const Icon = SEVERITY_ICON[severity];
  return (
    <span className={mergeClasses(styles.label, styles.plain)}>
      <Icon className={mergeClasses(styles.icon, styles[severity])} aria-hidden="true" />
      {text}
    </span>
  );
}
