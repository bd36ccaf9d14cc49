import { describe, expect, it } from "vitest";
import type { RecoveryView } from "../../schemas/containment";
import { makeDeviceProfile } from "../fleet/simulator";
import { checkCohortOffers, cohortValue, containmentSettled, missedContainmentGoals, NO_CONTAINMENT, recoveredBy } from "./containment";
import type { ManifestAnswerRecord } from "./reachedRings";

const release = { component: "sensor", version: "2" };
const cohort = { dimension: "osVersion", value: "10.0.22631" };
const answer = (deviceId: string, askedAt: number, version: string): ManifestAnswerRecord => ({
  deviceId,
  trueRing: "canary",
  askedAt,
  receivedAt: askedAt + 5,
  answeredRing: "canary",
  versions: { sensor: version },
});
const held = new Set(["h1", "h2", "h3"]);
const inCohort = (id: string) => held.has(id);

describe("checkCohortOffers", () => {
  it("lets a device exposed before the hold keep the release, and counts one first offered after it", () => {
    const answers = [answer("h1", 100, "2"), answer("h1", 300, "2"), answer("h2", 150, "1"), answer("h2", 250, "2"), answer("h3", 260, "1")];
    expect(checkCohortOffers(answers, inCohort, cohort, 200, release)).toMatchObject({ cohortDevices: 3, offeredAfterHold: 1, outsideDevices: 0 });
  });

  it("counts devices outside the cohort by their latest answer", () => {
    const answers = [answer("o1", 100, "1"), answer("o1", 400, "2"), answer("o2", 100, "2"), answer("o2", 500, "1"), answer("o3", 50, "1")];
    expect(checkCohortOffers(answers, inCohort, cohort, 200, release)).toMatchObject({ outsideDevices: 3, refusedOutside: 2, offeredAfterHold: 0 });
  });
});

describe("cohortValue", () => {
  it("reads every hold dimension off a simulated device", () => {
    const device = { ...makeDeviceProfile(1, { seed: 1, versions: { sensor: "2" } }), tags: { site: "fra" } };
    expect(cohortValue(device, "osVersion")).toBe(device.osVersion);
    expect(cohortValue(device, "os")).toBe(device.os);
    expect(cohortValue(device, "tags.site")).toBe("fra");
    expect(cohortValue(device, "versions.sensor")).toBe("2");
    expect(cohortValue(device, "hostname")).toBeUndefined();
  });
});

const hold = (dimension: string, value: string) => ({
  id: `${dimension}=${value}`,
  deploymentId: "d",
  dimension,
  value,
  reason: "r",
  revert: false,
  anomalyId: null,
  createdAt: "2026-12-01T10:00:00.000Z",
  createdBy: "system",
  releasedAt: null,
  releasedBy: null,
  releaseReason: null,
  devices: 10,
  exposedDevices: 2,
});

function recovery(methods: (string | null)[]): RecoveryView {
  return {
    anomalyId: "a",
    affected: methods.length,
    down: 0,
    inRepair: 0,
    recovered: methods.length,
    mttrSec: 60,
    recoveryKeysUsed: 0,
    burndown: [],
    slowestSites: [],
    devices: methods.map((method, i) => ({
      deviceId: `d${i}`,
      hostname: null,
      site: null,
      state: method ? "recovered" : "down",
      ...(method ? { method: method as "manual" } : {}),
      since: "2026-12-01T10:00:00.000Z",
      affectedAt: "2026-12-01T10:00:00.000Z",
      health: "healthy",
    })),
  } as RecoveryView;
}

describe("containment goals", () => {
  it("wants exactly the named hold, no pause, and a completed deployment that refused nobody outside the cohort", () => {
    const goals = { blameRelease: true, paused: false, hold: cohort, completes: true };
    const offers = { cohort, cohortDevices: 10, offeredAfterHold: 0, outsideDevices: 90, refusedOutside: 0 };
    const good = { ...NO_CONTAINMENT, holds: [hold("osVersion", "10.0.22631")], cohortOffers: offers };
    expect(missedContainmentGoals(good, goals, { status: "completed" }, false)).toEqual([]);
    expect(missedContainmentGoals(good, goals, { status: "active" }, true)).toEqual([
      "never paused (a hold contains the fault instead)",
      "the rest of the fleet completes the rollout (the deployment is active)",
    ]);
    const wide = { ...good, holds: [...good.holds, hold("os", "windows")], cohortOffers: { ...offers, offeredAfterHold: 2, refusedOutside: 3 } };
    expect(missedContainmentGoals(wide, goals, { status: "completed" }, false)).toEqual([
      "a hold on osVersion=10.0.22631 only (also held: os=windows)",
      "no device of osVersion=10.0.22631 newly offered the release after the hold (got 2)",
      "every device outside the held cohort offered the release (3 of 90 were not)",
    ]);
    expect(missedContainmentGoals(NO_CONTAINMENT, goals, { status: "completed" }, false)).toEqual(["a hold on osVersion=10.0.22631 (got none)"]);
  });

  it("wants the pause's reach and devices recovered both on their own and by the team", () => {
    const goals = { blameRelease: true, recovers: true };
    expect(missedContainmentGoals(NO_CONTAINMENT, goals, { status: "paused" }, true)).toEqual([
      "the reach of the pause measured (got no stop)",
      "a device recovered by reverting on its own (self_reverted)",
      "a device recovered by the on-site team (manual or reimaged)",
    ]);
    const reach = { action: "pause" } as NonNullable<(typeof NO_CONTAINMENT)["stopReach"]>;
    const done = { ...NO_CONTAINMENT, stopReach: reach, recovery: recovery(["self_reverted", "manual", null]), repaired: 1 };
    expect(missedContainmentGoals(done, goals, { status: "paused" }, true)).toEqual([]);
    expect(recoveredBy(done.recovery)).toEqual({ self_reverted: 1, manual: 1 });
  });

  it("settles a recovery run only once the team is done and every device it fixed has recovered", () => {
    const goals = { blameRelease: true, recovers: true };
    const base = { ...NO_CONTAINMENT, recovery: recovery(["self_reverted", "manual"]), repaired: 2 };
    expect(containmentSettled(base, goals, { status: "paused" }, true)).toBe(false);
    expect(containmentSettled({ ...base, repaired: 1 }, goals, { status: "paused" }, false)).toBe(false);
    expect(containmentSettled({ ...base, repaired: 1 }, goals, { status: "paused" }, true)).toBe(true);
    expect(containmentSettled(NO_CONTAINMENT, { blameRelease: true, completes: true }, { status: "active" }, true)).toBe(false);
  });
});
