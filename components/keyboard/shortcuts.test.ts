import { describe, expect, it } from "vitest";
import { NAV_ITEMS } from "@/components/shell/navigation";
import { GO_TO_LETTERS, SHORTCUTS, shortcutsFor } from "./shortcuts";
import { ariaKeys, platformOf, strokeCaps } from "./strokeLabels";

const sequences = SHORTCUTS.flatMap((s) => s.bindings.map((b) => b.keys.join(" ")));

describe("the shortcut table", () => {
  it("has a g-letter for every section of the navigation, each letter once", () => {
    for (const item of NAV_ITEMS) {
      const shortcut = SHORTCUTS.find((s) => s.action.type === "goTo" && s.action.href === item.href);
      expect(shortcut?.bindings[0].keys, item.href).toEqual(["g", GO_TO_LETTERS[item.href]]);
    }
    const letters = Object.values(GO_TO_LETTERS);
    expect(new Set(letters).size).toBe(letters.length);
  });

  it("binds each key sequence once, and no single key is also the start of a sequence", () => {
    expect(new Set(sequences).size).toBe(sequences.length);
    const starts = new Set(SHORTCUTS.flatMap((s) => s.bindings.filter((b) => b.keys.length > 1).map((b) => b.keys[0])));
    for (const shortcut of SHORTCUTS) for (const b of shortcut.bindings) if (b.keys.length === 1) expect(starts.has(b.keys[0]), b.keys[0]).toBe(false);
  });

  it("lets only chords fire from fields", () => {
    for (const shortcut of SHORTCUTS.filter((s) => s.inFields)) for (const b of shortcut.bindings) expect(b.keys.every((k) => k.startsWith("Mod+"))).toBe(true);
  });

  it("gives g s (settings) to admins only, as the navigation does", () => {
    expect(shortcutsFor("admin").map((s) => s.id)).toContain("go:/settings");
    for (const role of ["viewer", "analyst", "operator"] as const) {
      const ids = shortcutsFor(role).map((s) => s.id);
      expect(ids).not.toContain("go:/settings");
      expect(ids).toContain("go:/devices");
    }
  });
});

describe("stroke labels", () => {
  it("prints the platform's modifier and lower-case plain letters", () => {
    expect(strokeCaps("Mod+k", "mac")).toEqual(["⌘", "K"]);
    expect(strokeCaps("Mod+k", "other")).toEqual(["Ctrl", "K"]);
    expect(strokeCaps("g", "other")).toEqual(["g"]);
    expect(strokeCaps("ArrowDown", "other")).toEqual(["↓"]);
    expect(strokeCaps("?", "mac")).toEqual(["?"]);
    expect(ariaKeys("Mod+k", "mac")).toBe("Meta+K");
    expect(ariaKeys("Mod+k", "other")).toBe("Control+K");
  });

  it("tells a Mac from the user agent", () => {
    expect(platformOf("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)")).toBe("mac");
    expect(platformOf("Mozilla/5.0 (X11; Linux x86_64)")).toBe("other");
  });
});
