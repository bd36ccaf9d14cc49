import { describe, expect, it } from "vitest";
import { ringsInRolloutOrder, stateSlices } from "./fleetSlices";

describe("stateSlices", () => {
  it("gives every state its count and share of the fleet", () => {
    const slices = stateSlices({ devices: 4, byState: { healthy: 2, crashed: 1, boot_loop: 0, silent: 1 }, byRing: [] });
    expect(slices.map((s) => [s.state, s.devices, s.share])).toEqual([
      ["healthy", 2, 0.5],
      ["crashed", 1, 0.25],
      ["boot_loop", 0, 0],
      ["silent", 1, 0.25],
    ]);
  });

  it("has zero shares for an empty fleet instead of NaN", () => {
    const slices = stateSlices({ devices: 0, byState: { healthy: 0, crashed: 0, boot_loop: 0, silent: 0 }, byRing: [] });
    expect(slices.every((s) => s.share === 0)).toBe(true);
  });
});

describe("ringsInRolloutOrder", () => {
  it("puts known rings in rollout order, others by name, unassigned last", () => {
    const rings = ["unassigned", "broad", "zeta", "canary", "alpha", "early"].map((ring) => ({ ring, devices: 1 }));
    expect(ringsInRolloutOrder(rings, ["canary", "early", "broad"]).map((r) => r.ring)).toEqual(["canary", "early", "broad", "alpha", "zeta", "unassigned"]);
  });
});
