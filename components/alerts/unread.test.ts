import { describe, expect, it } from "vitest";
import { bellLabel, countUnread, isNewerAlert, seenAfterViewing, unreadBadge } from "./unread";

describe("unread alerts", () => {
  it("compares ids as numbers, not as text", () => {
    expect(isNewerAlert("10", "9")).toBe(true);
    expect(isNewerAlert("9", "10")).toBe(false);
    expect(isNewerAlert("123", "123")).toBe(false);
    expect(isNewerAlert("1", null)).toBe(true);
  });

  it("counts the alerts newer than the last seen", () => {
    expect(countUnread(["12", "11", "10", "9"], "10", true)).toEqual({ count: 2, more: false });
    expect(countUnread(["12", "11"], "12", true)).toEqual({ count: 0, more: false });
    expect(countUnread([], null, false)).toEqual({ count: 0, more: false });
  });

  it("says 20+ when the whole page is unread and older alerts exist", () => {
    const page = Array.from({ length: 20 }, (_, i) => String(100 - i));
    expect(countUnread(page, null, true)).toEqual({ count: 20, more: true });
    expect(countUnread(page, "5", false)).toEqual({ count: 20, more: false });
    expect(unreadBadge({ count: 20, more: true })).toBe("20+");
  });

  it("names the bell with the count", () => {
    expect(bellLabel({ count: 0, more: false })).toBe("Alerts, no unread");
    expect(bellLabel({ count: 1, more: false })).toBe("Alerts, 1 unread");
    expect(bellLabel({ count: 20, more: true })).toBe("Alerts, 20+ unread");
  });

  it("remembers the newest alert viewed and never moves back", () => {
    expect(seenAfterViewing(["12", "11"], "10")).toBe("12");
    expect(seenAfterViewing(["12", "11"], null)).toBe("12");
    expect(seenAfterViewing(["8"], "10")).toBe("10");
    expect(seenAfterViewing([], "10")).toBe("10");
    expect(seenAfterViewing([], null)).toBeNull();
  });
});
