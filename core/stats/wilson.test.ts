import { describe, expect, it } from "vitest";
import { wilsonInterval } from "./wilson";

describe("wilsonInterval", () => {
  it("matches published values", () => {
    // 81 of 263: the textbook example (Wilson 1927 / Newcombe 1998), 95% CI 0.2553-0.3662.
    const { rate, low, high } = wilsonInterval(81, 263);
    expect(rate).toBeCloseTo(0.308, 3);
    expect(low).toBeCloseTo(0.2553, 3);
    expect(high).toBeCloseTo(0.3662, 3);
  });

  it("stays inside [0, 1] at the edges and is wide for tiny samples", () => {
    const all = wilsonInterval(10, 10);
    expect(all.high).toBeCloseTo(1, 12);
    expect(all.low).toBeCloseTo(0.7225, 3);
    const none = wilsonInterval(0, 5);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.4345, 3);
  });

  it("has no estimate without a sample", () => {
    expect(wilsonInterval(0, 0)).toEqual({ rate: null, low: null, high: null });
  });
});
