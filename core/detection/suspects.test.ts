import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { profile } from "./fixtures";
import type { Attributes, Profile } from "./profiles";
import { rankSuspects } from "./suspects";

const VALUES: Record<string, readonly string[]> = {
  os: ["windows", "macos", "linux"],
  osVersion: ["10.0.19045", "10.0.22631", "14.6"],
  model: ["EliteBook 840", "Latitude 7440", "ThinkPad X1"],
  "tags.site": ["ams", "fra"],
};
const DIMENSIONS = Object.keys(VALUES);
/** Small fleets: the exact test is cheap there, and shrinking finds the smallest break. */
const MAX_PROFILES = 8;
const MAX_DEVICES_PER_PROFILE = 12;

/** Attributes with each dimension sometimes missing (a device that never reported it). */
const attributesArb: fc.Arbitrary<Attributes> = fc.record(
  Object.fromEntries(DIMENSIONS.map((d) => [d, fc.constantFrom(...VALUES[d])])) as Record<string, fc.Arbitrary<string>>,
  { requiredKeys: ["os"] },
);
const profileArb = fc
  .record({ attributes: attributesArb, devices: fc.integer({ min: 1, max: MAX_DEVICES_PER_PROFILE }), share: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ attributes, devices, share }) => profile(attributes, devices, { crashed: Math.round(devices * share) }));
const fleetArb = fc.array(profileArb, { minLength: 1, maxLength: MAX_PROFILES });

const holders = (fleet: readonly Profile[], dimension: string, value: string) =>
  fleet
    .map((p, i) => (p.attributes[dimension] === value ? i : -1))
    .filter((i) => i >= 0)
    .join(",");

/** A fleet where exactly the devices with `dimension=value` crashed, every one of them. */
const separatedArb = fc
  .record({ fleet: fleetArb, dimension: fc.constantFrom(...DIMENSIONS), pick: fc.nat() })
  .map(({ fleet, dimension, pick }) => {
    const values = VALUES[dimension];
    const value = values[pick % values.length];
    return { dimension, value, fleet: fleet.map((p) => ({ ...p, crashed: p.attributes[dimension] === value ? p.devices : 0 })) };
  })
  .filter(({ fleet, dimension, value }) => fleet.some((p) => p.attributes[dimension] === value) && fleet.some((p) => p.attributes[dimension] !== value));

describe("rankSuspects properties", () => {
  it("ranks a value that holds exactly the affected devices first, or tied with one that holds the same devices", () => {
    fc.assert(
      fc.property(separatedArb, ({ fleet, dimension, value }) => {
        const [top] = rankSuspects(fleet, "crashed");
        expect(top).toBeDefined();
        expect(holders(fleet, top.dimension, top.value)).toBe(holders(fleet, dimension, value));
      }),
    );
  });

  it("gives the same ranking whatever the order of the profiles", () => {
    fc.assert(
      fc.property(
        fleetArb.chain((fleet) => fc.tuple(fc.constant(fleet), fc.shuffledSubarray(fleet, { minLength: fleet.length, maxLength: fleet.length }))),
        ([fleet, shuffled]) => {
          expect(rankSuspects(shuffled, "crashed")).toEqual(rankSuspects(fleet, "crashed"));
        },
      ),
    );
  });

  it("lists only values some affected device holds and some exposed device lacks, with shares and p-values in [0, 1]", () => {
    fc.assert(
      fc.property(fleetArb, (fleet) => {
        for (const s of rankSuspects(fleet, "crashed")) {
          const withValue = fleet.filter((p) => p.attributes[s.dimension] === s.value);
          const withoutValue = fleet.filter((p) => p.attributes[s.dimension] !== s.value);
          expect(withValue.reduce((n, p) => n + p.crashed, 0)).toBeGreaterThan(0);
          expect(withoutValue.length).toBeGreaterThan(0);
          for (const share of [s.share, s.exposedShare, s.pValue]) {
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });
});

describe("rankSuspects", () => {
  const windows = (model: string, site: string) => ({ os: "windows", model, "tags.site": site });

  it("puts a majority OS first when it holds every affected device (90% Windows, every Windows device boot-looping)", () => {
    const fleet = [
      profile(windows("EliteBook 840", "fra"), 5, { bootLooping: 5 }),
      profile(windows("Latitude 7440", "fra"), 12, { bootLooping: 12 }),
      profile(windows("Latitude 7440", "ams"), 12, { bootLooping: 12 }),
      profile({ os: "macos", model: "MacBook Pro", "tags.site": "ams" }, 3),
    ];
    const [top] = rankSuspects(fleet, "bootLooping");
    expect(top).toMatchObject({ dimension: "os", value: "windows", share: 1, affectedWith: 29, devicesWith: 29, affectedWithout: 0, devicesWithout: 3 });
    expect(top.pValue).toBeLessThan(rankSuspects(fleet, "bootLooping")[1]?.pValue ?? 1);
  });

  it("names no value that every exposed device holds: it separates nothing", () => {
    const fleet = [profile(windows("X1", "ams"), 10, { crashed: 6 }), profile(windows("X2", "ams"), 10)];
    expect(rankSuspects(fleet, "crashed").map((s) => `${s.dimension}=${s.value}`)).toEqual(["model=X1"]);
  });

  it("counts devices that never reported a dimension as without its values", () => {
    const fleet = [profile({ os: "windows" }, 8, { silent: 8 }), profile({ os: "macos" }, 8), profile({}, 4, { silent: 4 })];
    expect(rankSuspects(fleet, "silent")[0]).toMatchObject({
      dimension: "os",
      value: "windows",
      share: 8 / 12,
      affectedWith: 8,
      devicesWith: 8,
      affectedWithout: 4,
      devicesWithout: 12,
    });
  });
});

describe("rankSuspects regressions (fast-check counterexamples, shrunk)", () => {
  it("names the OS when all 6 Windows devices crashed and the 1 Linux device did not (the lift rule dropped it: 1 / (6/7) < 1.2)", () => {
    const fleet = [profile({ os: "linux" }, 1), profile({ os: "windows" }, 6, { crashed: 6 })];
    expect(rankSuspects(fleet, "crashed")[0]).toMatchObject({
      dimension: "os",
      value: "windows",
      affectedWith: 6,
      devicesWith: 6,
      affectedWithout: 0,
      devicesWithout: 1,
    });
  });

  it("prefers the build that holds exactly the affected device over the OS around it, when other devices never reported a build", () => {
    const fleet = [
      profile({ os: "windows" }, 1),
      profile({ os: "windows", osVersion: "14.6" }, 1),
      profile({ os: "linux" }, 1),
      profile({ os: "linux", osVersion: "10.0.19045" }, 1, { crashed: 1 }),
    ];
    expect(rankSuspects(fleet, "crashed")[0]).toMatchObject({ dimension: "osVersion", value: "10.0.19045" });
  });

  it("gives every suspect its evidence, and never one every exposed device holds", () => {
    const fleet = [profile({ os: "windows" }, 1), profile({ os: "windows", "tags.site": "ams" }, 1, { crashed: 1 })];
    expect(rankSuspects(fleet, "crashed")).toEqual([
      {
        dimension: "tags.site",
        value: "ams",
        share: 1,
        exposedShare: 0.5,
        lift: 2,
        affectedWith: 1,
        devicesWith: 1,
        affectedWithout: 0,
        devicesWithout: 1,
        pValue: 0.5,
      },
    ]);
  });
});
