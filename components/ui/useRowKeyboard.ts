"use client";

import { useEffect, useRef } from "react";
import { isKeyForField, nextRowIndex } from "./rowKeys";

/** Marks the one focusable element per row (its link) that keyboard navigation moves between. */
const ROW_LINK_ATTRIBUTE = "data-row-link";
export const rowLinkProps = { [ROW_LINK_ATTRIBUTE]: "" } as const;

/**
 * j/k (anywhere on the page) and ↑/↓ (inside the list) move focus from row link to row link; Enter on
 * a focused link opens it, as links do. Real DOM focus, so the focus ring shows and screen readers
 * announce the row, and it survives background refreshes (rows are keyed by id).
 */
export function useRowKeyboard<T extends HTMLElement>() {
  const listRef = useRef<T>(null);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const list = listRef.current;
      if (!list || event.defaultPrevented || isKeyForField(event.target as HTMLElement | null)) return;
      const links = Array.from(list.querySelectorAll<HTMLElement>(`[${ROW_LINK_ATTRIBUTE}]`));
      const active = document.activeElement;
      const inList = active instanceof HTMLElement && list.contains(active);
      const currentLink = inList ? active.closest("tr, li")?.querySelector<HTMLElement>(`[${ROW_LINK_ATTRIBUTE}]`) : null;
      const current = currentLink ? links.indexOf(currentLink) : -1;
      const next = nextRowIndex(event, current >= 0 ? current : null, links.length, inList);
      if (next === null) return;
      event.preventDefault();
      links[next].focus();
      links[next].scrollIntoView({ block: "nearest" });
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  return listRef;
}
