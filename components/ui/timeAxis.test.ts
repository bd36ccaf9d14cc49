import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_TIME_TICKS, timeAxis, timeZoneCaption, uniqueTimeFormat, utcOffsetLabel } from "./timeAxis";

const ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"];
const YEAR = 365 * 24 * 3600_000;
const START = Date.UTC(2020, 0, 1);

describe("timeAxis", () => {
  it("for any range, its ticks increase, lie in the range and never repeat a label", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: START, max: START + 10 * YEAR }),
        fc.oneof(fc.integer({ min: 0, max: 120_000 }), fc.integer({ min: 0, max: 3 * 24 * 3600_000 }), fc.integer({ min: 0, max: 3 * YEAR })),
        fc.constantFrom(...ZONES),
        (min, span, timeZone) => {
          const max = min + span;
          const { ticks, format } = timeAxis(min, max, { timeZone, locale: "en-US" });
          expect(ticks.length).toBeGreaterThan(0);
          expect(ticks.length).toBeLessThanOrEqual(MAX_TIME_TICKS);
          for (let i = 1; i < ticks.length; i++) expect(ticks[i]).toBeGreaterThan(ticks[i - 1]);
          for (const t of ticks) expect(t >= min && t <= max).toBe(true);
          const labels = ticks.map(format);
          expect(new Set(labels).size).toBe(labels.length);
        },
      ),
    );
  });

  it("keeps labels short when they are unambiguous and adds the date when a clock time would repeat", () => {
    const morning = Date.UTC(2026, 10, 22, 8, 0);
    expect(
      timeAxis(morning, morning + 2 * 3600_000, { timeZone: "UTC", locale: "en-US" }).ticks.map((t) =>
        timeAxis(morning, morning + 2 * 3600_000, { timeZone: "UTC", locale: "en-US" }).format(t),
      ),
    ).toContain("09:00");
    const long = timeAxis(morning, morning + 30 * 3600_000, { timeZone: "UTC", locale: "en-US" });
    expect(long.ticks.map(long.format).every((label) => label.includes("Nov"))).toBe(true);
  });

  it("tells the two 01:30 of a DST fall-back apart", () => {
    // 2026-11-01 05:00-06:59 UTC is 01:00-01:59 twice in New York.
    const axis = timeAxis(Date.UTC(2026, 10, 1, 5, 0), Date.UTC(2026, 10, 1, 6, 45), { timeZone: "America/New_York", locale: "en-US", maxTicks: 6 });
    const labels = axis.ticks.map(axis.format);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe("time zone caption", () => {
  it("names the zone and its offset at that instant", () => {
    expect(timeZoneCaption(Date.UTC(2026, 0, 15), "Europe/Berlin")).toBe("times in Europe/Berlin (UTC+1)");
    expect(timeZoneCaption(Date.UTC(2026, 6, 15), "Europe/Berlin")).toBe("times in Europe/Berlin (UTC+2)");
    expect(utcOffsetLabel(Date.UTC(2026, 0, 15), "Asia/Kolkata")).toBe("UTC+5:30");
    expect(utcOffsetLabel(Date.UTC(2026, 0, 15), "UTC")).toBe("UTC");
    expect(timeZoneCaption(Date.UTC(2026, 0, 15), "UTC")).toBe("times in UTC");
    expect(utcOffsetLabel(Date.UTC(2026, 0, 15), "America/New_York")).toBe("UTC-5");
  });
});

describe("uniqueTimeFormat", () => {
  it("labels every bucket of a bar chart differently, even across days", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: START, max: START + YEAR }),
        fc.constantFrom(60_000, 300_000, 3_600_000),
        fc.integer({ min: 1, max: 80 }),
        (start, width, count) => {
          const times = Array.from({ length: count }, (_, i) => start + i * width);
          const format = uniqueTimeFormat(times, width, { timeZone: "Europe/Berlin", locale: "en-US" });
          expect(new Set(times.map(format)).size).toBe(times.length);
        },
      ),
    );
  });
});
