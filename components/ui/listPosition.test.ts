import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listPosition } from "./listPosition";

describe("list position", () => {
  it("shows the range and the total, with thousands separators", () => {
    expect(listPosition({ pageIndex: 0, pageSize: 50, shown: 50, total: 2000 })).toBe("1–50 of 2,000");
    expect(listPosition({ pageIndex: 1, pageSize: 50, shown: 50, total: 2000 })).toBe("51–100 of 2,000");
    expect(listPosition({ pageIndex: 39, pageSize: 50, shown: 50, total: 2000 })).toBe("1,951–2,000 of 2,000");
    expect(listPosition({ pageIndex: 0, pageSize: 50, shown: 7, total: 7 })).toBe("1–7 of 7");
  });

  it("says a capped count is a lower bound", () => {
    expect(listPosition({ pageIndex: 0, pageSize: 50, shown: 50, total: 10_000, totalIsLowerBound: true })).toBe("1–50 of 10,000+");
  });

  it("shows the range alone without a count, and nothing for an empty page", () => {
    expect(listPosition({ pageIndex: 2, pageSize: 100, shown: 3 })).toBe("201–203");
    expect(listPosition({ pageIndex: 0, pageSize: 50, shown: 0, total: 0 })).toBe("");
  });

  it("never shows a total below the last row shown, nor a range past it", () => {
    fc.assert(
      fc.property(fc.nat(500), fc.integer({ min: 1, max: 500 }), fc.nat(500), fc.nat(1_000_000), (pageIndex, pageSize, shownRaw, total) => {
        const shown = Math.min(shownRaw, pageSize);
        const text = listPosition({ pageIndex, pageSize, shown, total });
        if (shown === 0) {
          expect(text).toBe("");
          return;
        }
        const [first, last, of] = text.match(/[\d,]+/g)!.map((n) => Number(n.replaceAll(",", "")));
        expect(first).toBe(pageIndex * pageSize + 1);
        expect(last - first + 1).toBe(shown);
        expect(of).toBeGreaterThanOrEqual(last);
        expect(of).toBe(Math.max(total, last));
      }),
    );
  });
});
