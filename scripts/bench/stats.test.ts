import { describe, expect, it } from "vitest";
import { percentile } from "./stats";

describe("percentile", () => {
  it("is NaN without samples", () => {
    expect(percentile([], 0.5)).toBeNaN();
  });

  it("takes the nearest rank, an actual sample, not an interpolation", () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(percentile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 0.99)).toBe(99);
    expect(percentile(hundred, 0.995)).toBe(100);
  });

  it("gives the extremes at p = 0 and p = 1, and the only sample of one", () => {
    expect(percentile([9, 3, 7], 0)).toBe(3);
    expect(percentile([9, 3, 7], 1)).toBe(9);
    expect(percentile([42], 0.99)).toBe(42);
  });

  it("leaves the caller's samples in their order", () => {
    const latencies = [30, 10, 20];
    percentile(latencies, 0.5);
    expect(latencies).toEqual([30, 10, 20]);
  });
});
