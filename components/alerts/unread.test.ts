import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bellLabel, isNewerAlert, markerToSend, unreadBadge, unreadIds } from "./unread";

const item = (id: number, unread: boolean | null) => ({ id: String(id), unread });

describe("unread alerts", () => {
  it("compares ids as numbers, not as text", () => {
    expect(isNewerAlert("10", "9")).toBe(true);
    expect(isNewerAlert("9", "10")).toBe(false);
    expect(isNewerAlert("123", "123")).toBe(false);
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 18n }), fc.bigInt({ min: 1n, max: 10n ** 18n }), (a, b) => {
        expect(isNewerAlert(`${a}`, `${b}`)).toBe(a > b);
      }),
    );
  });

  it("names the bell with the server's count, capped on the badge", () => {
    expect(bellLabel(0)).toBe("Alerts, no unread");
    expect(bellLabel(1)).toBe("Alerts, 1 unread");
    expect(unreadBadge(0)).toBe("");
    expect(unreadBadge(120)).toBe("99+");
    expect(bellLabel(120)).toBe("Alerts, 99+ unread");
  });

  it("marks read up to the newest alert shown, once, and only when something shown is unread", () => {
    expect(markerToSend([item(12, true), item(11, false)], null)).toBe("12");
    expect(markerToSend([item(12, false), item(11, true)], null)).toBe("12");
    expect(markerToSend([item(12, false), item(11, false)], null)).toBeNull();
    expect(markerToSend([], null)).toBeNull();
    // A poll that still shows the alert unread (the read is in flight) sends nothing more.
    expect(markerToSend([item(12, true)], "12")).toBeNull();
    expect(markerToSend([item(13, true), item(12, false)], "12")).toBe("13");
    // API keys have no read state: nothing to send.
    expect(markerToSend([item(12, null)], null)).toBeNull();
  });

  it("keeps the unread ones highlighted", () => {
    expect([...unreadIds([item(3, true), item(2, false), item(1, true)])]).toEqual(["3", "1"]);
  });
});
