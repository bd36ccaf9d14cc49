import { describe, expect, it } from "vitest";
import { HASH_BUCKETS, hashBucket, ringForBucket, ringRanges } from "./assignment";

const DEFAULT_RINGS = [
  { name: "canary", order: 0, percent: 1 },
  { name: "early", order: 1, percent: 9 },
  { name: "broad", order: 2, percent: 90 },
];
const ids = Array.from({ length: 20_000 }, (_, i) => `device-${i}`);
const assign = (rings: typeof DEFAULT_RINGS) => {
  const ranges = ringRanges(rings);
  return ids.map((id) => ringForBucket(hashBucket(id), ranges));
};

describe("ring assignment", () => {
  it("is stable for a device id", () => {
    expect(hashBucket("WS-0042")).toBe(hashBucket("WS-0042"));
    expect(hashBucket("WS-0042")).toBeGreaterThanOrEqual(0);
    expect(hashBucket("WS-0042")).toBeLessThan(HASH_BUCKETS);
  });

  it("splits a fleet close to the ring percentages", () => {
    const counts = assign(DEFAULT_RINGS).reduce<Record<string, number>>((acc, ring) => ({ ...acc, [ring ?? "none"]: (acc[ring ?? "none"] ?? 0) + 1 }), {});
    expect(counts.canary / ids.length).toBeCloseTo(0.01, 2);
    expect(counts.early / ids.length).toBeCloseTo(0.09, 1);
    expect(counts.broad / ids.length).toBeCloseTo(0.9, 1);
    expect(counts.none).toBeUndefined();
  });

  it("moves only the devices at a changed boundary when percentages change", () => {
    const before = assign(DEFAULT_RINGS);
    const after = assign([{ ...DEFAULT_RINGS[0], percent: 2 }, { ...DEFAULT_RINGS[1], percent: 8 }, DEFAULT_RINGS[2]]);
    const moved = before.filter((ring, i) => ring !== after[i]);
    expect(moved.length / ids.length).toBeLessThan(0.015);
    expect(moved.every((ring) => ring === "early")).toBe(true);
    expect(before.filter((r, i) => r === "broad" && after[i] !== "broad")).toHaveLength(0);
  });

  it("gives a 0% ring no devices", () => {
    const ranges = ringRanges([
      { name: "a", order: 0, percent: 0 },
      { name: "b", order: 1, percent: 100 },
    ]);
    expect(ranges[0].from).toBe(ranges[0].to);
    expect(ringForBucket(0, ranges)).toBe("b");
  });
});
