import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wilsonInterval } from "./wilson";

/** A sample: n trials and how many succeeded. */
const sample = fc.integer({ min: 1, max: 100_000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
const EPSILON = 1e-12;

describe("wilsonInterval properties", () => {
  it("contains the point estimate and stays within [0, 1]", () => {
    fc.assert(
      fc.property(sample, ([successes, n]) => {
        const { rate, low, high } = wilsonInterval(successes, n);
        expect(rate).toBe(successes / n);
        expect(low!).toBeGreaterThanOrEqual(0);
        expect(high!).toBeLessThanOrEqual(1);
        expect(low!).toBeLessThanOrEqual(rate! + EPSILON);
        expect(high!).toBeGreaterThanOrEqual(rate! - EPSILON);
      }),
    );
  });

  it("narrows as the sample grows at the same rate", () => {
    fc.assert(
      fc.property(sample, fc.integer({ min: 2, max: 50 }), ([successes, n], factor) => {
        const small = wilsonInterval(successes, n);
        const large = wilsonInterval(successes * factor, n * factor);
        expect(large.high! - large.low!).toBeLessThan(small.high! - small.low! + EPSILON);
      }),
    );
  });

  it("is symmetric under swapping successes and failures", () => {
    fc.assert(
      fc.property(sample, ([successes, n]) => {
        const a = wilsonInterval(successes, n);
        const b = wilsonInterval(n - successes, n);
        expect(a.low!).toBeCloseTo(1 - b.high!, 10);
        expect(a.high!).toBeCloseTo(1 - b.low!, 10);
      }),
    );
  });
});
