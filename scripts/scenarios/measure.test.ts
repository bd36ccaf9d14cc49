import { describe, expect, it } from "vitest";
import { NO_CONTAINMENT } from "./containment";
import type { AnomalyView } from "../../schemas/anomalies";
import { blastRadius, criticalSince, goalsSettled, leadAnomaly, measureScenario, type ScenarioObservation } from "./measure";
import type { ScenarioGoals } from "./scenario";

function anomaly(overrides: Partial<AnomalyView>): AnomalyView {
  return {
    id: "an-1",
    kind: "crash_rate",
    severity: "warning",
    status: "open",
    ring: "canary",
    component: "sensor",
    version: "2",
    deploymentId: "dep-1",
    detectedAt: "2026-11-22T10:00:30.000Z",
    updatedAt: "2026-11-22T10:00:30.000Z",
    lastFiringAt: "2026-11-22T10:00:30.000Z",
    detectionLagSec: 5,
    summary: "",
    evidence: {} as AnomalyView["evidence"],
    suspects: [],
    note: null,
    acknowledgedBy: null,
    acknowledgedAt: null,
    resolvedBy: null,
    resolvedAt: null,
    ...overrides,
  };
}

const windows = { dimension: "os", value: "windows", share: 1, exposedShare: 0.5, lift: 2 };
const T0 = Date.parse("2026-11-22T10:00:00.000Z");

function observation(overrides: Partial<ScenarioObservation> = {}): ScenarioObservation {
  return {
    containment: NO_CONTAINMENT,
    exposure: { firstExposureAt: T0, offeredByRing: { canary: 100 }, ringMismatches: 0, answers: 500, failures: {}, answerLatencyMs: null },
    reach: { offers: 300, violations: 0, violatingDevices: 0, unjudged: 0, first: [], lastReceivedAt: null },
    deployment: {
      id: "dep-1",
      status: "paused",
      stages: [
        { ring: "canary", status: "baking", exposedDevices: 100, startedAt: "2026-11-22T10:00:00.000Z" },
        { ring: "early", status: "pending", exposedDevices: 0 },
      ],
    },
    anomalies: [anomaly({ severity: "critical", suspects: [windows] })],
    strayAnomalies: [],
    sightings: { "an-1": { firstSeverity: "critical", criticalSeenAt: T0 + 31_000 } },
    criticalSeenAt: T0 + 31_000,
    pausedSeenAt: T0 + 31_000,
    pausedAt: T0 + 30_000,
    detectionTicks: {},
    ...overrides,
  };
}

const bootLoopGoals: ScenarioGoals = {
  blameRelease: true,
  criticalWithinSec: 40,
  paused: true,
  maxBlastRadius: 0,
  topSuspect: { dimension: "os", value: "windows" },
};

describe("blastRadius", () => {
  it("counts devices outside the first ring, from the fleet's answers and from the app's stages", () => {
    const exposure = {
      firstExposureAt: T0,
      offeredByRing: { canary: 90, early: 3, broad: 1 },
      ringMismatches: 0,
      answers: 1,
      failures: {},
      answerLatencyMs: null,
    };
    const deployment = {
      id: "d",
      status: "active",
      stages: [
        { ring: "canary", status: "passed", exposedDevices: 95 },
        { ring: "early", status: "baking", exposedDevices: 5 },
      ],
    };
    expect(blastRadius(exposure, deployment, "canary")).toEqual({ fromManifest: 4, fromServer: 5 });
  });
});

describe("criticalSince", () => {
  it("takes detectedAt for an anomaly that opened critical, and the sighting for one that became critical later", () => {
    const openedCritical = anomaly({ id: "x", severity: "critical", detectedAt: "2026-11-22T10:00:40.000Z" });
    const upgraded = anomaly({ id: "y", severity: "critical", detectedAt: "2026-11-22T10:00:10.000Z" });
    const sightings = {
      x: { firstSeverity: "critical" as const, criticalSeenAt: T0 + 41_000 },
      y: { firstSeverity: "warning" as const, criticalSeenAt: T0 + 50_000 },
    };
    expect(criticalSince([openedCritical, upgraded], sightings)).toBe(T0 + 40_000);
    expect(criticalSince([upgraded], sightings)).toBe(T0 + 50_000);
    expect(criticalSince([anomaly({ id: "x" })], sightings)).toBeNull();
  });
});

describe("leadAnomaly", () => {
  it("prefers the goal's kind, then the most severe, then the earliest", () => {
    const early = anomaly({ id: "early-warning", detectedAt: "2026-11-22T10:00:10.000Z" });
    const critical = anomaly({ id: "critical", severity: "critical", kind: "heartbeat_loss", detectedAt: "2026-11-22T10:00:20.000Z" });
    const laterCritical = anomaly({ id: "later", severity: "critical", kind: "heartbeat_loss", detectedAt: "2026-11-22T10:00:40.000Z" });
    expect(leadAnomaly([early, laterCritical, critical])?.id).toBe("critical");
    expect(leadAnomaly([early, critical], "crash_rate")?.id).toBe("early-warning");
    expect(leadAnomaly([])).toBeNull();
  });
});

describe("measureScenario", () => {
  it("passes a boot loop caught in time, paused, contained, with the right suspect", () => {
    const outcome = measureScenario(observation(), bootLoopGoals, "canary");
    expect(outcome).toMatchObject({
      secondsToCritical: 30,
      secondsToCriticalSeen: 31,
      paused: true,
      blastRadius: { fromManifest: 0, fromServer: 0 },
      suspectVerdict: "right",
      missed: [],
    });
  });

  it("names every goal a slow, unpaused, leaking run missed", () => {
    const leaking = observation({
      sightings: { "an-1": { firstSeverity: "warning", criticalSeenAt: T0 + 75_000 } },
      criticalSeenAt: T0 + 75_000,
      pausedSeenAt: null,
      pausedAt: null,
      exposure: { firstExposureAt: T0, offeredByRing: { canary: 100, early: 12 }, ringMismatches: 0, answers: 900, failures: {}, answerLatencyMs: null },
      deployment: {
        id: "dep-1",
        status: "active",
        stages: [
          { ring: "canary", status: "passed", exposedDevices: 100 },
          { ring: "early", status: "baking", exposedDevices: 12 },
        ],
      },
      anomalies: [anomaly({ severity: "critical", suspects: [{ ...windows, dimension: "model", value: "Dell OptiPlex 7010" }] })],
    });
    const missed = measureScenario(leaking, bootLoopGoals, "canary").missed;
    expect(missed).toEqual([
      "critical anomaly within 40 s of first exposure (got 75.0 s)",
      "deployment paused (it is active)",
      "at most 0 devices outside the first ring offered the release (manifest 12, server 12)",
      "top suspect os=windows (got model=Dell OptiPlex 7010)",
    ]);
  });

  it("counts every anomaly against a good release as a false blame, and leaves stray ones to the notes", () => {
    const stray = anomaly({ id: "stray", deploymentId: "dep-0" });
    const benign = measureScenario(observation({ strayAnomalies: [stray] }), { blameRelease: false }, "canary");
    expect(benign.falseBlames.map((a) => a.id)).toEqual(["an-1"]);
    expect(benign.topSuspect).toBeNull();
    expect(benign.missed).toEqual(["no false blames (got 1: crash_rate/critical)"]);
    expect(measureScenario(observation({ strayAnomalies: [stray] }), bootLoopGoals, "canary").falseBlames).toEqual([]);
    expect(measureScenario(observation({ anomalies: [], strayAnomalies: [stray] }), { blameRelease: false }, "canary").missed).toEqual([]);
  });

  it("needs an anomaly of the goal's kind and takes the suspect from it", () => {
    const goals: ScenarioGoals = { blameRelease: true, anomalyKind: "crash_rate", topSuspect: { dimension: "osVersion", value: "10.0.22631" } };
    const build = { dimension: "osVersion", value: "10.0.22631", share: 0.8, exposedShare: 0.3, lift: 2.7 };
    const seen = observation({ anomalies: [anomaly({ kind: "heartbeat_loss", severity: "critical", suspects: [windows] }), anomaly({ suspects: [build] })] });
    expect(measureScenario(seen, goals, "canary")).toMatchObject({ suspectVerdict: "right", missed: [] });
    const missing = observation({ anomalies: [anomaly({ kind: "heartbeat_loss", suspects: [build] })] });
    expect(measureScenario(missing, goals, "canary").missed).toEqual(["a crash_rate anomaly against the release"]);
  });

  it("fails any run, good or bad release, that saw an offer outside the rings reached, and shows the first", () => {
    const leak = { deviceId: "d7", trueRing: "broad", answeredRing: "canary", askedAt: T0 + 2000, receivedAt: T0 + 2100, reason: "ring not reached" as const };
    const leaked = observation({ reach: { offers: 300, violations: 3, violatingDevices: 2, unjudged: 0, first: [leak], lastReceivedAt: T0 + 31_500 } });
    for (const goals of [bootLoopGoals, { blameRelease: false }]) {
      const outcome = measureScenario({ ...leaked, anomalies: goals.blameRelease ? leaked.anomalies : [] }, goals, "canary");
      expect(outcome.outsideReach).toEqual({ answers: 3, devices: 2 });
      expect(outcome.missed).toEqual([
        "no offer outside the rings the deployment had reached (got 3 offers to 2 devices, the last received +31.50 s; first, from the first stage's start:\n      d7 (pinned broad, answered as canary) asked +2.00 s, received +2.10 s: ring not reached)",
      ]);
    }
  });

  it("needs the goal's kind to be critical, and leads with it", () => {
    const goals: ScenarioGoals = { blameRelease: true, criticalKind: "boot_loop", topSuspect: { dimension: "os", value: "windows" } };
    const site = { dimension: "tags.site", value: "fra", share: 0.9, exposedShare: 0.5, lift: 1.1 };
    const warningOnly = observation({
      anomalies: [anomaly({ kind: "boot_loop", suspects: [windows] }), anomaly({ id: "an-2", severity: "critical", suspects: [site] })],
    });
    expect(measureScenario(warningOnly, goals, "canary").missed).toEqual(["a critical boot_loop anomaly against the release"]);
    expect(goalsSettled(warningOnly, goals)).toBe(false);
    const critical = observation({
      anomalies: [anomaly({ id: "an-2", severity: "critical", suspects: [site] }), anomaly({ kind: "boot_loop", severity: "critical", suspects: [windows] })],
    });
    expect(measureScenario(critical, goals, "canary")).toMatchObject({ suspectVerdict: "right", missed: [] });
    expect(goalsSettled(critical, goals)).toBe(true);
  });

  it("fails a run in which no device was ever offered the release", () => {
    const never = observation({
      exposure: { firstExposureAt: null, offeredByRing: {}, ringMismatches: 0, answers: 10, failures: {}, answerLatencyMs: null },
      anomalies: [],
    });
    expect(measureScenario(never, { blameRelease: false }, "canary").missed).toEqual(["no device was ever offered the release"]);
  });
});

describe("goalsSettled", () => {
  it("settles a bad release once its critical anomaly and its pause have both been seen", () => {
    expect(goalsSettled(observation(), bootLoopGoals)).toBe(true);
    expect(goalsSettled(observation({ pausedSeenAt: null }), bootLoopGoals)).toBe(false);
    expect(goalsSettled(observation({ anomalies: [] }), bootLoopGoals)).toBe(false);
  });

  it("watches an unpaused bad release to the end, to see how far it spreads", () => {
    const crashGoals: ScenarioGoals = { blameRelease: true, anomalyKind: "crash_rate" };
    expect(goalsSettled(observation({ pausedSeenAt: null }), crashGoals)).toBe(false);
    expect(goalsSettled(observation(), crashGoals)).toBe(true);
  });

  it("never settles a good release early: it is watched for the whole window", () => {
    expect(goalsSettled(observation(), { blameRelease: false })).toBe(false);
  });
});
