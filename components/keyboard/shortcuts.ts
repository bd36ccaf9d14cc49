import type { Role } from "@/queries/access";
import { NAV_ITEMS } from "@/components/shell/navigation";

/**
 * A key as `KeyboardEvent.key` names it ("g", "?", "/", "ArrowDown", "Enter"). `Mod+k` is Ctrl+K,
 * or ⌘K on a Mac. A plain stroke carries no modifier: Shift is part of the character ("?", "G").
 */
export type Stroke = string;

export type RowMove = "next" | "previous" | "open";

export type ShortcutAction =
  { type: "openPalette" } | { type: "openSheet" } | { type: "focusSearch" } | { type: "goTo"; href: string } | { type: "row"; move: RowMove };

/**
 * Where focus must be, beyond the rule every shortcut follows (not in a field, no dialog open):
 * arrows move rows only inside a list, so elsewhere they still scroll the page; Enter acts only on a
 * row itself, since a focused link or button inside a row answers Enter on its own.
 */
export type BindingScope = "anywhere" | "inList" | "onRow";

export interface Binding {
  keys: readonly Stroke[];
  scope?: BindingScope;
}

export const SHORTCUT_GROUPS = ["General", "Go to", "Lists"] as const;
export type ShortcutGroup = (typeof SHORTCUT_GROUPS)[number];

export interface Shortcut {
  id: string;
  group: ShortcutGroup;
  description: string;
  bindings: readonly Binding[];
  action: ShortcutAction;
  /** Fires while focus is in a field too. Only for chords, which type nothing. */
  inFields?: boolean;
  /** Keeps firing while the key is held down (moving through a list). */
  repeats?: boolean;
  /** Roles that have it; every role when absent. */
  roles?: readonly Role[];
}

/** `g` then a letter: the section's initial where it is free, else a letter of its name. */
export const GO_TO_LETTERS: Readonly<Record<string, string>> = {
  "/overview": "o",
  "/deployments": "p",
  "/anomalies": "a",
  "/alerts": "l",
  "/remediation": "r",
  "/devices": "d",
  "/audit": "u",
  "/settings": "s",
};

const GO_TO: Shortcut[] = NAV_ITEMS.map((item) => ({
  id: `go:${item.href}`,
  group: "Go to",
  description: item.label,
  bindings: [{ keys: ["g", GO_TO_LETTERS[item.href]] }],
  action: { type: "goTo", href: item.href },
  roles: item.roles,
}));

/** The one table: the shortcut sheet lists it and the key handler (useShortcutKeys) runs it. */
export const SHORTCUTS: readonly Shortcut[] = [
  {
    id: "palette",
    group: "General",
    description: "Open the command palette",
    bindings: [{ keys: ["Mod+k"] }],
    action: { type: "openPalette" },
    inFields: true,
  },
  { id: "sheet", group: "General", description: "Show keyboard shortcuts", bindings: [{ keys: ["?"] }], action: { type: "openSheet" } },
  { id: "search", group: "General", description: "Focus the page's search or first filter", bindings: [{ keys: ["/"] }], action: { type: "focusSearch" } },
  ...GO_TO,
  {
    id: "row:next",
    group: "Lists",
    description: "Next row",
    bindings: [{ keys: ["j"] }, { keys: ["ArrowDown"], scope: "inList" }],
    action: { type: "row", move: "next" },
    repeats: true,
  },
  {
    id: "row:previous",
    group: "Lists",
    description: "Previous row",
    bindings: [{ keys: ["k"] }, { keys: ["ArrowUp"], scope: "inList" }],
    action: { type: "row", move: "previous" },
    repeats: true,
  },
  {
    id: "row:open",
    group: "Lists",
    description: "Open the row, or start its main action",
    bindings: [{ keys: ["Enter"], scope: "onRow" }],
    action: { type: "row", move: "open" },
  },
];

export function shortcutsFor(role: Role, table: readonly Shortcut[] = SHORTCUTS): Shortcut[] {
  return table.filter((shortcut) => !shortcut.roles || shortcut.roles.includes(role));
}
