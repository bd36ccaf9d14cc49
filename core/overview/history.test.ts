import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEPLOYMENT_STATUSES } from "../rollouts/deployment";
import { DAY_MS, RELEASE_OUTCOMES, crashFreeByDay, cumulativeByDay, dayEnds, dayIndex, deploymentEndedAt, releaseOutcome, ringsReached } from "./history";

const NOW = new Date("2026-12-16T12:00:00.000Z");
const dayCounts = fc.array(fc.record({ day: fc.integer({ min: -5, max: 40 }), n: fc.nat(1000) }), { maxLength: 30 });

describe("release outcome", () => {
  it("names every status with one outcome, and every outcome is reachable", () => {
    const outcomes = DEPLOYMENT_STATUSES.map(releaseOutcome);
    expect(new Set(outcomes)).toEqual(new Set(RELEASE_OUTCOMES));
    expect(releaseOutcome("active")).toBe("in_progress");
    expect(releaseOutcome("rolled_back")).toBe("rolled_back");
  });

  it("counts the rings reached in plan order, and ends only completed and rolled-back deployments", () => {
    const stages = [
      { ring: "canary", startedAt: "2026-12-10T00:00:00.000Z", finishedAt: "2026-12-10T01:00:00.000Z" },
      { ring: "early", startedAt: "2026-12-10T01:00:00.000Z", finishedAt: "2026-12-10T03:00:00.000Z" },
      { ring: "broad", startedAt: null, finishedAt: null },
    ];
    expect(ringsReached(stages)).toEqual(["canary", "early"]);
    // A completed deployment whose last stage has no finish time (older rows) ends when it was last updated.
    expect(deploymentEndedAt("completed", stages, "2026-12-11T00:00:00.000Z")).toBe("2026-12-11T00:00:00.000Z");
    expect(deploymentEndedAt("completed", stages.slice(0, 2), "2026-12-11T00:00:00.000Z")).toBe("2026-12-10T03:00:00.000Z");
    expect(deploymentEndedAt("rolled_back", stages, "2026-12-11T00:00:00.000Z")).toBe("2026-12-11T00:00:00.000Z");
    for (const live of ["active", "paused", "halted"] as const) expect(deploymentEndedAt(live, stages, "2026-12-11T00:00:00.000Z")).toBeNull();
  });
});

describe("days of the window", () => {
  it("ends the last day now and puts every time of the window in its day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 90 }), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (days, at) => {
        const window = { now: NOW, days };
        const ends = dayEnds(window);
        expect(ends).toHaveLength(days);
        expect(ends.at(-1)).toEqual(NOW);
        const time = new Date(NOW.getTime() - days * DAY_MS + Math.floor(at * days * DAY_MS));
        const day = dayIndex(window, time);
        expect(day).toBeGreaterThanOrEqual(0);
        expect(day).toBeLessThan(days);
        expect(time.getTime()).toBeLessThan(ends[day].getTime());
        expect(time.getTime()).toBeGreaterThanOrEqual(ends[day].getTime() - DAY_MS);
      }),
    );
  });
});

describe("running totals by day", () => {
  it("never fall, start with what came before and end with everything up to the last day", () => {
    fc.assert(
      fc.property(dayCounts, fc.integer({ min: 1, max: 30 }), (counts, days) => {
        const totals = cumulativeByDay(counts, days);
        expect(totals).toHaveLength(days);
        for (let i = 1; i < days; i++) expect(totals[i]).toBeGreaterThanOrEqual(totals[i - 1]);
        const sum = (keep: (day: number) => boolean) => counts.filter((c) => keep(c.day)).reduce((s, c) => s + c.n, 0);
        expect(totals[0]).toBe(sum((d) => d <= 0));
        expect(totals[days - 1]).toBe(sum((d) => d < days));
      }),
    );
  });

  it("crash-free is known devices less those that crashed that day, within 0..known", () => {
    fc.assert(
      fc.property(dayCounts, dayCounts, fc.integer({ min: 1, max: 30 }), (seen, crashed, days) => {
        const series = crashFreeByDay(seen, crashed, days);
        const known = cumulativeByDay(seen, days);
        series.forEach((point, day) => {
          expect(point.devices).toBe(known[day]);
          expect(point.crashFree).toBeGreaterThanOrEqual(0);
          expect(point.crashFree).toBeLessThanOrEqual(point.devices);
          const crashedThatDay = crashed.filter((c) => c.day === day).reduce((s, c) => s + c.n, 0);
          expect(point.crashFree).toBe(Math.max(0, known[day] - crashedThatDay));
        });
      }),
    );
  });
});
