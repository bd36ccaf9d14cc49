import { describe, expect, it } from "vitest";
import { recoverySegments, stillUnhealthy } from "./recovery";

describe("recoverySegments", () => {
  it("splits the affected devices by where they are now", () => {
    const recovery = { affected: 10, recovered: 4, crashed: 1, bootLooping: 4, silent: 1 };
    const segments = recoverySegments(recovery);
    expect(segments.map((s) => [s.key, s.count, s.share])).toEqual([
      ["recovered", 4, 0.4],
      ["crashed", 1, 0.1],
      ["bootLooping", 4, 0.4],
      ["silent", 1, 0.1],
    ]);
    expect(stillUnhealthy(recovery)).toBe(6);
  });

  it("has no shares when nothing was affected", () => {
    expect(recoverySegments({ affected: 0, recovered: 0, crashed: 0, bootLooping: 0, silent: 0 }).every((s) => s.share === 0)).toBe(true);
  });
});
