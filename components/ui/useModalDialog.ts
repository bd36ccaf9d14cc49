"use client";

import { useEffect, useRef, type RefObject } from "react";

/**
 * A native <dialog> shown as a modal while `open`: the browser traps focus, makes the page inert,
 * closes on Escape (the dialog's cancel event, which the caller maps to its own close) and gives
 * focus back to where it was on close. `initialFocus` takes focus on opening, where the browser's
 * own pick (the first focusable element, which may be a wrapper with tabindex -1) is not the one.
 */
export function useModalDialog(open: boolean, initialFocus?: RefObject<HTMLElement | null>) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      initialFocus?.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, initialFocus]);
  return dialogRef;
}
