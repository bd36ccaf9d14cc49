/**
 * Pure measures of containment and recovery (scenarios h and i): the hold Ringwatch placed and what
 * the fleet was offered around it, how far the stop reached, and how the affected devices recovered.
 */
import type { HoldView, ReachView, RecoveryView } from "../../schemas/containment";
import type { DeviceProfile } from "../fleet/simulator";
import type { ManifestAnswerRecord } from "./reachedRings";
import type { ExpectedSuspect, ScenarioGoals } from "./scenario";

/** What the fleet was offered around a hold, by its own manifest answers. */
export interface CohortOfferCheck {
  cohort: ExpectedSuspect;
  /** Devices of the cohort that asked for a manifest. */
  cohortDevices: number;
  /** Of those, devices first offered the release by a request made after the hold (exposed while held). */
  offeredAfterHold: number;
  /** Devices outside the cohort that asked for a manifest. */
  outsideDevices: number;
  /** Of those, devices whose latest answer did not offer the release. */
  refusedOutside: number;
}

export interface ContainmentObservation {
  holds: HoldView[];
  /** The latest stop's reach as the app measured it, read before the clean-up's rollback. */
  stopReach: ReachView | null;
  /** The recovery of the anomaly with the most affected devices, and which one that is. */
  recovery: RecoveryView | null;
  cohortOffers: CohortOfferCheck | null;
  /** Devices the on-site team fixed. */
  repaired: number;
}

export const NO_CONTAINMENT: ContainmentObservation = { holds: [], stopReach: null, recovery: null, cohortOffers: null, repaired: 0 };

/** The device's value for a hold dimension (`os`, `osVersion`, `model`, `tags.<name>`, `versions.<component>`). */
export function cohortValue(device: DeviceProfile, dimension: string): string | undefined {
  if (dimension === "os" || dimension === "osVersion" || dimension === "model") return device[dimension];
  const [family, ...rest] = dimension.split(".");
  const name = rest.join(".");
  if (family === "tags") return device.tags[name];
  if (family === "versions") return device.versions[name];
  return undefined;
}

/**
 * Judges offers around a hold placed at `holdAt` (client-side ms): in doubt the app is given the
 * benefit, as in reachedRings: an offer counts against the hold only if it was asked for after it began.
 */
export function checkCohortOffers(
  answers: readonly ManifestAnswerRecord[],
  inCohort: (deviceId: string) => boolean,
  cohort: ExpectedSuspect,
  holdAt: number,
  release: { component: string; version: string },
): CohortOfferCheck {
  const firstOfferAskedAt = new Map<string, number>();
  const latest = new Map<string, ManifestAnswerRecord>();
  for (const answer of [...answers].sort((x, y) => x.askedAt - y.askedAt)) {
    latest.set(answer.deviceId, answer);
    if (answer.versions[release.component] === release.version && !firstOfferAskedAt.has(answer.deviceId))
      firstOfferAskedAt.set(answer.deviceId, answer.askedAt);
  }
  const devices = [...latest.keys()];
  const cohortDevices = devices.filter(inCohort);
  const outside = devices.filter((id) => !inCohort(id));
  return {
    cohort,
    cohortDevices: cohortDevices.length,
    offeredAfterHold: cohortDevices.filter((id) => (firstOfferAskedAt.get(id) ?? -Infinity) >= holdAt).length,
    outsideDevices: outside.length,
    refusedOutside: outside.filter((id) => latest.get(id)?.versions[release.component] !== release.version).length,
  };
}

const label = (c: { dimension: string; value: string }) => `${c.dimension}=${c.value}`;

/** Recovered devices by how they came back. */
export function recoveredBy(recovery: RecoveryView | null): Record<string, number> {
  const by: Record<string, number> = {};
  for (const device of recovery?.devices ?? []) if (device.state === "recovered") by[device.method ?? "unknown"] = (by[device.method ?? "unknown"] ?? 0) + 1;
  return by;
}

/** One line per containment goal the run missed. */
export function missedContainmentGoals(containment: ContainmentObservation, goals: ScenarioGoals, deployment: { status: string }, paused: boolean): string[] {
  const missed: string[] = [];
  if (goals.paused === false && paused) missed.push("never paused (a hold contains the fault instead)");
  if (goals.hold) {
    const expected = label(goals.hold);
    const onExpected = containment.holds.filter((h) => label(h) === expected);
    const others = containment.holds.filter((h) => label(h) !== expected).map(label);
    if (onExpected.length === 0) missed.push(`a hold on ${expected} (got ${others.length ? others.join(", ") : "none"})`);
    else if (others.length > 0) missed.push(`a hold on ${expected} only (also held: ${others.join(", ")})`);
    const offers = containment.cohortOffers;
    if (offers && offers.offeredAfterHold > 0)
      missed.push(`no device of ${expected} newly offered the release after the hold (got ${offers.offeredAfterHold})`);
  }
  if (goals.completes) {
    if (deployment.status !== "completed") missed.push(`the rest of the fleet completes the rollout (the deployment is ${deployment.status})`);
    const offers = containment.cohortOffers;
    if (offers && offers.refusedOutside > 0)
      missed.push(`every device outside the held cohort offered the release (${offers.refusedOutside} of ${offers.outsideDevices} were not)`);
  }
  if (goals.recovers) {
    const reach = containment.stopReach;
    if (!reach || reach.action !== "pause") missed.push(`the reach of the pause measured (got ${reach ? reach.action : "no stop"})`);
    const by = recoveredBy(containment.recovery);
    if (!by.self_reverted) missed.push("a device recovered by reverting on its own (self_reverted)");
    if (!by.manual && !by.reimaged) missed.push("a device recovered by the on-site team (manual or reimaged)");
  }
  return missed;
}

/** Until its goals can be judged, a containment scenario keeps running. */
export function containmentSettled(containment: ContainmentObservation, goals: ScenarioGoals, deployment: { status: string }, teamDone: boolean): boolean {
  if (goals.completes && deployment.status !== "completed") return false;
  if (goals.hold && containment.holds.length === 0) return false;
  if (goals.recovers) {
    const by = recoveredBy(containment.recovery);
    const manual = (by.manual ?? 0) + (by.reimaged ?? 0);
    if (!teamDone || !by.self_reverted || manual < containment.repaired) return false;
  }
  return true;
}

/** What the table shows of containment: the hold, the stop's reach, the recovery. */
export interface ContainmentSummary {
  hold: { cohort: string; devices: number; exposedDevices: number; by: string } | null;
  reach: Pick<ReachView, "action" | "exposedBefore" | "reached" | "reachedShare" | "secondsTo" | "selfHealed" | "unreachedTotal"> | null;
  recovery:
    (Pick<RecoveryView, "anomalyId" | "affected" | "down" | "inRepair" | "recovered" | "mttrSec" | "recoveryKeysUsed"> & { by: Record<string, number> }) | null;
}

export function summarizeContainment({ holds, stopReach, recovery }: ContainmentObservation): ContainmentSummary {
  const hold = holds[holds.length - 1];
  return {
    hold: hold ? { cohort: label(hold), devices: hold.devices, exposedDevices: hold.exposedDevices, by: hold.createdBy } : null,
    reach: stopReach && {
      action: stopReach.action,
      exposedBefore: stopReach.exposedBefore,
      reached: stopReach.reached,
      reachedShare: stopReach.reachedShare,
      secondsTo: stopReach.secondsTo,
      selfHealed: stopReach.selfHealed,
      unreachedTotal: stopReach.unreachedTotal,
    },
    recovery: recovery && {
      anomalyId: recovery.anomalyId,
      affected: recovery.affected,
      down: recovery.down,
      inRepair: recovery.inRepair,
      recovered: recovery.recovered,
      mttrSec: recovery.mttrSec,
      recoveryKeysUsed: recovery.recoveryKeysUsed,
      by: recoveredBy(recovery),
    },
  };
}
