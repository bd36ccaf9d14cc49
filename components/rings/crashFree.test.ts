import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rateOf } from "@/components/ui/rate";
import { ringCrashFreeTone } from "./crashFree";

const anyRate = fc.integer({ min: 0, max: 10_000 }).chain((of) => fc.integer({ min: 0, max: of }).map((n) => rateOf(n, of)));

describe("ringCrashFreeTone", () => {
  it("is neutral without an open anomaly, whatever the rate", () => {
    fc.assert(
      fc.property(anyRate, (crashFree) => {
        expect(ringCrashFreeTone({ crashFree, openSeverity: null })).toBe("neutral");
      }),
    );
    // The case from the issue: 97.8% crash-free and no open anomaly is not red.
    expect(ringCrashFreeTone({ crashFree: rateOf(44, 45), openSeverity: null })).toBe("neutral");
  });

  it("follows the most severe open anomaly, whatever the rate", () => {
    fc.assert(
      fc.property(anyRate, (crashFree) => {
        expect(ringCrashFreeTone({ crashFree, openSeverity: "critical" })).toBe("danger");
        expect(ringCrashFreeTone({ crashFree, openSeverity: "warning" })).toBe("warning");
      }),
    );
  });
});
