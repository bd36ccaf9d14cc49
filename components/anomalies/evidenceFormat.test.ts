import { describe, expect, it } from "vitest";
import { adjustmentText, dimensionLabel, formatExpected, formatPValue, formatRelativeRisk } from "./evidenceFormat";

describe("formatPValue", () => {
  it("caps tiny p-values and rounds the rest to two significant digits", () => {
    expect(formatPValue(1e-12)).toBe("< 0.0001");
    expect(formatPValue(0.003245)).toBe("0.0032");
    expect(formatPValue(0.45)).toBe("0.45");
    expect(formatPValue(1)).toBe("1");
  });
});

describe("formatRelativeRisk", () => {
  it("says why there is no ratio when the baseline had no cases", () => {
    expect(formatRelativeRisk(null)).toMatch(/no baseline cases/);
    expect(formatRelativeRisk(Infinity)).toMatch(/no baseline cases/);
  });

  it("shows one decimal for ordinary ratios and whole numbers for huge ones", () => {
    expect(formatRelativeRisk(12.44)).toBe("12.4×");
    expect(formatRelativeRisk(3)).toBe("3×");
    expect(formatRelativeRisk(1234.6)).toMatch(/^1.?235×$/);
  });
});

describe("dimensionLabel, formatExpected and adjustmentText", () => {
  it("names dimensions the way people say them", () => {
    expect(dimensionLabel("osVersion")).toBe("OS version");
    expect(dimensionLabel("tags.site")).toBe("tag site");
    expect(dimensionLabel("versions.agent")).toBe("agent version");
    expect(dimensionLabel("model")).toBe("model");
  });

  it("shows the expected count to one decimal and says what it was adjusted for", () => {
    expect(formatExpected(2.345)).toBe("2.3");
    expect(formatExpected(4)).toBe("4");
    expect(adjustmentText("osVersion")).toBe("adjusted for OS version");
    expect(adjustmentText(null)).toBe("pooled baseline");
    expect(adjustmentText("prior")).toBe("assumed rate: no usable baseline");
  });
});
