"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";

/**
 * A button that discloses a panel: Escape closes and gives focus back to the button; a click or
 * focus outside closes it. Enter and Space come free with the native button, and Tab walks into
 * the panel because the panel follows the button in the document.
 */
export function usePopover() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    const outside = (target: EventTarget | null) => target instanceof Node && !containerRef.current?.contains(target);
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") close(true);
    };
    const onPointer = (event: PointerEvent) => {
      if (outside(event.target)) close(false);
    };
    const onFocus = (event: FocusEvent) => {
      if (outside(event.target)) close(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("focusin", onFocus);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("focusin", onFocus);
    };
  }, [open, close]);

  return { open, toggle: () => setOpen((was) => !was), close, panelId, containerRef, buttonRef };
}
