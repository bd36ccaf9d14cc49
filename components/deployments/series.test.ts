import { describe, expect, it } from "vitest";
import type { DeploymentSeries } from "@/queries/rollouts";
import { crashRateRows, exposureRings, exposureRows, hasCrashRateData } from "./series";

const series: DeploymentSeries = {
  bucketSec: 60,
  points: [
    {
      t: "2026-11-22T10:00:00.000Z",
      exposed: { canary: 5 },
      crashRate: { candidate: null, baseline: 0.01 },
      crashCounts: { candidate: { crashed: 0, of: 0 }, baseline: { crashed: 1, of: 100 } },
    },
    {
      t: "2026-11-22T10:01:00.000Z",
      exposed: { canary: 12, early: 3 },
      crashRate: { candidate: 0.025, baseline: 0.01 },
      crashCounts: { candidate: { crashed: 1, of: 40 }, baseline: { crashed: 1, of: 100 } },
    },
    {
      t: "2026-11-22T10:02:00.000Z",
      exposed: { early: 9, unassigned: 1 },
      crashRate: { candidate: 0, baseline: null },
      crashCounts: { candidate: { crashed: 0, of: 10 }, baseline: { crashed: 0, of: 0 } },
    },
  ],
};

describe("exposureRings", () => {
  it("keeps stage order and appends rings only the series names", () => {
    expect(exposureRings(series, ["canary", "early", "broad"])).toEqual(["canary", "early", "broad", "unassigned"]);
  });
});

describe("exposureRows", () => {
  it("carries a ring's cumulative count forward when a point leaves it out, from 0", () => {
    const rows = exposureRows(series, ["canary", "early", "broad"]);
    expect(rows.map((r) => [r.canary, r.early, r.broad])).toEqual([
      [5, 0, 0],
      [12, 3, 0],
      [12, 9, 0],
    ]);
    expect(rows[0].t).toBe(Date.parse("2026-11-22T10:00:00.000Z"));
  });
});

describe("crashRateRows", () => {
  it("turns shares into percents and keeps gaps as null", () => {
    expect(crashRateRows(series).map((r) => [r.candidate, r.baseline])).toEqual([
      [null, 1],
      [2.5, 1],
      [0, null],
    ]);
    expect(crashRateRows(series)[1].candidateRate).toMatchObject({ n: 1, of: 40 });
  });

  it("knows when there is nothing to draw", () => {
    expect(
      hasCrashRateData(
        crashRateRows({
          bucketSec: 60,
          points: [series.points[0]].map((p) => ({
            ...p,
            crashRate: { candidate: null, baseline: null },
            crashCounts: { candidate: { crashed: 0, of: 0 }, baseline: { crashed: 0, of: 0 } },
          })),
        }),
      ),
    ).toBe(false);
    expect(hasCrashRateData(crashRateRows(series))).toBe(true);
  });
});
