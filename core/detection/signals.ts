import type { DeviceRecord } from "../devices/record";
import { DEFAULT_INTERVAL_SEC, DEVICE_CRASH_KINDS } from "../devices/state";

/**
 * Per-device signals the detectors count. server/queries/detectionProfiles.ts computes the same in
 * SQL (a test compares both on real rows); keep the two in step.
 */

/**
 * Missed heartbeat intervals after which a device counts as gone for detection. Lower than the
 * fleet view's "silent" (3): a machine that crashes on install stops at once, and every interval
 * waited is more devices offered the version. Both cohorts use the same rule, so it stays fair.
 */
export const OVERDUE_AFTER_INTERVALS = 2;
/** Device clocks drift: a crash stamped up to this long before exposure still counts after it. */
export const CLOCK_SKEW_TOLERANCE_SEC = 30;
/**
 * Crashes count for an hour: both cohorts are compared over the same recent hour, however long a
 * ring has been baking, and a crash-rate anomaly can heal once the crashes stop.
 */
export const CRASH_RECENCY_SEC = 3600;

export type Signal = "crashed" | "bootLooping" | "silent";
export const SIGNALS: readonly Signal[] = ["crashed", "bootLooping", "silent"];
export type DeviceSignals = Record<Signal, boolean>;

export type SignalFacts = Pick<DeviceRecord, "lastSeenAt" | "lastHeartbeatAt" | "intervalSec" | "lastCrashAt" | "lastCrashKind" | "bootLoopAt">;

const isDeviceCrash = (kind: string | null) => (DEVICE_CRASH_KINDS as readonly (string | null)[]).includes(kind);
const intervalMs = (device: SignalFacts | null) => (device?.intervalSec ?? DEFAULT_INTERVAL_SEC) * 1000;

/** Latest sign of life: heartbeat (else any event), and for exposed devices the manifest fetch itself. */
export function lastContact(device: SignalFacts | null, contactFloor: Date | null): Date | null {
  const reported = device ? (device.lastHeartbeatAt ?? device.lastSeenAt) : null;
  if (!reported) return contactFloor;
  if (!contactFloor) return reported;
  return reported > contactFloor ? reported : contactFloor;
}

/**
 * What a device shows since `since` (its exposure, or the window start for the baseline).
 * `device` is null for an exposed device that never sent an event: it is only judged on silence,
 * counted from its manifest fetch (`contactFloor`).
 */
export function deviceSignals(device: SignalFacts | null, since: Date, now: Date, contactFloor: Date | null = null): DeviceSignals {
  const from = since.getTime() - CLOCK_SKEW_TOLERANCE_SEC * 1000;
  const crashesFrom = Math.max(since.getTime(), now.getTime() - CRASH_RECENCY_SEC * 1000) - CLOCK_SKEW_TOLERANCE_SEC * 1000;
  const bootLooping = device?.bootLoopAt != null && device.bootLoopAt.getTime() >= from;
  const crashed = bootLooping || (device?.lastCrashAt != null && isDeviceCrash(device.lastCrashKind) && device.lastCrashAt.getTime() >= crashesFrom);
  const contact = lastContact(device, contactFloor);
  const silent = contact !== null && now.getTime() - contact.getTime() > OVERDUE_AFTER_INTERVALS * intervalMs(device);
  return { crashed, bootLooping, silent };
}

/**
 * Baseline devices count only if they were alive when the window opened: a machine retired last
 * month is not "going silent" now.
 */
export function aliveInWindow(device: SignalFacts, since: Date): boolean {
  const contact = lastContact(device, null);
  return contact !== null && contact.getTime() >= since.getTime() - OVERDUE_AFTER_INTERVALS * intervalMs(device);
}

/** When the signal first showed, for detection lag (silence: when the device became overdue). */
export function signalTime(device: SignalFacts | null, signal: Signal, contactFloor: Date | null = null): Date | null {
  if (signal === "bootLooping") return device?.bootLoopAt ?? null;
  if (signal === "crashed") return device?.bootLoopAt ?? device?.lastCrashAt ?? null;
  const contact = lastContact(device, contactFloor);
  return contact && new Date(contact.getTime() + OVERDUE_AFTER_INTERVALS * intervalMs(device));
}
