import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { useId, useState, type ChangeEvent, type ReactElement } from "react";
import { loadedPackName, type LoadedPack } from "./demo-packs";

/**
 * "Load your organisation's template pack (.json)": reads the chosen file in the browser and
 * checks it with the same validation the command line uses. The file never leaves the page.
 */

type Outcome =
  { ok: true; name: string; sections: string[] } | { ok: false; file: string; errors: string[] } | null;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  label: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  input: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    ":focus-visible": {
      outlineStyle: "solid",
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface PackLoaderProps {
  /** The packs loaded so far, which a new one may extend. */
  loaded: readonly LoadedPack[];
  /** A pack that loads goes to the pane's Template list, as a pack deployed in packs/ does. */
  onLoaded(pack: LoadedPack): void;
}

export function PackLoader({ loaded, onLoaded }: PackLoaderProps): ReactElement {
  const styles = useStyles();
  const inputId = useId();
  const hintId = useId();
  const [outcome, setOutcome] = useState<Outcome>(null);

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const text = await file.text();
    const { createPackRegistry } = await import(
      /* webpackChunkName: "pack-loader" */ "../analysis/pack-registry"
    );
    const name = loadedPackName(text, "loaded.json");
    // Checked as the pane will lay it: over the built-in packs and those loaded before it.
    const others = loaded.filter((pack) => pack.name !== name);
    const registry = createPackRegistry([
      ...others.map((pack) => ({ file: pack.name, text: pack.text })),
      { file: name, text },
    ]);
    const problem = registry.problems.find((p) => p.file === name);
    const pack = registry.packs[registry.packs.length - 1];
    if (problem || !pack) {
      setOutcome({ ok: false, file: file.name, errors: problem?.errors ?? [] });
      return;
    }
    setOutcome({ ok: true, name: pack.name, sections: pack.sections.map((s) => s.heading) });
    onLoaded({ name, text });
  };

  return (
    <div className={styles.root}>
      <label className={styles.label} htmlFor={inputId}>
        Load your organisation&apos;s template pack (.json)
      </label>
      <input
        id={inputId}
        className={styles.input}
        type="file"
        accept=".json,application/json"
        aria-describedby={hintId}
        onChange={(event) => void onChange(event)}
      />
      <p className={styles.hint} id={hintId}>
        Checks the file here in your browser; it is not uploaded anywhere.
      </p>
      {outcome && (
        <MessageBar intent={outcome.ok ? "success" : "error"} role={outcome.ok ? "status" : "alert"}>
          <MessageBarBody>
            {outcome.ok ? (
              <>
                <MessageBarTitle>“{outcome.name}” is a valid template pack.</MessageBarTitle>
                Its {outcome.sections.length} headings: {outcome.sections.join("; ")}. It is now in the
                pane&apos;s Template list, as it would be deployed in the add-in&apos;s packs folder; the
                command line can check summaries against it too (<code>--template</code>).
              </>
            ) : (
              <>
                <MessageBarTitle>“{outcome.file}” can&apos;t be used as a template pack.</MessageBarTitle>
                <ul className={styles.errors}>
                  {outcome.errors.map((error) => (
                    <li key={error}>{error}</li>
                  ))}
                </ul>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
