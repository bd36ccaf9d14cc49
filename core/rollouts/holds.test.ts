import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { confinedCohort, holdFor, HOLD_DIMENSION_PATTERN, inCohort, type HoldRule } from "./holds";

const dimension = fc.constantFrom("os", "osVersion", "model", "tags.site", "versions.sensor");
const value = fc.constantFrom("windows", "10.0.22631", "10.0.26100", "Latitude 7440", "fra", "ams", "7.10.17706");
const attributes = fc.dictionary(dimension, value);
const hold = fc.record({ id: fc.uuid(), dimension, value, revert: fc.boolean() });

describe("hold matching", () => {
  it("holds a device exactly when one hold's cohort names its value", () => {
    fc.assert(
      fc.property(fc.array(hold, { maxLength: 6 }), attributes, (holds, device) => {
        const decided = holdFor(holds, device);
        expect(decided !== null).toBe(holds.some((h) => device[h.dimension] === h.value));
        if (decided) expect(inCohort(device, decided)).toBe(true);
      }),
    );
  });

  it("lets a reverting hold win over a plain one on the same device, in any order", () => {
    fc.assert(
      fc.property(fc.array(hold, { maxLength: 6 }), attributes, (holds, device) => {
        const matching = holds.filter((h) => device[h.dimension] === h.value);
        const decided = holdFor(holds, device);
        if (matching.some((h) => h.revert)) expect(decided?.revert).toBe(true);
        expect(holdFor([...holds].reverse(), device)?.revert ?? null).toBe(decided?.revert ?? null);
      }),
    );
  });

  it("never matches a device that does not report the dimension", () => {
    const onSite: HoldRule = { id: "h", dimension: "tags.site", value: "fra", revert: false };
    expect(holdFor([onSite], { os: "windows" })).toBeNull();
    expect(holdFor([onSite], { "tags.site": "FRA" })).toBeNull();
  });

  it("accepts only the suspects' dimensions", () => {
    for (const ok of ["os", "osVersion", "model", "tags.site", "versions.sensor"]) expect(HOLD_DIMENSION_PATTERN.test(ok)).toBe(true);
    for (const bad of ["hostname", "tags.", "versions.", "deviceId", "os "]) expect(HOLD_DIMENSION_PATTERN.test(bad)).toBe(false);
  });
});

describe("a fault confined to one cohort", () => {
  it("is the strongest suspect holding nearly all affected devices but not every exposed one", () => {
    expect(
      confinedCohort([
        { dimension: "os", value: "windows", share: 1, exposedShare: 1 },
        { dimension: "osVersion", value: "10.0.22631", share: 0.95, exposedShare: 0.3 },
      ]),
    ).toEqual({ dimension: "osVersion", value: "10.0.22631" });
  });

  it("is no cohort when the fault is spread or the suspect is the whole exposure", () => {
    expect(confinedCohort([{ dimension: "model", value: "X1", share: 0.6, exposedShare: 0.2 }])).toBeNull();
    expect(confinedCohort([{ dimension: "os", value: "windows", share: 1, exposedShare: 1 }])).toBeNull();
    expect(confinedCohort([])).toBeNull();
  });
});
