import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { ThemeName } from "../word/office-host";

export const THEMES: Record<ThemeName, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  "high-contrast": teamsHighContrastTheme,
};

/**
 * Follows Windows high contrast as it is switched on and off, without reopening the pane.
 * `readTheme` reads Office's theme again (officeThemeName); without it the pane switches between
 * `theme` and high contrast.
 */
export function useFollowedTheme(theme: ThemeName, readTheme?: () => ThemeName): ThemeName {
  const [changedTo, setChangedTo] = useState<ThemeName | null>(null);
  const readThemeRef = useRef(readTheme);
  readThemeRef.current = readTheme;
  useEffect(() => {
    if (typeof window.matchMedia !== "function") return;
    const forcedColours = window.matchMedia("(forced-colors: active)");
    const onChange = (event: MediaQueryListEvent) => {
      const read = readThemeRef.current;
      if (read) setChangedTo(read());
      else setChangedTo(event.matches ? "high-contrast" : theme === "high-contrast" ? "light" : theme);
    };
    forcedColours.addEventListener("change", onChange);
    return () => forcedColours.removeEventListener("change", onChange);
  }, [theme]);
  return changedTo ?? theme;
}
