import type { Stroke } from "./shortcuts";

export type Platform = "mac" | "other";

const KEY_NAMES: Record<string, string> = { ArrowDown: "↓", ArrowUp: "↑", ArrowLeft: "←", ArrowRight: "→", Enter: "Enter", Escape: "Esc" };

/**
 * The key caps of one stroke: `Mod+k` is ["⌘", "K"] on a Mac, ["Ctrl", "K"] elsewhere. A plain
 * letter stays lower-case, since Shift with it (a capital) is another stroke.
 */
export function strokeCaps(stroke: Stroke, platform: Platform): string[] {
  const parts = stroke.split("+");
  const key = parts.pop() || "+";
  const mods = parts.map((mod) => (mod === "Mod" ? (platform === "mac" ? "⌘" : "Ctrl") : mod === "Alt" && platform === "mac" ? "⌥" : mod));
  return [...mods, KEY_NAMES[key] ?? (mods.length > 0 ? key.toUpperCase() : key)];
}

/** The stroke in words, for aria-keyshortcuts and titles: "Control+K", "Meta+K", "G". */
export function ariaKeys(stroke: Stroke, platform: Platform): string {
  return stroke.replace("Mod", platform === "mac" ? "Meta" : "Control").replace(/[a-z]$/, (c) => c.toUpperCase());
}

export function platformOf(userAgent: string): Platform {
  return /Mac|iPhone|iPad/.test(userAgent) ? "mac" : "other";
}
