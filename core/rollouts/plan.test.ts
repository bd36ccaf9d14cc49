import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { offeredRings, type DeploymentState, type DeploymentStatus } from "./deployment";
import { offerFor, type ComponentPlan } from "./plan";

const RINGS = ["canary", "early", "broad"];
const stateArb: fc.Arbitrary<DeploymentState> = fc
  .record({ status: fc.constantFrom<DeploymentStatus>("active", "paused", "halted"), reached: fc.integer({ min: 1, max: 3 }) })
  .map(({ status, reached }) => ({
    status,
    pausedReason: null,
    stages: RINGS.map((ring, i) => ({
      ring,
      bakeSeconds: 60,
      status: i < reached - 1 ? "passed" : i === reached - 1 ? "baking" : "pending",
      startedAt: i < reached ? new Date("2026-12-01T10:00:00Z") : null,
      finishedAt: null,
    })),
  }));

describe("offerFor", () => {
  it("offers the release only to a known or already exposed device in a reached ring, and to no new device unless active", () => {
    fc.assert(
      fc.property(stateArb, fc.option(fc.constantFrom(...RINGS), { nil: null }), fc.boolean(), fc.boolean(), (state, ring, known, exposed) => {
        const plan: ComponentPlan = { component: "content", baseline: "old", live: { deploymentId: "d", releaseId: "r", version: "new", state } };
        const offer = offerFor(plan, ring, { known, exposed });
        const reached = ring !== null && offeredRings(state).includes(ring);
        const expectNew = reached && (exposed || (known && state.status === "active"));
        expect(offer?.version).toBe(expectNew ? "new" : "old");
        expect(offer?.exposure !== null).toBe(expectNew);
      }),
    );
  });

  it("offers nothing for a component never released and not being rolled out", () => {
    expect(offerFor({ component: "x", baseline: null, live: null }, "canary", { known: true, exposed: false })).toBeNull();
  });
});
