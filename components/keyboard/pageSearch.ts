"use client";

const SEARCH_FORM = 'main form[role="search"]';
const FIELD = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

/** `/`: focuses the first field of the page's search or filter form; false on pages without one. */
export function focusPageSearch(): boolean {
  const field = document.querySelector(SEARCH_FORM)?.querySelector<HTMLElement>(FIELD);
  if (!field) return false;
  field.focus();
  if (field instanceof HTMLInputElement) field.select();
  return true;
}
