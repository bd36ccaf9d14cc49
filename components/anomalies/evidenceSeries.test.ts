import { describe, expect, it } from "vitest";
import { timeAxisOf } from "@/components/ui/timeAxis";
import { evidenceRows } from "./evidenceSeries";

describe("evidenceRows", () => {
  it("turns rates into percent and sorts the ticks oldest first", () => {
    const rows = evidenceRows([
      { at: "2026-11-22T10:00:10.000Z", exposed: 12, affected: 9, affectedRate: 0.75, baselineRate: 0.025 },
      { at: "2026-11-22T10:00:00.000Z", exposed: 12, affected: 3, affectedRate: 0.25, baselineRate: 0.025 },
    ]);
    expect(rows.map((r) => r.affected)).toEqual([25, 75]);
    expect(rows[0]).toMatchObject({ baseline: 2.5, affectedDevices: 3, exposed: 12, t: Date.parse("2026-11-22T10:00:00.000Z") });
  });
});

describe("evidenceRows, held until the last firing tick", () => {
  const point = { at: "2026-11-22T10:00:00.000Z", exposed: 12, affected: 9, affectedRate: 0.75, baselineRate: 0 };

  it("carries the last point forward to the last tick that saw the signal", () => {
    const rows = evidenceRows([point], "2026-11-22T10:00:40.000Z");
    expect(rows.map((r) => [r.t, r.affected])).toEqual([
      [Date.parse(point.at), 75],
      [Date.parse("2026-11-22T10:00:40.000Z"), 75],
    ]);
  });

  it("adds nothing when the last point is already the latest", () => {
    expect(evidenceRows([point], point.at)).toHaveLength(1);
    expect(evidenceRows([], "2026-11-22T10:00:40.000Z")).toEqual([]);
  });
});

describe("the evidence chart's time axis", () => {
  it("shows seconds when the history spans a few minutes, and not when it spans hours", () => {
    const rows = (spanMs: number) =>
      evidenceRows([
        { at: new Date(Date.UTC(2026, 10, 22, 10, 0, 0)).toISOString(), exposed: 1, affected: 0, affectedRate: 0, baselineRate: 0 },
        { at: new Date(Date.UTC(2026, 10, 22, 10, 0, 0) + spanMs).toISOString(), exposed: 1, affected: 0, affectedRate: 0, baselineRate: 0 },
      ]);
    const axis = (r: ReturnType<typeof rows>) => timeAxisOf(r, { timeZone: "UTC", locale: "en-GB" });
    const short = axis(rows(2 * 60_000));
    expect(short.format(short.ticks[0])).toMatch(/\d{2}:\d{2}:\d{2}/);
    const long = axis(rows(3 * 3_600_000));
    expect(long.format(long.ticks[0])).not.toMatch(/\d{2}:\d{2}:\d{2}/);
  });
});
