import type { DeviceRecord } from "./record";

/** Device health states, derived from a device's stored record and the clock (both passed in). */
export const DEVICE_STATES = ["healthy", "crashed", "boot_loop", "silent"] as const;
export type DeviceState = (typeof DEVICE_STATES)[number];

/** Missed heartbeat intervals after which a device counts as silent. */
export const SILENT_AFTER_MISSED_INTERVALS = 3;
/** Interval assumed for devices that never sent a heartbeat (only crash/boot events). */
export const DEFAULT_INTERVAL_SEC = 300;
/** Crash kinds that take the machine (or our agent) down; an app crash is not a device-health event. */
export const DEVICE_CRASH_KINDS = ["kernel", "agent"] as const;

type HealthFacts = Pick<DeviceRecord, "lastSeenAt" | "lastHeartbeatAt" | "intervalSec" | "lastCrashAt" | "lastCrashKind" | "bootLoopAt">;

export function isCrashed(device: HealthFacts): boolean {
  if (!device.lastCrashAt || !(DEVICE_CRASH_KINDS as readonly (string | null)[]).includes(device.lastCrashKind)) return false;
  return device.lastHeartbeatAt === null || device.lastHeartbeatAt.getTime() <= device.lastCrashAt.getTime();
}

export function isSilent(device: HealthFacts, now: Date): boolean {
  const lastContact = device.lastHeartbeatAt ?? device.lastSeenAt;
  const interval = device.intervalSec ?? DEFAULT_INTERVAL_SEC;
  return now.getTime() - lastContact.getTime() > SILENT_AFTER_MISSED_INTERVALS * interval * 1000;
}

/** The most actionable state wins: a boot-looping machine is usually silent too, but "boot loop" says what to fix. */
export function deviceState(device: HealthFacts, now: Date): DeviceState {
  if (device.bootLoopAt) return "boot_loop";
  if (isCrashed(device)) return "crashed";
  if (isSilent(device, now)) return "silent";
  return "healthy";
}
