import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeBaseline, fairBaseline, MIN_BASELINE_DEVICES } from "./fairBaseline";

const RINGS = ["canary", "early", "broad"];
const at = new Date("2026-12-01T10:00:00Z");
const base = { rings: RINGS, component: "content", version: "2024.07.19", previousVersion: "2024.07.18", windowStart: at };

describe("fairBaseline", () => {
  it("takes the rings the deployment has not reached, and none once every ring is reached", () => {
    const canaryBaking = fairBaseline({
      ...base,
      stages: [
        { ring: "canary", startedAt: at },
        { ring: "early", startedAt: null },
        { ring: "broad", startedAt: null },
      ],
    });
    expect(canaryBaking.rings).toEqual(["early", "broad"]);
    expect(describeBaseline(canaryBaking, 990)).toBe("rings not yet offered 2024.07.19 (early, broad) on 2024.07.18, same window: 990 devices");
    const broadBaking = fairBaseline({ ...base, stages: RINGS.map((ring) => ({ ring, startedAt: at })) });
    expect(broadBaking.rings).toEqual([]);
    expect(describeBaseline(broadBaking, 0)).toBe("no fair baseline: every ring has been offered content 2024.07.19");
  });

  it("names a baseline too small to use", () => {
    const b = fairBaseline({
      ...base,
      stages: [
        { ring: "canary", startedAt: at },
        { ring: "early", startedAt: at },
      ],
    });
    expect(describeBaseline(b, MIN_BASELINE_DEVICES - 1)).toMatch(/^no usable baseline: 9 devices in rings not yet offered 2024.07.19 \(broad\)/);
  });

  it("never holds a reached ring, and holds every ring that is not reached (any stages, any order)", () => {
    const ringNames = fc.uniqueArray(fc.constantFrom<string>("canary", "early", "broad", "lab", "vip", "kiosk"), { minLength: 1 });
    fc.assert(
      fc.property(
        ringNames,
        fc.array(fc.record({ ring: fc.constantFrom<string>("canary", "early", "broad", "lab"), started: fc.boolean() })),
        (rings, stages) => {
          const b = fairBaseline({ ...base, rings, stages: stages.map((s) => ({ ring: s.ring, startedAt: s.started ? at : null })) });
          const reached = new Set(stages.filter((s) => s.started).map((s) => s.ring));
          expect(b.rings.some((r) => reached.has(r))).toBe(false);
          expect(b.rings).toEqual(rings.filter((r) => !reached.has(r)));
        },
      ),
    );
  });
});
