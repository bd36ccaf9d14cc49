import { describe, expect, it } from "vitest";
import type { AnomalyView } from "../../schemas/anomalies";
import type { FleetStats } from "../fleet/simulator";
import { NO_CONTAINMENT } from "./containment";
import type { ScenarioObservation } from "./measure";
import { detectionTickSummary, runNotes } from "./notes";

const quiet: ScenarioObservation = {
  exposure: {
    firstExposureAt: 1,
    offeredByRing: { canary: 3 },
    ringMismatches: 0,
    answers: 10,
    failures: {},
    answerLatencyMs: { p50: 20, p95: 300, max: 900 },
  },
  reach: { offers: 3, violations: 0, violatingDevices: 0, unjudged: 0, first: [], lastReceivedAt: null },
  deployment: { id: "d", status: "active", stages: [] },
  anomalies: [],
  strayAnomalies: [],
  sightings: {},
  criticalSeenAt: null,
  pausedSeenAt: null,
  pausedAt: null,
  detectionTicks: {},
  containment: NO_CONTAINMENT,
};
const clean = { rejected: 0, dropped: 0, unsent: 0, hookErrors: 0 } as FleetStats;

describe("runNotes", () => {
  it("has nothing to say about a clean run", () => {
    expect(runNotes(quiet, clean, [])).toEqual([]);
  });

  it("mentions anomalies elsewhere, pin mismatches, lost events, failed manifest checks and API errors", () => {
    const stray = { kind: "heartbeat_loss", severity: "warning", component: "sensor-a", version: "1.1.0", ring: "canary" } as AnomalyView;
    const exposure = {
      ...quiet.exposure,
      ringMismatches: 2,
      failures: { "TypeError: fetch failed: ECONNRESET": 4 },
      answerLatencyMs: { p50: 800, p95: 12_000, max: 30_000 },
    };
    const reach = { ...quiet.reach, unjudged: 5 };
    const notes = runNotes({ ...quiet, strayAnomalies: [stray], exposure, reach }, { ...clean, rejected: 1, unsent: 2 }, ["GET x answered 500"]);
    expect(notes).toEqual([
      "meanwhile heartbeat_loss/warning against another deployment (sensor-a 1.1.0, canary)",
      "2 manifest answers named another ring than the device's pin (asked before the app had it: before the device's first heartbeat, it is hashed)",
      "5 offers to devices without a ring pin were not judged against the reached rings",
      "slow manifest: answers took 0.8 s (median), 12.0 s (p95), 30.0 s (max)",
      "3 events not stored (rejected 1, dropped 0, unsent 2)",
      "4 manifest checks failed (4x TypeError: fetch failed: ECONNRESET)",
      "API errors while watching: GET x answered 500",
    ]);
  });
});

describe("detectionTickSummary", () => {
  it("gives tick durations and the longest gap between ticks", () => {
    const ticks = { "2026-11-22T10:00:00.000Z": 300, "2026-11-22T10:00:10.000Z": 500, "2026-11-22T10:00:35.000Z": 4200 };
    expect(detectionTickSummary(ticks)).toBe("detection: 3 ticks seen, each took 0.5 s (median) to 4.2 s, longest gap between ticks seen 25.0 s");
    expect(detectionTickSummary({})).toBeNull();
  });
});
