import { useEffect, useState } from "react";
import { loadRuntime } from "../../taskpane/load-runtime";

/**
 * The built-in packs' names by id, for naming the worked examples. They arrive with the engine's
 * chunk (which the pane loads too); until then the map is empty.
 */
export function usePackNames(): Record<string, string> {
  const [packNames, setPackNames] = useState<Record<string, string>>({});
  useEffect(() => {
    let current = true;
    void loadRuntime().then((runtime) => {
      if (current) setPackNames(Object.fromEntries(runtime.builtInPacks.map((p) => [p.id, p.name])));
    });
    return () => {
      current = false;
    };
  }, []);
  return packNames;
}
