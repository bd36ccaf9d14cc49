"use client";

import { useEffect, useRef } from "react";

/**
 * A native <dialog> shown as a modal while `open`: the browser traps focus, makes the page inert,
 * closes on Escape (the dialog's cancel event, which the caller maps to its own close) and gives
 * focus back to where it was on close.
 */
export function useModalDialog(open: boolean) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return dialogRef;
}
