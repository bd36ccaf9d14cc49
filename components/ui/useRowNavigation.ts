"use client";

import { useRouter } from "next/navigation";
import type { MouseEvent } from "react";
import { ROW_ATTRIBUTE, ROW_LIST_ATTRIBUTE, ROW_PRIMARY_ATTRIBUTE } from "@/components/keyboard/keyTarget";
import { focusableRow, selectableRow } from "./styles";

/** On a row's link, or on the button that is its main action (one that opens a confirmation, never one that acts). */
export const rowPrimaryProps = { [ROW_PRIMARY_ATTRIBUTE]: "" } as const;

interface RowOptions {
  /** The row's page: the whole row opens it on click. */
  href?: string;
  className?: string;
}

/**
 * Every list's rows, for the keyboard and the mouse. The list and its rows carry data attributes;
 * the shortcut layer (components/keyboard) moves focus through them with j/k (and ↑/↓ inside the
 * list): to the row's primary control when it has one (`rowPrimaryProps`), else to the row itself.
 * Real DOM focus, so the row is tinted, screen readers announce it, Enter on its link opens the
 * page, and it survives background refreshes (rows are keyed by id). A click anywhere on a row with
 * a page opens it; its link stays the keyboard and middle-click path.
 */
export function useRowNavigation() {
  const router = useRouter();

  function open(event: MouseEvent<HTMLElement>, href: string) {
    const target = event.target as HTMLElement;
    if (target.closest("a, button, input, select, textarea, label") || window.getSelection()?.toString()) return;
    router.push(href);
  }

  return {
    listProps: { [ROW_LIST_ATTRIBUTE]: "" },
    rowProps: ({ href, className = "" }: RowOptions = {}) => ({
      [ROW_ATTRIBUTE]: "",
      tabIndex: -1,
      className: `${href ? focusableRow : selectableRow} ${className}`.trim(),
      onClick: href ? (event: MouseEvent<HTMLElement>) => open(event, href) : undefined,
    }),
  };
}
