import { describe, expect, it } from "vitest";
import { crashFreeLevel, formatPercent, formatRateInterval } from "./crashFree";

describe("formatRateInterval", () => {
  it("shows the rate with its 95% interval", () => {
    expect(formatRateInterval({ rate: 0.992, low: 0.987, high: 0.996 })).toBe("99.2% (98.7–99.6)");
  });

  it("never rounds a rate below 1 up to 100", () => {
    expect(formatRateInterval({ rate: 0.9996, low: 0.998, high: 1 })).toBe("99.9% (99.8–100)");
    expect(formatPercent(1)).toBe("100%");
  });

  it("shows a dash when nothing reported, and the bare rate without an interval", () => {
    expect(formatRateInterval({ rate: null, low: null, high: null })).toBe("—");
    expect(formatRateInterval({ rate: 0.5, low: null, high: null })).toBe("50.0%");
  });
});

describe("crashFreeLevel", () => {
  it("grades rates", () => {
    expect([0.999, 0.99, 0.9, null].map(crashFreeLevel)).toEqual(["good", "watch", "bad", "unknown"]);
  });
});
