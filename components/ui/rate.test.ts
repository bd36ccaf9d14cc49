import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatInterval, formatPercent, formatRateCompact, formatRateFull, formatShareOfRing, rateOf } from "./rate";

describe("formatPercent", () => {
  it("keeps small rates readable and drops useless zeros", () => {
    expect([0, 0.00001, 0.0035, 0.042, 0.8333, 0.5, 1].map(formatPercent)).toEqual(["0%", "<0.01%", "0.35%", "4.2%", "83.3%", "50%", "100%"]);
    expect(formatPercent(null)).toBe("—");
  });

  it("never shows a share below 1 as 100% nor one above 0 as 0%", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (share) => {
        const text = formatPercent(share);
        if (share < 1) expect(text).not.toBe("100%");
        if (share > 0) expect(text).not.toBe("0%");
      }),
    );
  });
});

describe("a rate with its denominator and interval", () => {
  it("reads as the issue asks: rate, n of N, 95% CI", () => {
    expect(formatRateFull(rateOf(44, 45), "crash-free")).toBe("97.8% crash-free · 44 of 45 · 95% CI 88.4–99.6%");
    expect(formatRateCompact(rateOf(1, 22))).toBe("4.5% · 1 of 22");
    expect(formatInterval(rateOf(1, 22))).toBe("95% CI 0.81–21.8%");
  });

  it("says there is no data rather than inventing a rate", () => {
    expect(formatRateCompact(rateOf(0, 0))).toBe("— · 0 of 0");
    expect(formatRateFull(rateOf(0, 0), "crash-free")).toBe("no data for crash-free · 0 of 0");
  });

  it("always names n and N, whatever the counts", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (of, fraction) => {
        const n = Math.round(of * fraction);
        const full = formatRateFull(rateOf(n, of));
        expect(full).toContain(`${n.toLocaleString()} of ${of.toLocaleString()}`);
        expect(full).toContain("95% CI");
      }),
    );
  });
});

describe("formatShareOfRing", () => {
  it("gives exposure against the ring's size", () => {
    expect(formatShareOfRing(412, 9950, "broad")).toBe(`412 of ${(9950).toLocaleString()} devices in broad · 4.1%`);
    expect(formatShareOfRing(0, 0, "canary")).toBe("0 of 0 devices in canary");
  });
});
