import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatRelativeTime } from "./time";

const NOW = Date.parse("2026-12-01T12:00:00.000Z");
const at = (offsetMs: number) => new Date(NOW + offsetMs).toISOString();

describe("formatRelativeTime", () => {
  it("reads a past instant that a slightly-off clock puts ahead of now as just now, never as in …", () => {
    // A user created a moment ago, rendered with a clock a few seconds behind the server's: "Created in 6s" was the bug.
    expect(formatRelativeTime(at(6_000), NOW)).toBe("just now");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 24 * 3600_000 }), (ahead) => {
        expect(formatRelativeTime(at(ahead), NOW)).toBe("just now");
      }),
    );
  });

  it("says how long ago a past instant was", () => {
    expect(formatRelativeTime(at(-3_000), NOW)).toBe("just now");
    expect(formatRelativeTime(at(-12_000), NOW)).toBe("12s ago");
    expect(formatRelativeTime(at(-5 * 60_000), NOW)).toBe("5m ago");
    expect(formatRelativeTime(at(-3 * 3600_000), NOW)).toBe("3h ago");
    expect(formatRelativeTime(at(-4 * 86_400_000), NOW)).toBe("4d ago");
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 * 86_400_000 }), (ago) => {
        expect(formatRelativeTime(at(-ago), NOW)).toMatch(/^(just now|\d+[smhd] ago)$/);
      }),
    );
  });

  it("counts down to a future deadline only when the caller says it is one", () => {
    expect(formatRelativeTime(at(2 * 60_000), NOW, { deadline: true })).toBe("in 2m");
    expect(formatRelativeTime(at(-2 * 60_000), NOW, { deadline: true })).toBe("2m ago");
    expect(formatRelativeTime(at(2 * 60_000), NOW)).toBe("just now");
  });
});
