import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Severity } from "../../schemas/anomalies";
import { compareToBaseline } from "./compare";
import { detectSlice, type SliceInput } from "./detect";
import { profile } from "./fixtures";
import type { Profile } from "./profiles";
import { gradeSeverity, severityRank } from "./severity";

const MAX_PROFILES = 6;
const MAX_CANDIDATE_DEVICES = 40;
const MAX_BASELINE_DEVICES = 400;
/** A baseline this many times the candidate's size, at the same rates, is "large". */
const MIN_SCALE = 10;
const MAX_SCALE = 40;

const attributesArb = fc.record({ os: fc.constantFrom("windows", "macos", "linux"), model: fc.constantFrom("A", "B", "C") });
/** Crash shares up to `maxShare`: a quiet baseline and a candidate near the thresholds find the edges. */
const profileArb = (maxDevices: number, maxShare = 1) =>
  fc
    .record({ attributes: attributesArb, devices: fc.integer({ min: 1, max: maxDevices }), share: fc.double({ min: 0, max: maxShare, noNaN: true }) })
    .map(({ attributes, devices, share }) => profile(attributes, devices, { crashed: Math.round(devices * share) }));
const cohortArb = (maxDevices: number, maxShare = 1) => fc.array(profileArb(maxDevices, maxShare), { minLength: 1, maxLength: MAX_PROFILES });
const QUIET_BASELINE_SHARE = 0.05;
const NEAR_THRESHOLD_SHARE = 0.4;
/** Subgroups near the minimum of affected devices, against large quiet strata: where the subgroup family changes. */
const FEW_CRASHES = 5;
const STRATUM_DEVICES = { min: 100, max: 300 };
const fewCrashesArb = fc.array(
  fc
    .record({ attributes: attributesArb, devices: fc.integer({ min: 1, max: MAX_CANDIDATE_DEVICES }), crashed: fc.integer({ min: 0, max: FEW_CRASHES }) })
    .map(({ attributes, devices, crashed }) => profile(attributes, devices, { crashed: Math.min(devices, crashed) })),
  { minLength: 1, maxLength: MAX_PROFILES },
);
const quietStrataArb = fc.array(
  fc
    .record({ attributes: attributesArb, devices: fc.integer(STRATUM_DEVICES), crashed: fc.integer({ min: 0, max: FEW_CRASHES }) })
    .map(({ attributes, devices, crashed }) => profile(attributes, devices, { crashed })),
  { minLength: 1, maxLength: MAX_PROFILES },
);

const slice = (candidate: readonly Profile[], baseline: readonly Profile[]): SliceInput => ({
  deploymentId: "d",
  component: "agent",
  version: "2.0",
  ring: "canary",
  windowStart: new Date(0),
  candidate,
  baseline,
  basis: "rings not yet offered 2.0 (early, broad), same window",
  firstSignalAt: {},
});
const rank = (severity: Severity | null | undefined) => (severity ? severityRank(severity) : -1);
const crashSeverity = (candidate: readonly Profile[], baseline: readonly Profile[]) =>
  detectSlice(slice(candidate, baseline)).find((f) => f.kind === "crash_rate")?.severity;

/** The candidate with one more of its devices crashed (the first profile that has an unaffected one). */
const oneMoreCrash = (candidate: readonly Profile[], pick: number): Profile[] | null => {
  const open = candidate.map((p, i) => (p.crashed < p.devices ? i : -1)).filter((i) => i >= 0);
  if (!open.length) return null;
  const target = open[pick % open.length];
  return candidate.map((p, i) => (i === target ? { ...p, crashed: p.crashed + 1 } : p));
};

describe("severity properties", () => {
  it("compareToBaseline keeps p-values in [0, 1] and rates in [0, 1]", () => {
    fc.assert(
      fc.property(cohortArb(MAX_CANDIDATE_DEVICES), fc.array(profileArb(MAX_BASELINE_DEVICES), { maxLength: MAX_PROFILES }), (candidate, baseline) => {
        const c = compareToBaseline(candidate, baseline, "crashed");
        for (const share of [c.pValue, c.affectedRate, c.baselineRate]) {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it("never lowers the pooled severity when one more exposed device is affected", () => {
    fc.assert(
      fc.property(
        cohortArb(MAX_CANDIDATE_DEVICES, NEAR_THRESHOLD_SHARE),
        cohortArb(MAX_BASELINE_DEVICES, QUIET_BASELINE_SHARE),
        fc.nat(),
        (candidate, baseline, pick) => {
          const worse = oneMoreCrash(candidate, pick);
          fc.pre(worse !== null);
          const before = gradeSeverity(compareToBaseline(candidate, baseline, "crashed"));
          const after = gradeSeverity(compareToBaseline(worse!, baseline, "crashed"));
          expect(rank(after)).toBeGreaterThanOrEqual(rank(before));
        },
      ),
    );
  });

  it("never lowers the slice's severity (pooled or subgroup) when one more exposed device is affected", () => {
    fc.assert(
      fc.property(
        fc.oneof(cohortArb(MAX_CANDIDATE_DEVICES, NEAR_THRESHOLD_SHARE), fewCrashesArb),
        fc.oneof(cohortArb(MAX_BASELINE_DEVICES, QUIET_BASELINE_SHARE), quietStrataArb),
        fc.nat(),
        (candidate, baseline, pick) => {
          const worse = oneMoreCrash(candidate, pick);
          fc.pre(worse !== null);
          expect(rank(crashSeverity(worse!, baseline))).toBeGreaterThanOrEqual(rank(crashSeverity(candidate, baseline)));
        },
      ),
    );
  });

  it("finds no anomaly in a candidate whose every profile has the same rates as a much larger baseline", () => {
    fc.assert(
      fc.property(cohortArb(MAX_CANDIDATE_DEVICES), fc.integer({ min: MIN_SCALE, max: MAX_SCALE }), (candidate, scale) => {
        const baseline = candidate.map((p) => ({ ...p, devices: p.devices * scale, crashed: p.crashed * scale }));
        expect(detectSlice(slice(candidate, baseline))).toEqual([]);
      }),
    );
  });
});

describe("severity regressions (fast-check counterexamples, shrunk)", () => {
  it("does not drop a warning when a device elsewhere crashes and brings a third subgroup to the minimum (the Bonferroni count grew with it)", () => {
    const baseline = [
      profile({ os: "windows", model: "C" }, 154, { crashed: 1 }),
      profile({ os: "macos", model: "A" }, 100, { crashed: 4 }),
      profile({ os: "windows", model: "C" }, 100, { crashed: 2 }),
    ];
    const candidate = (linuxBCrashed: number) => [
      profile({ os: "windows", model: "A" }, 31, { crashed: 5 }),
      profile({ os: "linux", model: "B" }, 1, { crashed: linuxBCrashed }),
      profile({ os: "linux", model: "A" }, 11, { crashed: 2 }),
    ];
    expect(rank(crashSeverity(candidate(1), baseline))).toBeGreaterThanOrEqual(rank(crashSeverity(candidate(0), baseline)));
  });
});
