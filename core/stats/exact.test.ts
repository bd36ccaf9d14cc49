import { describe, expect, it } from "vitest";
import { fisherUpperTail, logFisherUpperTail, poissonUpperTail } from "./exact";

describe("fisherUpperTail", () => {
  it("is 1 when nothing is observed", () => {
    expect(fisherUpperTail(0, 10, 5, 100)).toBeCloseTo(1, 12);
  });

  it("matches a hand-computed hypergeometric tail", () => {
    // 3 of 3 affected devices all among the 10 exposed of 20: C(10,3)/C(20,3) = 120/1140.
    expect(fisherUpperTail(3, 10, 3, 20)).toBeCloseTo(120 / 1140, 12);
  });

  it("sums the whole upper tail of the hypergeometric distribution", () => {
    // Exposed 10 with 5 affected; 90 unexposed with 2 affected: sum over k = 5..7 of C(7,k)C(93,10-k)/C(100,10).
    expect(fisherUpperTail(5, 10, 7, 100)).toBeCloseTo(6.423714473725441e-5, 12);
  });

  it("is tiny when a small canary breaks and the baseline does not", () => {
    expect(fisherUpperTail(5, 10, 5, 1000)).toBeLessThan(1e-10);
  });

  it("says nothing when exposed and unexposed are hit alike", () => {
    expect(fisherUpperTail(20, 100, 200, 1000)).toBeGreaterThan(0.3);
  });
});

describe("poissonUpperTail", () => {
  it("is 1 for no observations and 0 for a zero expectation", () => {
    expect(poissonUpperTail(0, 3)).toBe(1);
    expect(poissonUpperTail(2, 0)).toBe(0);
  });

  it("matches the closed form for one event", () => {
    expect(poissonUpperTail(1, 0.5)).toBeCloseTo(1 - Math.exp(-0.5), 12);
  });

  it("matches R's ppois(9, 4, lower.tail = FALSE)", () => {
    expect(poissonUpperTail(10, 4)).toBeCloseTo(0.008132243, 8);
  });
});

describe("logFisherUpperTail", () => {
  it("agrees with fisherUpperTail where that does not underflow, and stays finite where it does", () => {
    for (const [a, n, t, total] of [
      [3, 10, 5, 100],
      [0, 10, 5, 100],
      [10, 10, 10, 1000],
      [2, 5, 4, 20],
    ] as const) {
      expect(Math.exp(logFisherUpperTail(a, n, t, total))).toBeCloseTo(fisherUpperTail(a, n, t, total), 12);
    }
    expect(fisherUpperTail(5000, 5000, 5000, 90_000)).toBe(0);
    expect(logFisherUpperTail(5000, 5000, 5000, 90_000)).toBeLessThan(logFisherUpperTail(5000, 6000, 5000, 90_000));
    expect(Number.isFinite(logFisherUpperTail(5000, 5000, 5000, 90_000))).toBe(true);
  });
});
