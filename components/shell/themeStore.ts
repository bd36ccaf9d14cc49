"use client";

import { useSyncExternalStore } from "react";

export type Theme = "light" | "dark";
/** Read by the pre-paint script in app/layout.tsx: keep the two in step. */
export const THEME_STORAGE_KEY = "ringwatch-theme";

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  return () => observer.disconnect();
}

const currentTheme = (): Theme => (document.documentElement.classList.contains("dark") ? "dark" : "light");

export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, currentTheme, () => "light");
}

export function applyTheme(theme: Theme) {
  document.documentElement.classList.toggle("dark", theme === "dark");
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Private browsing can refuse storage: the theme still applies for this page view.
  }
}
