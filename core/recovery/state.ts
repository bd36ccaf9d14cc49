/**
 * Recovery after an anomaly: every affected device is `down` (crashed, boot-looping or silent),
 * `in_repair` (someone claimed it) or `recovered` (healthy heartbeats on a good version for ten
 * minutes), with how it came back. Pure: the caller passes the device's facts and the clock.
 */
export const RECOVERY_STATES = ["down", "in_repair", "recovered"] as const;
export type RecoveryState = (typeof RECOVERY_STATES)[number];
export const RECOVERY_METHODS = ["self_reverted", "remote", "manual", "reimaged"] as const;
export type RecoveryMethod = (typeof RECOVERY_METHODS)[number];
/** What an on-site team records (`POST /devices/{id}/repair`). */
export const REPAIR_STATUSES = ["in_repair", "fixed", "reimaged"] as const;
export type RepairStatus = (typeof REPAIR_STATUSES)[number];

/** Healthy heartbeats on a good version for this long make a device recovered (RINGWATCH_RECOVERY_STABLE_SEC). */
export const RECOVERED_AFTER_MS = 10 * 60 * 1000;

export interface RepairRecord {
  status: RepairStatus;
  at: Date;
  recoveryKeyUsed: boolean;
  by: string;
}

export interface RecoveryFacts {
  affectedAt: Date;
  /** The device's health now (core/devices/state). */
  health: "healthy" | "crashed" | "boot_loop" | "silent";
  /** Start of its current run of healthy heartbeats without a crash (the boot that stayed up), if healthy. */
  healthySince: Date | null;
  /** Its latest heartbeat: recovery is what heartbeats show, never what the clock assumes. */
  lastHeartbeatAt: Date | null;
  /** The version of the anomaly's component it runs now, if known. */
  runningVersion: string | null;
  /** The anomaly's version: the bad one. */
  badVersion: string;
  /** When it started running its current version, if known (an update or boot after the anomaly). */
  runningSince: Date | null;
  /** The agent's own revert after the anomaly (`update` with `status: rolled_back`), if any. */
  selfRevertedAt: Date | null;
  /** Repair records for the device since it was affected, oldest first. */
  repairs: readonly RepairRecord[];
}

export interface DeviceRecovery {
  state: RecoveryState;
  method?: RecoveryMethod;
  recoveryKeyUsed?: boolean;
  /** When the device entered its state (for recovered: when it counted as recovered). */
  since: Date;
  /** Who claimed it, while in repair. */
  claimedBy?: string;
}

const latest = (a: Date, b: Date | null) => (b && b > a ? b : a);

/**
 * When the device counts as recovered, if a heartbeat has shown it by `now`: ten minutes after the
 * later of being affected, healthy since and on a good version, proven by a heartbeat at or after that.
 */
export function recoveredAt(facts: RecoveryFacts, now: Date, stableMs = RECOVERED_AFTER_MS): Date | null {
  if (facts.health !== "healthy" || !facts.healthySince || !facts.lastHeartbeatAt) return null;
  if (facts.runningVersion === null || facts.runningVersion === facts.badVersion) return null;
  const start = latest(latest(facts.affectedAt, facts.healthySince), facts.runningSince);
  const at = new Date(start.getTime() + stableMs);
  return at <= now && at <= facts.lastHeartbeatAt ? at : null;
}

/** How it came back: what people recorded wins over what the device did by itself. */
function methodOf(facts: RecoveryFacts): RecoveryMethod {
  const lastFix = [...facts.repairs].reverse().find((r) => r.status !== "in_repair");
  if (lastFix) return lastFix.status === "reimaged" ? "reimaged" : "manual";
  return facts.selfRevertedAt ? "self_reverted" : "remote";
}

export function deviceRecovery(facts: RecoveryFacts, now: Date, stableMs = RECOVERED_AFTER_MS): DeviceRecovery {
  const keyUsed = facts.repairs.some((r) => r.recoveryKeyUsed);
  const recovered = recoveredAt(facts, now, stableMs);
  if (recovered) return { state: "recovered", method: methodOf(facts), recoveryKeyUsed: keyUsed, since: recovered };
  // A recorded fix is not yet a recovery: the device stays in repair until its heartbeats prove it.
  if (facts.repairs.length > 0) {
    const first = facts.repairs[0];
    const claim = facts.repairs.find((r) => r.status === "in_repair") ?? first;
    return { state: "in_repair", recoveryKeyUsed: keyUsed, since: first.at, claimedBy: claim.by };
  }
  return { state: "down", since: facts.affectedAt };
}

export interface RecoveredDevice {
  affectedAt: Date;
  recovery: DeviceRecovery;
}

export interface RecoverySummary {
  affected: number;
  down: number;
  inRepair: number;
  recovered: number;
  /** Mean time from affected to recovered over recovered devices, seconds; null before the first. */
  mttrSec: number | null;
  recoveryKeysUsed: number;
}

export function recoverySummary(devices: readonly RecoveredDevice[]): RecoverySummary {
  const recovered = devices.filter((d) => d.recovery.state === "recovered");
  const repairSeconds = recovered.map((d) => (d.recovery.since.getTime() - d.affectedAt.getTime()) / 1000);
  return {
    affected: devices.length,
    down: devices.filter((d) => d.recovery.state === "down").length,
    inRepair: devices.filter((d) => d.recovery.state === "in_repair").length,
    recovered: recovered.length,
    mttrSec: repairSeconds.length === 0 ? null : Math.round(repairSeconds.reduce((a, b) => a + b, 0) / repairSeconds.length),
    recoveryKeysUsed: devices.filter((d) => d.recovery.recoveryKeyUsed).length,
  };
}

export interface BurndownPoint {
  at: Date;
  /** Affected by then and not yet recovered. */
  down: number;
}

/**
 * Still-down devices over time, one point per change (affected or recovered), thinned to `maxPoints`
 * and ending at `now`. A device counts from when it was affected until it recovered.
 */
export function burndown(devices: readonly RecoveredDevice[], now: Date, maxPoints = 200): BurndownPoint[] {
  const changes: { at: number; delta: number }[] = [];
  for (const d of devices) {
    changes.push({ at: d.affectedAt.getTime(), delta: 1 });
    if (d.recovery.state === "recovered") changes.push({ at: Math.max(d.recovery.since.getTime(), d.affectedAt.getTime()), delta: -1 });
  }
  changes.sort((a, b) => a.at - b.at || b.delta - a.delta);
  const points: BurndownPoint[] = [];
  let down = 0;
  for (const [i, change] of changes.entries()) {
    down += change.delta;
    if (i + 1 < changes.length && changes[i + 1].at === change.at) continue;
    points.push({ at: new Date(change.at), down });
  }
  const step = Math.max(1, Math.ceil(points.length / maxPoints));
  const thinned = points.filter((_, i) => i % step === 0 || i === points.length - 1);
  if (thinned.length === 0 || thinned[thinned.length - 1].at < now) thinned.push({ at: now, down });
  return thinned;
}
