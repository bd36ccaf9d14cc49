import type { Binding, Shortcut, Stroke } from "./shortcuts";

/** "g then d" counts when d comes within this long of g. */
export const SEQUENCE_TIMEOUT_MS = 1000;

/** The parts of a KeyboardEvent the matcher reads. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  repeat?: boolean;
  isComposing?: boolean;
}

/** Where the key was pressed (see keyTarget.ts). */
export interface KeyFocus {
  /** Focus is in an input, textarea, select or contenteditable. */
  typing: boolean;
  /** A dialog is open: its keys are its own. */
  dialogOpen: boolean;
  /** Focus is inside a keyboard-navigable list. */
  inList: boolean;
  /** Focus is on a list row itself, not on a control inside it. */
  onRow: boolean;
}

export interface SequenceState {
  pending: readonly Stroke[];
  /** When the last key of `pending` was pressed (ms). */
  at: number;
}

export const IDLE: SequenceState = { pending: [], at: 0 };

export interface KeyOutcome {
  state: SequenceState;
  shortcut: Shortcut | null;
  /** The key was taken, as a shortcut or the start of a sequence: the browser's default should not run. */
  handled: boolean;
}

const NOTHING: KeyOutcome = { state: IDLE, shortcut: null, handled: false };

/** Pressed on their way to a stroke (Shift before `?`): they neither match nor break a sequence. */
const MODIFIER_KEYS = new Set(["Shift", "Control", "Alt", "AltGraph", "Meta", "CapsLock", "Fn", "OS"]);

/**
 * The stroke a key press makes: `Mod+` for exactly one of Ctrl and ⌘, `Alt+` and (with another
 * modifier) `Shift+`. Ctrl and ⌘ together make a stroke no shortcut uses. A letter typed with Caps
 * Lock on counts as the letter.
 */
export function strokeOf(press: KeyPress): Stroke {
  const mod = press.ctrlKey && press.metaKey ? "Ctrl+Meta+" : press.ctrlKey || press.metaKey ? "Mod+" : "";
  const alt = press.altKey ? "Alt+" : "";
  const chord = Boolean(mod || alt);
  const shift = chord && press.shiftKey ? "Shift+" : "";
  const letter = /^[a-z]$/i.test(press.key);
  const key = letter && (chord || !press.shiftKey) ? press.key.toLowerCase() : press.key;
  return `${mod}${alt}${shift}${key}`;
}

function bindingApplies(shortcut: Shortcut, binding: Binding, focus: KeyFocus): boolean {
  if (focus.dialogOpen) return false;
  if (focus.typing && !shortcut.inFields) return false;
  if (binding.scope === "inList") return focus.inList;
  if (binding.scope === "onRow") return focus.onRow;
  return true;
}

const startsWith = (keys: readonly Stroke[], prefix: readonly Stroke[]) => prefix.every((stroke, i) => keys[i] === stroke);

function match(shortcuts: readonly Shortcut[], sequence: readonly Stroke[], focus: KeyFocus, now: number, repeat: boolean): KeyOutcome | null {
  let prefix = false;
  for (const shortcut of shortcuts) {
    for (const binding of shortcut.bindings) {
      if (!startsWith(binding.keys, sequence) || !bindingApplies(shortcut, binding, focus)) continue;
      if (binding.keys.length === sequence.length) {
        if (repeat && !shortcut.repeats) return NOTHING;
        return { state: IDLE, shortcut, handled: true };
      }
      prefix = true;
    }
  }
  return prefix && !repeat ? { state: { pending: sequence, at: now }, shortcut: null, handled: true } : null;
}

/**
 * What a key press does, given the sequence typed so far. A key that neither completes nor continues
 * the pending sequence starts afresh, so `g x j` still moves down a row.
 */
export function resolveKey(shortcuts: readonly Shortcut[], state: SequenceState, press: KeyPress, focus: KeyFocus, now: number): KeyOutcome {
  if (press.isComposing) return NOTHING;
  if (MODIFIER_KEYS.has(press.key)) return { state, shortcut: null, handled: false };
  const stroke = strokeOf(press);
  const pending = now - state.at <= SEQUENCE_TIMEOUT_MS ? state.pending : [];
  const repeat = Boolean(press.repeat);
  if (pending.length > 0) {
    const continued = match(shortcuts, [...pending, stroke], focus, now, repeat);
    if (continued) return continued;
  }
  return match(shortcuts, [stroke], focus, now, repeat) ?? NOTHING;
}
