import { describe, expect, it } from "vitest";
import { newRingInput, nextRingOrder, percentTotal, percentTotalNote, ringChange, ringDraftOf, ringsChange } from "./ringDraft";

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

describe("ringsChange", () => {
  const rings = [
    { id: "id-canary", name: "canary", order: 0, percent: 1 },
    { id: "id-early", name: "early", order: 1, percent: 9 },
    { id: "id-broad", name: "broad", order: 2, percent: 90 },
    { id: "id-pinned", name: "pinned", order: 3, percent: null },
  ];

  it("sends every changed row in one payload, in table order, with only what changed", () => {
    const edit = ringsChange(rings, { "id-broad": { order: "2", percent: "89" }, "id-canary": { order: "0", percent: "2" } });
    expect(edit).toEqual({
      rings: [
        { id: "id-canary", percent: 2 },
        { id: "id-broad", percent: 89 },
      ],
      names: ["canary", "broad"],
      problems: [],
    });
  });

  it("leaves out rows whose draft is back to the saved values, and rings no longer listed", () => {
    const edit = ringsChange(rings, { "id-early": { order: "1", percent: "9" }, "id-gone": { order: "5", percent: "5" } });
    expect(edit).toEqual({ rings: [], names: [], problems: [] });
    expect(ringsChange(rings, {})).toEqual({ rings: [], names: [], problems: [] });
  });

  it("sends order changes and cleared or newly set percents", () => {
    const edit = ringsChange(rings, { "id-early": { order: "4", percent: "" }, "id-pinned": { order: "3", percent: "9" } });
    expect(edit.rings).toEqual([
      { id: "id-early", order: 4, percent: null },
      { id: "id-pinned", percent: 9 },
    ]);
  });

  it("does not check the sum: that is the server's answer to give", () => {
    expect(ringsChange(rings, { "id-canary": { order: "0", percent: "5" } }).rings).toEqual([{ id: "id-canary", percent: 5 }]);
  });

  it("names rows that cannot be sent, keeping the rest", () => {
    const edit = ringsChange(rings, { "id-canary": { order: "0", percent: "120" }, "id-broad": { order: "2", percent: "89" } });
    expect(edit.rings).toEqual([{ id: "id-broad", percent: 89 }]);
    expect(edit.problems).toEqual([{ id: "id-canary", name: "canary", problem: expect.stringMatching(/0 to 100/) }]);
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

describe("percentTotalNote", () => {
  const saved = [1, 9, 90, null];

  it("is quiet when nothing is drafted and the total is 100", () => {
    expect(percentTotalNote(saved, saved)).toEqual({ savedTotal: 100, draftTotal: 100, edited: false, warning: null });
  });

  it("counts a rebalance that keeps 100 as edited, without a warning", () => {
    expect(percentTotalNote(saved, [2, 9, 89, null])).toEqual({ savedTotal: 100, draftTotal: 100, edited: true, warning: null });
  });

  it("says how far a draft is from 100", () => {
    const over = percentTotalNote(saved, [5, 9, 90, null]);
    expect(over).toMatchObject({ draftTotal: 104, edited: true });
    expect(over.warning).toBe("Not 100%: 4% over. The percentages must add up to exactly 100% to save.");
    expect(percentTotalNote(saved, [1, 9, 89.5, null]).warning).toMatch(/^Not 100%: 0\.5% short\./);
  });

  it("allows the server's slack, and no percent at all", () => {
    expect(percentTotalNote([33.33, 33.33, 33.34], [33.333, 33.333, 33.334]).warning).toBeNull();
    expect(percentTotalNote([null, null], [null, null]).warning).toBeNull();
  });
});

describe("nextRingOrder", () => {
  it("leaves room after the last ring", () => {
    expect(nextRingOrder([{ order: 0 }, { order: 20 }])).toBe(30);
    expect(nextRingOrder([])).toBe(0);
  });
});
