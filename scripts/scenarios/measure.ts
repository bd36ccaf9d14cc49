/** Pure measures of one scenario run: time to detection, blast radius, false blames, suspects, goals. */
import type { AnomalyView, Severity, Suspect } from "../../schemas/anomalies";
import { missedContainmentGoals, summarizeContainment, type ContainmentObservation, type ContainmentSummary } from "./containment";
import type { ExposureSummary } from "./exposureLog";
import { describeViolation, type ReachCheck } from "./reachedRings";
import type { ExpectedSuspect, ScenarioGoals } from "./scenario";

/** The slice of GET /api/v1/deployments/{id} the measures need. */
export interface DeploymentSnapshot {
  id: string;
  status: string;
  pausedReason?: string | null;
  stages: Array<{ ring: string; status: string; exposedDevices: number; startedAt?: string | null }>;
}

/** Everything one run observed, client-side times in epoch ms. */
export interface ScenarioObservation {
  exposure: ExposureSummary;
  /** Every offer the fleet saw, judged against the rings the deployment had reached at that instant. */
  reach: ReachCheck;
  deployment: DeploymentSnapshot;
  /** Anomalies against the scenario's deployment, as last read. */
  anomalies: AnomalyView[];
  /** Anomalies raised against any other deployment while the scenario ran (shown, not judged). */
  strayAnomalies: AnomalyView[];
  /** Per anomaly id, what the watch saw of its severity. */
  sightings: Record<string, AnomalySighting>;
  criticalSeenAt: number | null;
  pausedSeenAt: number | null;
  /** When the app paused the deployment (its audit log), null if it never did. */
  pausedAt: number | null;
  /** Detection ticks seen while watching: start time -> duration in ms. */
  detectionTicks: Record<string, number>;
  /** Holds, the stop's reach and recovery (read for every scenario, judged where goals ask). */
  containment: ContainmentObservation;
}

export interface AnomalySighting {
  firstSeverity: Severity;
  criticalSeenAt: number | null;
}

export interface BlastRadius {
  fromManifest: number;
  fromServer: number;
}

export type SuspectVerdict = "right" | "wrong" | "none";

export interface ScenarioOutcome {
  /** First exposure to the first critical anomaly, by the app's clock for the anomaly. */
  secondsToCritical: number | null;
  /** The same, by when the watch first saw it (API latency included). */
  secondsToCriticalSeen: number | null;
  paused: boolean;
  blastRadius: BlastRadius;
  /** Offers to devices outside the rings reached (or new devices while held), by answers and devices. */
  outsideReach: { answers: number; devices: number };
  falseBlames: AnomalyView[];
  leadAnomaly: AnomalyView | null;
  topSuspect: Suspect | null;
  suspectVerdict: SuspectVerdict | null;
  containment: ContainmentSummary;
  missed: string[];
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, critical: 2 };

/** Devices outside the first ring offered the release: by the fleet's own answers and by the app's count. */
export function blastRadius(exposure: ExposureSummary, deployment: DeploymentSnapshot, firstRing: string): BlastRadius {
  const fromManifest = Object.entries(exposure.offeredByRing).reduce((sum, [ring, n]) => (ring === firstRing ? sum : sum + n), 0);
  const fromServer = deployment.stages.reduce((sum, stage) => (stage.ring === firstRing ? sum : sum + stage.exposedDevices), 0);
  return { fromManifest, fromServer };
}

/** Seconds from the first exposure to a moment, or null when either is missing. */
export function secondsSinceExposure(exposure: ExposureSummary, at: number | null): number | null {
  return exposure.firstExposureAt === null || at === null ? null : (at - exposure.firstExposureAt) / 1000;
}

/**
 * When a critical anomaly first stood against the release. Severity only goes up, and detectedAt
 * is when the anomaly opened, so it counts only for anomalies that opened critical; one that became
 * critical later counts from when the watch saw it so.
 */
export function criticalSince(anomalies: readonly AnomalyView[], sightings: Record<string, AnomalySighting>): number | null {
  const times = anomalies
    .filter((a) => a.severity === "critical")
    .map((a) => (sightings[a.id]?.firstSeverity === "critical" ? Date.parse(a.detectedAt) : (sightings[a.id]?.criticalSeenAt ?? null)))
    .filter((at): at is number => at !== null);
  return times.length === 0 ? null : Math.min(...times);
}

/**
 * Anomalies that blame a release for what it did not do: any against a good one. Stray anomalies on
 * other deployments are reported apart: they are mostly earlier scenarios' fleets, switched off.
 */
export function falseBlames(observation: ScenarioObservation, goals: ScenarioGoals): AnomalyView[] {
  return goals.blameRelease ? [] : observation.anomalies;
}

/** The anomaly an operator looks at first: the goal's kind if present, most severe, then earliest. */
export function leadAnomaly(anomalies: AnomalyView[], preferKind?: string): AnomalyView | null {
  const ofKind = anomalies.filter((a) => a.kind === preferKind);
  const pool = ofKind.length > 0 ? ofKind : anomalies;
  const sorted = [...pool].sort((x, y) => SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity] || x.detectedAt.localeCompare(y.detectedAt));
  return sorted[0] ?? null;
}

export function judgeSuspect(top: Suspect | null, expected: ExpectedSuspect): SuspectVerdict {
  if (!top) return "none";
  return top.dimension === expected.dimension && top.value === expected.value ? "right" : "wrong";
}

export function measureScenario(observation: ScenarioObservation, goals: ScenarioGoals, firstRing: string): ScenarioOutcome {
  const lead = goals.blameRelease ? leadAnomaly(observation.anomalies, goals.criticalKind ?? goals.anomalyKind) : null;
  const topSuspect = lead?.suspects[0] ?? null;
  const outcome: ScenarioOutcome = {
    secondsToCritical: secondsSinceExposure(observation.exposure, criticalSince(observation.anomalies, observation.sightings)),
    secondsToCriticalSeen: secondsSinceExposure(observation.exposure, observation.criticalSeenAt),
    paused: observation.pausedSeenAt !== null || observation.pausedAt !== null,
    blastRadius: blastRadius(observation.exposure, observation.deployment, firstRing),
    outsideReach: { answers: observation.reach.violations, devices: observation.reach.violatingDevices },
    falseBlames: falseBlames(observation, goals),
    leadAnomaly: lead,
    topSuspect,
    suspectVerdict: goals.topSuspect ? judgeSuspect(topSuspect, goals.topSuspect) : null,
    containment: summarizeContainment(observation.containment),
    missed: [],
  };
  return { ...outcome, missed: missedGoals(outcome, observation, goals) };
}

/** One line per goal the run missed; empty when it met them all. */
export function missedGoals(outcome: ScenarioOutcome, observation: ScenarioObservation, goals: ScenarioGoals): string[] {
  const missed: string[] = [];
  if (observation.exposure.firstExposureAt === null) missed.push("no device was ever offered the release");
  if (goals.criticalWithinSec !== undefined && !(outcome.secondsToCritical !== null && outcome.secondsToCritical <= goals.criticalWithinSec)) {
    missed.push(
      `critical anomaly within ${goals.criticalWithinSec} s of first exposure (got ${outcome.secondsToCritical === null ? "none" : `${outcome.secondsToCritical.toFixed(1)} s`})`,
    );
  }
  if (goals.paused && !outcome.paused) missed.push(`deployment paused (it is ${observation.deployment.status})`);
  const { fromManifest, fromServer } = outcome.blastRadius;
  if (goals.maxBlastRadius !== undefined && Math.max(fromManifest, fromServer) > goals.maxBlastRadius) {
    missed.push(`at most ${goals.maxBlastRadius} devices outside the first ring offered the release (manifest ${fromManifest}, server ${fromServer})`);
  }
  if (observation.reach.violations > 0) missed.push(outsideReachLine(observation));
  if (goals.anomalyKind && !observation.anomalies.some((a) => a.kind === goals.anomalyKind)) missed.push(`a ${goals.anomalyKind} anomaly against the release`);
  if (goals.criticalKind && !hasCritical(observation.anomalies, goals.criticalKind))
    missed.push(`a critical ${goals.criticalKind} anomaly against the release`);
  if (goals.topSuspect && outcome.suspectVerdict !== "right") {
    const got = outcome.topSuspect ? `${outcome.topSuspect.dimension}=${outcome.topSuspect.value}` : "no suspect";
    missed.push(`top suspect ${goals.topSuspect.dimension}=${goals.topSuspect.value} (got ${got})`);
  }
  if (outcome.falseBlames.length > 0)
    missed.push(`no false blames (got ${outcome.falseBlames.length}: ${outcome.falseBlames.map((a) => `${a.kind}/${a.severity}`).join(", ")})`);
  missed.push(...missedContainmentGoals(observation.containment, goals, observation.deployment, outcome.paused));
  return missed;
}

/** Always a goal: no scenario may see the release offered beyond the rings the deployment had reached. */
function outsideReachLine({ reach, deployment }: ScenarioObservation): string {
  const firstStart = deployment.stages[0]?.startedAt;
  const origin = firstStart ? Date.parse(firstStart) : (reach.first[0]?.askedAt ?? 0);
  const examples = reach.first.map((v) => `\n      ${describeViolation(v, origin)}`).join("");
  const last = reach.lastReceivedAt === null ? "" : `, the last received +${((reach.lastReceivedAt - origin) / 1000).toFixed(2)} s`;
  return `no offer outside the rings the deployment had reached (got ${reach.violations} offers to ${reach.violatingDevices} devices${last}; first, from the first stage's start:${examples})`;
}

/**
 * A bad release's run can stop early once it is paused (it can spread no further) and what its goals
 * wait for has shown. Unpaused, it is watched to the end, so the table shows how far it got.
 */
export function goalsSettled(observation: Pick<ScenarioObservation, "anomalies" | "criticalSeenAt" | "pausedSeenAt">, goals: ScenarioGoals): boolean {
  if (!goals.blameRelease || observation.anomalies.length === 0 || observation.pausedSeenAt === null) return false;
  if (goals.criticalWithinSec !== undefined && observation.criticalSeenAt === null) return false;
  if (goals.criticalKind && !hasCritical(observation.anomalies, goals.criticalKind)) return false;
  return !goals.anomalyKind || observation.anomalies.some((a) => a.kind === goals.anomalyKind);
}

function hasCritical(anomalies: readonly AnomalyView[], kind: string): boolean {
  return anomalies.some((a) => a.kind === kind && a.severity === "critical");
}
