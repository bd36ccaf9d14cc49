import { describe, expect, it } from "vitest";
import { isKeyForField, nextRowIndex } from "./rowKeys";

const key = (k: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe("nextRowIndex", () => {
  it("j and k move one row and stop at the ends", () => {
    expect(nextRowIndex(key("j"), 0, 3, true)).toBe(1);
    expect(nextRowIndex(key("j"), 2, 3, true)).toBe(2);
    expect(nextRowIndex(key("k"), 1, 3, true)).toBe(0);
    expect(nextRowIndex(key("k"), 0, 3, true)).toBe(0);
  });

  it("j from outside the list starts at the first row", () => {
    expect(nextRowIndex(key("j"), null, 3, false)).toBe(0);
    expect(nextRowIndex(key("k"), null, 3, false)).toBe(0);
  });

  it("leaves arrow keys to page scrolling unless focus is in the list", () => {
    expect(nextRowIndex(key("ArrowDown"), null, 3, false)).toBeNull();
    expect(nextRowIndex(key("ArrowDown"), 0, 3, true)).toBe(1);
    expect(nextRowIndex(key("ArrowUp"), 2, 3, true)).toBe(1);
  });

  it("ignores modified keys, other keys and empty lists", () => {
    expect(nextRowIndex(key("j", { ctrlKey: true }), 0, 3, true)).toBeNull();
    expect(nextRowIndex(key("J", { shiftKey: true }), 0, 3, true)).toBeNull();
    expect(nextRowIndex(key("x"), 0, 3, true)).toBeNull();
    expect(nextRowIndex(key("j"), null, 0, false)).toBeNull();
  });
});

describe("isKeyForField", () => {
  it("keeps keys typed into fields and dialogs away from the list", () => {
    expect(isKeyForField({ tagName: "INPUT" })).toBe(true);
    expect(isKeyForField({ tagName: "DIV", isContentEditable: true })).toBe(true);
    expect(isKeyForField({ tagName: "BUTTON", closest: (s: string) => (s === "dialog[open]" ? {} : null) })).toBe(true);
    expect(isKeyForField({ tagName: "A", closest: () => null })).toBe(false);
    expect(isKeyForField(null)).toBe(false);
  });
});
