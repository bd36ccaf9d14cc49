/** Facts about a run worth a line under the table: they explain a result without being goals. */
import type { FleetStats } from "../fleet/simulator";
import type { ContainmentObservation } from "./containment";
import { summarizeContainment } from "./containment";
import { percentile } from "./exposureLog";
import type { ScenarioObservation } from "./measure";

/** Manifest answers slower than this delay exposures, and so every timing in the table. */
const SLOW_MANIFEST_P95_MS = 1000;

export function runNotes(observation: ScenarioObservation, fleet: FleetStats, apiErrors: readonly string[]): string[] {
  const notes: string[] = [];
  for (const a of observation.strayAnomalies)
    notes.push(`meanwhile ${a.kind}/${a.severity} against another deployment (${a.component} ${a.version}, ${a.ring})`);
  if (observation.exposure.ringMismatches > 0)
    notes.push(
      `${observation.exposure.ringMismatches} manifest answers named another ring than the device's pin (asked before the app had it: before the device's first heartbeat, it is hashed)`,
    );
  const { unjudged } = observation.reach;
  if (unjudged > 0) notes.push(`${unjudged} offers to devices without a ring pin were not judged against the reached rings`);
  const latency = observation.exposure.answerLatencyMs;
  if (latency && latency.p95 > SLOW_MANIFEST_P95_MS) {
    const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    notes.push(`slow manifest: answers took ${sec(latency.p50)} (median), ${sec(latency.p95)} (p95), ${sec(latency.max)} (max)`);
  }
  const lost = fleet.rejected + fleet.dropped + fleet.unsent;
  if (lost > 0) notes.push(`${lost} events not stored (rejected ${fleet.rejected}, dropped ${fleet.dropped}, unsent ${fleet.unsent})`);
  const failures = Object.entries(observation.exposure.failures).sort(([, a], [, b]) => b - a);
  const failed = failures.reduce((sum, [, n]) => sum + n, 0);
  if (failed > 0)
    notes.push(
      `${failed} manifest checks failed (${failures
        .slice(0, 3)
        .map(([reason, n]) => `${n}x ${reason}`)
        .join("; ")})`,
    );
  if (fleet.hookErrors > 0) notes.push(`${fleet.hookErrors} agent hooks failed`);
  const ticks = detectionTickSummary(observation.detectionTicks);
  if (ticks) notes.push(ticks);
  if (apiErrors.length > 0) notes.push(`API errors while watching: ${apiErrors.slice(0, 3).join(" | ")}`);
  return [...notes, ...containmentNotes(observation.containment)];
}

/** The hold, the stop's reach and the recovery in words, beyond what fits in the table's cells. */
export function containmentNotes(containment: ContainmentObservation): string[] {
  const { hold, reach, recovery } = summarizeContainment(containment);
  const notes: string[] = [];
  const offers = containment.cohortOffers;
  if (hold)
    notes.push(
      `hold ${hold.cohort} by ${hold.by}: ${hold.devices} devices, ${hold.exposedDevices} already exposed` +
        (offers
          ? `; newly offered after it: ${offers.offeredAfterHold} of ${offers.cohortDevices}; outside it, not offered at the end: ${offers.refusedOutside} of ${offers.outsideDevices}`
          : ""),
    );
  if (reach) {
    const share = reach.reachedShare === null ? "n/a" : `${(reach.reachedShare * 100).toFixed(0)}%`;
    notes.push(
      `reach of the ${reach.action}: ${reach.reached} of ${reach.exposedBefore} exposed devices (${share}), ${reach.selfHealed} self-healed, ${reach.unreachedTotal} unreached`,
    );
  }
  if (recovery) {
    const by = Object.entries(recovery.by)
      .map(([method, n]) => `${n} ${method}`)
      .join(", ");
    notes.push(
      `recovery of anomaly ${recovery.anomalyId}: ${recovery.affected} affected, ${recovery.down} down, ${recovery.inRepair} in repair, ${recovery.recovered} recovered (${by || "none"}), MTTR ${recovery.mttrSec ?? "n/a"} s, ${recovery.recoveryKeysUsed} recovery keys; the team fixed ${containment.repaired}`,
    );
  }
  return notes;
}

/** How the app's detection kept time: tick durations and the longest gap between two ticks (as sampled by the watch). */
export function detectionTickSummary(ticks: Record<string, number>): string | null {
  const starts = Object.keys(ticks)
    .map(Date.parse)
    .sort((a, b) => a - b);
  if (starts.length === 0) return null;
  const durations = Object.values(ticks).sort((a, b) => a - b);
  const gaps = starts.slice(1).map((start, i) => start - starts[i]);
  const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const gap = gaps.length ? `, longest gap between ticks seen ${sec(Math.max(...gaps))}` : "";
  return `detection: ${starts.length} ticks seen, each took ${sec(percentile(durations, 50))} (median) to ${sec(durations[durations.length - 1])}${gap}`;
}
