import type { KeyFocus } from "./keySequence";

/* Where a key press lands, read through the few DOM properties it needs, so it tests without a DOM. */

const EDITABLE_TAGS = new Set(["INPUT", "SELECT", "TEXTAREA"]);

/** Attributes the lists carry (components/ui/useRowNavigation.ts): the list, its rows, a row's main control. */
export const ROW_LIST_ATTRIBUTE = "data-row-list";
export const ROW_ATTRIBUTE = "data-row";
export const ROW_PRIMARY_ATTRIBUTE = "data-row-primary";

/** Open modal dialogs: the native <dialog> the app uses, and ARIA modals in case one comes from a library. */
export const OPEN_DIALOG_SELECTOR = 'dialog[open], [role="dialog"][aria-modal="true"]';

export interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
}

/** Typing in a field: letters there are text, not shortcuts. */
export function isTypingTarget(target: TargetLike | null | undefined): boolean {
  if (!target) return false;
  return (target.tagName !== undefined && EDITABLE_TAGS.has(target.tagName.toUpperCase())) || target.isContentEditable === true;
}

export interface FocusTarget extends TargetLike {
  closest?: (selector: string) => unknown;
  hasAttribute?: (name: string) => boolean;
}

/** The matcher's view of a key press's target (the focused element, or the body). */
export function keyFocusOf(target: FocusTarget | null | undefined, dialogOpen: boolean): KeyFocus {
  return {
    typing: isTypingTarget(target),
    dialogOpen,
    inList: Boolean(target?.closest?.(`[${ROW_LIST_ATTRIBUTE}]`)),
    onRow: Boolean(target?.hasAttribute?.(ROW_ATTRIBUTE)),
  };
}
