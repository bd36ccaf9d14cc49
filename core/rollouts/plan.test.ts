import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { offeredRings, type DeploymentState, type DeploymentStatus } from "./deployment";
import type { HoldRule } from "./holds";
import { offerFor, type AskingDevice, type ComponentPlan } from "./plan";
import { inWave, waveBucket } from "./waves";

const RINGS = ["canary", "early", "broad"];
const started = new Date("2026-12-01T10:00:00Z");
const stateArb: fc.Arbitrary<DeploymentState> = fc
  .record({
    status: fc.constantFrom<DeploymentStatus>("active", "paused", "halted"),
    reached: fc.integer({ min: 1, max: 3 }),
    waves: fc.constantFrom([100], [10, 50, 100], [1, 100]),
    wave: fc.nat(2),
  })
  .map(({ status, reached, waves, wave }) => ({
    status,
    pausedReason: null,
    stages: RINGS.map((ring, i) => ({
      ring,
      bakeSeconds: 60,
      status: i < reached - 1 ? "passed" : i === reached - 1 ? "baking" : "pending",
      startedAt: i < reached ? started : null,
      finishedAt: null,
      waves,
      waveStartedAt:
        i < reached - 1 ? waves.map(() => started) : i === reached - 1 ? waves.slice(0, Math.min(wave, waves.length - 1) + 1).map(() => started) : [],
    })),
  }));
const attributes = fc.record({ os: fc.constantFrom("windows", "linux"), osVersion: fc.constantFrom("10.0.22631", "10.0.26100") }, { requiredKeys: [] });
const deviceArb: fc.Arbitrary<AskingDevice> = fc.record({
  deviceId: fc.string({ minLength: 1, maxLength: 12 }),
  known: fc.boolean(),
  exposed: fc.boolean(),
  attributes,
});
const holdArb: fc.Arbitrary<HoldRule> = fc.record({
  id: fc.uuid(),
  dimension: fc.constantFrom("os", "osVersion"),
  value: fc.constantFrom("windows", "linux", "10.0.22631", "10.0.26100"),
  revert: fc.boolean(),
});
const planOf = (state: DeploymentState, holds: HoldRule[] = []): ComponentPlan => ({
  component: "content",
  baseline: "old",
  live: { deploymentId: "d", releaseId: "r", version: "new", state, holds },
});

/** The share of its ring a reached stage offers now: its current wave's, or all of it once passed. */
function offeredShare(state: DeploymentState, ring: string): number {
  const stage = state.stages.find((s) => s.ring === ring)!;
  if (stage.status === "passed") return 100;
  return stage.waves![stage.waveStartedAt!.length - 1];
}

describe("offerFor", () => {
  it("offers the release only to a known or already exposed device in a reached ring, and to no new device unless active", () => {
    fc.assert(
      fc.property(stateArb, fc.option(fc.constantFrom(...RINGS), { nil: null }), deviceArb, (state, ring, device) => {
        const offer = offerFor(planOf(state), ring, device);
        const reached = ring !== null && offeredRings(state).includes(ring);
        const inWaves = reached && inWave(waveBucket("d", device.deviceId), offeredShare(state, ring));
        const expectNew = reached && (device.exposed || (device.known && state.status === "active" && inWaves));
        expect(offer?.version).toBe(expectNew ? "new" : "old");
        expect(offer?.exposure !== null).toBe(expectNew);
      }),
    );
  });

  it("exposes a new device only inside the waves started so far", () => {
    fc.assert(
      fc.property(stateArb, deviceArb, (state, device) => {
        const ring = state.stages.find((s) => s.status === "baking")!.ring;
        const offer = offerFor(planOf(state), ring, { ...device, exposed: false });
        if (offer?.exposure) expect(inWave(waveBucket("d", device.deviceId), offeredShare(state, ring))).toBe(true);
      }),
    );
  });

  it("never offers the release to a device of a held cohort that does not run it, and reverts it where the hold says so", () => {
    fc.assert(
      fc.property(stateArb, fc.constantFrom(...RINGS), deviceArb, fc.array(holdArb, { minLength: 1, maxLength: 3 }), (state, ring, device, holds) => {
        const matching = holds.filter((h) => device.attributes[h.dimension as "os"] === h.value);
        const offer = offerFor(planOf(state, holds), ring, device);
        if (matching.length === 0) {
          expect(offer).toEqual(offerFor(planOf(state), ring, device));
          return;
        }
        expect(offer?.exposure).toBeNull();
        const keepsIt = device.exposed && !matching.some((h) => h.revert) && offeredRings(state).includes(ring);
        expect(offer?.version).toBe(keepsIt ? "new" : "old");
      }),
    );
  });

  it("offers nothing for a component never released and not being rolled out", () => {
    expect(offerFor({ component: "x", baseline: null, live: null }, "canary", { deviceId: "a", known: true, exposed: false, attributes: {} })).toBeNull();
  });
});
