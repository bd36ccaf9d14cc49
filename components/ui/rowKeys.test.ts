import { describe, expect, it } from "vitest";
import { nextRowIndex } from "./rowKeys";

describe("nextRowIndex", () => {
  it("moves one row and stops at the ends", () => {
    expect(nextRowIndex("next", 0, 3)).toBe(1);
    expect(nextRowIndex("next", 2, 3)).toBe(2);
    expect(nextRowIndex("previous", 1, 3)).toBe(0);
    expect(nextRowIndex("previous", 0, 3)).toBe(0);
  });

  it("starts at the first row from outside the list", () => {
    expect(nextRowIndex("next", null, 3)).toBe(0);
    expect(nextRowIndex("previous", null, 3)).toBe(0);
  });

  it("has nowhere to go in an empty list", () => {
    expect(nextRowIndex("next", null, 0)).toBeNull();
  });
});
