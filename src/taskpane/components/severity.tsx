import {
  CheckmarkCircle16Filled,
  DismissCircle16Filled,
  ErrorCircle16Filled,
  Info16Filled,
  Warning16Filled,
} from "@fluentui/react-icons";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { SectionState } from "../../analysis/engine";
import type { Severity } from "../../analysis/types";

/** Severity and state are shown by icon and word together, never by colour alone. */
export const SEVERITY_WORD: Record<Severity, string> = {
  error: "Required",
  warning: "Recommended",
  info: "Suggestion",
};

export const STATE_WORD: Record<SectionState, string> = {
  done: "Done",
  "needs-attention": "Needs attention",
  missing: "Missing",
};

const useStyles = makeStyles({
  label: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  done: { color: tokens.colorStatusSuccessForeground1 },
  icon: { flexShrink: 0 },
});

export function SeverityLabel({ severity }: { severity: Severity }): ReactElement {
  const styles = useStyles();
  const Icon =
    severity === "error" ? ErrorCircle16Filled : severity === "warning" ? Warning16Filled : Info16Filled;
  return (
    <span className={styles.label}>
      <Icon className={mergeClasses(styles.icon, styles[severity])} aria-hidden="true" />
      {SEVERITY_WORD[severity]}
    </span>
  );
}

export function StateLabel({ state }: { state: SectionState }): ReactElement {
  const styles = useStyles();
  const Icon =
    state === "done"
      ? CheckmarkCircle16Filled
      : state === "missing"
        ? DismissCircle16Filled
        : Warning16Filled;
  const tone = state === "done" ? styles.done : state === "missing" ? styles.error : styles.warning;
  return (
    <span className={styles.label}>
      <Icon className={mergeClasses(styles.icon, tone)} aria-hidden="true" />
      {STATE_WORD[state]}
    </span>
  );
}
