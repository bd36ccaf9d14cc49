import { describe, expect, it } from "vitest";
import { newRingInput, nextRingOrder, percentTotal, ringChange, ringDraftOf } from "./ringDraft";

const canary = { order: 0, percent: 5 };

describe("ringChange", () => {
  it("sends only what changed", () => {
    expect(ringChange(canary, { order: "0", percent: "10" })).toEqual({ change: { percent: 10 } });
    expect(ringChange(canary, { order: "1", percent: "5" })).toEqual({ change: { order: 1 } });
    expect(ringChange(canary, ringDraftOf(canary))).toEqual({ change: null });
  });

  it("clears the percent when the field is emptied", () => {
    expect(ringChange(canary, { order: "0", percent: " " })).toEqual({ change: { percent: null } });
  });

  it("names bad input instead of sending it", () => {
    expect(ringChange(canary, { order: "1.5", percent: "5" }).problem).toMatch(/whole number/);
    expect(ringChange(canary, { order: "0", percent: "120" }).problem).toMatch(/0 to 100/);
    expect(ringChange(canary, { order: "", percent: "5" }).problem).toMatch(/Order/);
  });
});

describe("newRingInput", () => {
  it("builds the body, leaving out an empty percent", () => {
    expect(newRingInput({ name: " pilot ", order: "5", percent: "" })).toEqual({ ok: true, value: { name: "pilot", order: 5 } });
    expect(newRingInput({ name: "pilot", order: "5", percent: "2.5" })).toEqual({ ok: true, value: { name: "pilot", order: 5, percent: 2.5 } });
  });

  it("wants a name", () => {
    expect(newRingInput({ name: "", order: "5", percent: "" })).toEqual({ ok: false, problem: "Name the ring." });
  });
});

describe("percentTotal", () => {
  it("adds the rings that have a percent, without float noise", () => {
    expect(percentTotal([0.1, 0.2, 99.7, null])).toBe(100);
    expect(percentTotal([])).toBe(0);
  });
});

describe("nextRingOrder", () => {
  it("leaves room after the last ring", () => {
    expect(nextRingOrder([{ order: 0 }, { order: 20 }])).toBe(30);
    expect(nextRingOrder([])).toBe(0);
  });
});
