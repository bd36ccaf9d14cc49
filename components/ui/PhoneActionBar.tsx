"use client";

import { useSyncExternalStore, type ReactNode } from "react";
import { createPortal } from "react-dom";

/** Where the shell keeps the phone's bottom action bar (rendered once, empty and hidden until a page fills it). */
export const PHONE_ACTION_BAR_ID = "phone-action-bar";

/** Below Tailwind's `sm` (40rem), the width of a phone held upright. */
const PHONE_MEDIA_QUERY = "(max-width: 39.98rem)";

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia(PHONE_MEDIA_QUERY);
  list.addEventListener("change", onChange);
  return () => list.removeEventListener("change", onChange);
}

/**
 * The bar's element while the viewport is a phone's, else null. The server and the first client
 * render answer null (no viewport yet), so the actions first render in place and then move.
 */
function usePhoneActionBar(): HTMLElement | null {
  return useSyncExternalStore(
    subscribe,
    () => (window.matchMedia(PHONE_MEDIA_QUERY).matches ? document.getElementById(PHONE_ACTION_BAR_ID) : null),
    () => null,
  );
}

/**
 * A page's primary actions: in place on wider screens, and on phones moved (not copied, so each
 * button and its dialog exist once) into the bar at the bottom of the screen, under the thumb.
 */
export function PhoneActions({ label, children }: { label: string; children: ReactNode }) {
  const bar = usePhoneActionBar();
  const group = (
    <div role="group" aria-label={label} className="flex flex-wrap items-center gap-2 max-sm:w-full">
      {children}
    </div>
  );
  return bar ? createPortal(group, bar) : group;
}
