import { createContext, useContext, type ReactElement, type ReactNode } from "react";
import type { Pack } from "../../guidance";

/**
 * The names of the packs the pane has, by id, so a check that came from one layer of a template
 * can say which by the name the worker knows ("from Leeds children's team additions").
 */
const PackNames = createContext<ReadonlyMap<string, string>>(new Map());

export function PackNamesProvider(props: { packs: readonly Pack[]; children: ReactNode }): ReactElement {
  const names = new Map(props.packs.map((pack) => [pack.id, pack.name]));
  return <PackNames.Provider value={names}>{props.children}</PackNames.Provider>;
}

/** The pack's name, its id where the pane does not have it, or null for no pack. */
export function usePackName(id: string | undefined): string | null {
  const names = useContext(PackNames);
  if (!id) return null;
  return names.get(id) ?? id;
}
