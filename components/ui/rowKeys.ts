/** Keys that move through a list of rows, mail-client style: j/k anywhere, arrows inside the list. */
const DOWN_KEYS = new Set(["j", "ArrowDown"]);
const UP_KEYS = new Set(["k", "ArrowUp"]);
const ARROW_KEYS = new Set(["ArrowDown", "ArrowUp"]);
const EDITABLE_TAGS = new Set(["INPUT", "SELECT", "TEXTAREA"]);

export interface RowKeyEvent {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/**
 * The row to focus after a key press, or null when the key is not ours. `current` is the focused
 * row's index (null when focus is outside the list); `inList` says whether focus is inside it, since
 * arrow keys outside the list belong to page scrolling.
 */
export function nextRowIndex(event: RowKeyEvent, current: number | null, count: number, inList: boolean): number | null {
  if (count === 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  if (ARROW_KEYS.has(event.key) && !inList) return null;
  if (DOWN_KEYS.has(event.key)) return current === null ? 0 : Math.min(current + 1, count - 1);
  if (UP_KEYS.has(event.key)) return current === null ? 0 : Math.max(current - 1, 0);
  return null;
}

/** Typing in a field, or a dialog on top: keys are not for the list then. */
export function isKeyForField(target: { tagName?: string; isContentEditable?: boolean; closest?: (selector: string) => unknown } | null): boolean {
  if (!target) return false;
  if (target.tagName && EDITABLE_TAGS.has(target.tagName)) return true;
  if (target.isContentEditable) return true;
  return Boolean(target.closest?.("dialog[open]"));
}
