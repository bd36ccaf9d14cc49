"use client";

import { useSyncExternalStore } from "react";
import { platformOf, type Platform } from "./strokeLabels";

const subscribe = () => () => {};

/** Mac or not, for key labels (⌘ or Ctrl). The server renders "other"; a Mac corrects it on hydration. */
export function usePlatform(): Platform {
  return useSyncExternalStore(
    subscribe,
    () => platformOf(navigator.userAgent),
    () => "other",
  );
}
