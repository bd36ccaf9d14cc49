"use client";

import { nextRowIndex, type RowStep } from "@/components/ui/rowKeys";
import { ROW_ATTRIBUTE, ROW_LIST_ATTRIBUTE, ROW_PRIMARY_ATTRIBUTE } from "./keyTarget";

const LIST = `[${ROW_LIST_ATTRIBUTE}]`;
const ROW = `[${ROW_ATTRIBUTE}]`;

const isShown = (element: HTMLElement) => element.getClientRects().length > 0;

/** The list a row key is for: the innermost one holding focus, else the first shown on the page. */
function targetList(active: Element | null): HTMLElement | null {
  const holding = active?.closest<HTMLElement>(LIST);
  if (holding) return holding;
  return Array.from(document.querySelectorAll<HTMLElement>(LIST)).find(isShown) ?? null;
}

/** The list's own rows, not those of a list nested in one of them (a webhook's delivery log). */
function rowsOf(list: HTMLElement): HTMLElement[] {
  return Array.from(list.querySelectorAll<HTMLElement>(ROW)).filter((row) => row.closest(LIST) === list && isShown(row));
}

/** Where focus goes on a row: its link or main button, else the row itself. */
function focusTargetOf(row: HTMLElement): HTMLElement {
  const primary = row.querySelector<HTMLElement>(`[${ROW_PRIMARY_ATTRIBUTE}]`);
  return primary && primary.closest(ROW) === row ? primary : row;
}

/** j/k: focuses the next or previous row of the list in play; false when the page has none. */
export function stepRowFocus(step: RowStep): boolean {
  const active = document.activeElement;
  const list = targetList(active);
  if (!list) return false;
  const rows = rowsOf(list);
  const currentRow = active?.closest<HTMLElement>(ROW);
  const current = currentRow ? rows.indexOf(currentRow) : -1;
  const next = nextRowIndex(step, current >= 0 ? current : null, rows.length);
  if (next === null) return false;
  focusTargetOf(rows[next]).focus({ preventScroll: true });
  rows[next].scrollIntoView({ block: "nearest" });
  return true;
}

/** Enter on a focused row: what its link or main button would do on Enter. */
export function openFocusedRow(): boolean {
  const row = document.activeElement;
  if (!(row instanceof HTMLElement) || !row.hasAttribute(ROW_ATTRIBUTE)) return false;
  const target = focusTargetOf(row);
  if (target === row) return false;
  target.click();
  return true;
}
