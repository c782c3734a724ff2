import { metText, tally } from "../../analysis/tally";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type ReactElement,
  type RefObject,
} from "react";
import type { AnalysisResult, SectionSummary } from "../../analysis/engine";
import type { Finding } from "../../analysis/types";
import type { Pack } from "../../guidance";
import { notesForFinding } from "../guidance-notes";
import { scrollableAncestor, scrollDown, visibleTop } from "../scrolling";
import { FindingCard } from "./FindingCard";
import { SEVERITY_WORD, StateLabel } from "./severity";

export interface ChecksPanelProps {
  analysis: AnalysisResult;
  pack: Pack;
  busy: string | null;
  onGoTo(finding: Finding): void;
  onFix(finding: Finding): void;
  onDismiss(id: string): void;
  onRestore(id: string): void;
  onGoToSection(section: SectionSummary): void;
  /** A citation as the worker reads it (the guidance's name rather than its number). */
  describeCitation(citation: string): string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  groupHeader: { display: "flex", flexWrap: "wrap", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    flexGrow: 1,
  },
  counts: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  summary: { margin: 0, outlineStyle: "none" },
});

function countsText(section: SectionSummary): string {
  const parts = (["error", "warning", "info"] as const)
    .filter((severity) => section.counts[severity] > 0)
    .map((severity) => `${section.counts[severity]} ${SEVERITY_WORD[severity].toLowerCase()}`);
  return parts.length > 0 ? parts.join(", ") : "nothing to change";
}

export function ChecksPanel(props: ChecksPanelProps): ReactElement {
  const { analysis, pack, busy } = props;
  const styles = useStyles();
  const whole = analysis.findings.filter((f) => f.section === null);
  const cardProps = {
    busy,
    onGoTo: props.onGoTo,
    onFix: props.onFix,
    onDismiss: (finding: Finding) => props.onDismiss(finding.id),
    describeCitation: props.describeCitation,
  };
  const root = useRef<HTMLDivElement>(null);
  const summary = useRef<HTMLParagraphElement>(null);
  const { onFocus, onBlur } = useReadingPlace(root, summary, analysis);

  return (
    <div className={styles.root} ref={root} onFocus={onFocus} onBlur={onBlur}>
      <p className={styles.summary} role="status" ref={summary} tabIndex={-1}>
        {metText(tally(analysis))}
      </p>
      {whole.length > 0 && (
        <div className={styles.group} data-check-group="">
          <h3 className={styles.heading}>The whole summary</h3>
          <ul className={styles.list}>
            {whole.map((finding) => (
              <FindingCard
                key={finding.id}
                finding={finding}
                notes={notesForFinding(pack, finding)}
                {...cardProps}
              />
            ))}
          </ul>
        </div>
      )}
      {analysis.sections.map((section) => {
        const findings = analysis.findings.filter((f) => f.section === section.key);
        return (
          <SectionGroup key={section.key} section={section} onGoToSection={props.onGoToSection}>
            {findings.length > 0 && (
              <ul className={styles.list}>
                {findings.map((finding) => (
                  <FindingCard
                    key={finding.id}
                    finding={finding}
                    notes={notesForFinding(pack, finding)}
                    {...cardProps}
                  />
                ))}
              </ul>
            )}
          </SectionGroup>
        );
      })}
      <DismissedList
        analysis={analysis}
        pack={pack}
        busy={busy}
        onRestore={props.onRestore}
        describeCitation={props.describeCitation}
      />
    </div>
  );
}

function SectionGroup(props: {
  section: SectionSummary;
  onGoToSection(section: SectionSummary): void;
  children: ReactElement | false;
}): ReactElement {
  const { section } = props;
  const styles = useStyles();
  const headingId = useId();
  return (
    <div className={styles.group} data-check-group="">
      <div className={styles.groupHeader}>
        <h3 className={styles.heading} id={headingId}>
          {section.heading}
        </h3>
        <StateLabel state={section.state} />
      </div>
      <p className={styles.counts}>
        {section.found ? countsText(section) : "This heading is not in the document yet."}
        {section.found && section.location && (
          <>
            {" "}
            <Button
              size="small"
              appearance="outline"
              onClick={() => props.onGoToSection(section)}
              aria-describedby={headingId}
            >
              Go to heading
            </Button>
          </>
        )}
      </p>
      {props.children}
    </div>
  );
}

function DismissedList(props: {
  analysis: AnalysisResult;
  pack: Pack;
  busy: string | null;
  onRestore(id: string): void;
  describeCitation(citation: string): string;
}): ReactElement | null {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const dismissed = props.analysis.dismissedFindings;
  if (dismissed.length === 0) return null;
  return (
    <div className={styles.group}>
      <Button
        appearance="subtle"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => setOpen((shown) => !shown)}
      >
        {open ? "Hide" : "Show"} dismissed checks ({dismissed.length})
      </Button>
      {open && (
        <ul className={styles.list} id={listId}>
          {dismissed.map((finding) => (
            <FindingCard
              key={finding.id}
              finding={finding}
              notes={notesForFinding(props.pack, finding)}
              busy={props.busy}
              onRestore={(f) => props.onRestore(f.id)}
              describeCitation={props.describeCitation}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

const cardsIn = (root: HTMLElement | null): HTMLElement[] => [
  ...(root?.querySelectorAll<HTMLElement>("[data-finding-id]") ?? []),
];
const cardId = (card: Element): string => (card as HTMLElement).dataset.findingId ?? "";

/**
 * Keeps the worker's place while the checks change under them as they type: the card being read
 * (the focused one, else the first in view) stays where it is on screen, and when the focused card
 * goes (fixed, dismissed, or put right in the document) focus moves to the next card instead of
 * falling back to the top of the pane.
 */
function useReadingPlace(
  root: RefObject<HTMLDivElement | null>,
  fallback: RefObject<HTMLElement | null>,
  analysis: AnalysisResult,
): { onFocus(event: FocusEvent): void; onBlur(event: FocusEvent): void } {
  const focused = useRef<{ card: Element; id: string; order: string[] } | null>(null);
  const anchor = useRef<{ id: string; top: number } | null>(null);

  const measureAnchor = useCallback(() => {
    const cards = cardsIn(root.current);
    const active = document.activeElement;
    const top = visibleTop(scrollableAncestor(root.current));
    const reading =
      cards.find((card) => card.contains(active)) ??
      cards.find((card) => card.getBoundingClientRect().top >= top);
    anchor.current = reading ? { id: cardId(reading), top: reading.getBoundingClientRect().top } : null;
  }, [root]);

  useLayoutEffect(() => {
    const cards = cardsIn(root.current);
    const before = anchor.current;
    const same = before && cards.find((card) => cardId(card) === before.id);
    if (before && same) {
      // The pane's own box in the demo, or the window in Word: whichever scrolls.
      scrollDown(scrollableAncestor(root.current), same.getBoundingClientRect().top - before.top);
    }
    const lost = focused.current;
    const focusFell = !document.activeElement || document.activeElement === document.body;
    if (lost && focusFell && !lost.card.isConnected) {
      // The same check elsewhere (restored to the list), else the next one, else the one before.
      const at = lost.order.indexOf(lost.id);
      const candidates = [lost.id, ...lost.order.slice(at + 1), ...lost.order.slice(0, at).reverse()];
      const next = candidates.map((id) => cards.find((card) => cardId(card) === id)).find(Boolean);
      (next ?? fallback.current)?.focus();
      focused.current = null;
    }
    measureAnchor();
  }, [analysis, root, fallback, measureAnchor]);

  // Scroll events do not bubble, but they pass the document on the way down: this hears the
  // window's and any scrolling box's.
  useEffect(() => {
    const options = { passive: true, capture: true } as const;
    document.addEventListener("scroll", measureAnchor, options);
    return () => document.removeEventListener("scroll", measureAnchor, options);
  }, [measureAnchor]);

  return {
    onFocus(event) {
      const card = (event.target as HTMLElement).closest("[data-finding-id]");
      focused.current = card ? { card, id: cardId(card), order: cardsIn(root.current).map(cardId) } : null;
    },
    onBlur(event) {
      const target = event.target as HTMLElement;
      if (root.current?.contains(event.relatedTarget as Node | null)) return;
      // Focus leaving for Word or elsewhere is the worker's choice; a card removed from under it is not.
      queueMicrotask(() => {
        if (target.isConnected) focused.current = null;
      });
    },
  };
}
