"use client";

import { useSyncExternalStore } from "react";

/** Per user, so two people sharing a browser each keep their own unread count. */
const storageKey = (email: string) => `ringwatch-alerts-seen:${email}`;

const listeners = new Set<() => void>();
// Where storage is refused (some private modes), the badge still clears for as long as the tab lives.
const fallback = new Map<string, string>();

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  // Another tab marking alerts seen clears this tab's badge too.
  window.addEventListener("storage", onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onChange);
  };
}

function readSeen(email: string): string | null {
  try {
    return localStorage.getItem(storageKey(email)) ?? fallback.get(email) ?? null;
  } catch {
    return fallback.get(email) ?? null;
  }
}

/** The id of the last alert this user has seen; null before the first look (and on the server). */
export function useSeenAlertId(email: string): string | null {
  return useSyncExternalStore(
    subscribe,
    () => readSeen(email),
    () => null,
  );
}

export function storeSeenAlertId(email: string, id: string) {
  fallback.set(email, id);
  try {
    localStorage.setItem(storageKey(email), id);
  } catch {
    // Storage refused: the in-memory copy above is all there is.
  }
  listeners.forEach((notify) => notify());
}
