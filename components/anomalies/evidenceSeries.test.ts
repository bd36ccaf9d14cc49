import { describe, expect, it } from "vitest";
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
