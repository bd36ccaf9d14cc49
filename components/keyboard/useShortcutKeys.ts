"use client";

import { useEffect, useRef, useState } from "react";
import { IDLE, SEQUENCE_TIMEOUT_MS, resolveKey, type SequenceState } from "./keySequence";
import { OPEN_DIALOG_SELECTOR, keyFocusOf } from "./keyTarget";
import type { Shortcut, ShortcutAction, Stroke } from "./shortcuts";

const sameStrokes = (a: readonly Stroke[], b: readonly Stroke[]) => a.length === b.length && a.every((stroke, i) => stroke === b[i]);

/**
 * The one key handler: every key press on the page goes through the shortcut table's matcher.
 * `perform` says whether it could act (no search field on the page: `/` is left to the browser).
 * Listens on the document in the bubbling phase, so a widget that handles a key itself (the
 * palette's list, a popover's Escape) and prevents its default keeps it. Returns the keys of a
 * sequence typed so far (["g"]), for a hint.
 */
export function useShortcutKeys(shortcuts: readonly Shortcut[], perform: (action: ShortcutAction) => boolean): readonly Stroke[] {
  const sequence = useRef<SequenceState>(IDLE);
  const [pending, setPending] = useState<readonly Stroke[]>([]);

  useEffect(() => {
    let expiry: ReturnType<typeof setTimeout> | undefined;
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const focus = keyFocusOf(target, document.querySelector(OPEN_DIALOG_SELECTOR) !== null);
      const outcome = resolveKey(shortcuts, sequence.current, event, focus, event.timeStamp);
      sequence.current = outcome.state;
      setPending((shown) => (sameStrokes(shown, outcome.state.pending) ? shown : outcome.state.pending));
      clearTimeout(expiry);
      if (outcome.state.pending.length > 0) expiry = setTimeout(() => setPending([]), SEQUENCE_TIMEOUT_MS);
      const taken = outcome.shortcut ? perform(outcome.shortcut.action) : outcome.handled;
      if (taken) event.preventDefault();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      clearTimeout(expiry);
    };
  }, [shortcuts, perform]);

  return pending;
}
