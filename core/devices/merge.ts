import type { IngestEvent } from "../../schemas/events";
import type { CrashSignal, DeviceRecord } from "./record";

/** Crash-boots within this window, with no stable uptime since, make a boot loop. */
export const BOOT_LOOP_WINDOW_MS = 15 * 60 * 1000;
export const BOOT_LOOP_MIN_CRASH_BOOTS = 3;
/** A boot that has stayed up this long is stable: it ends a boot loop. */
export const STABLE_UPTIME_SEC = 10 * 60;
/** A kernel crash and the crash-boot that follows it within this time are one incident, not two. */
export const CRASH_TO_BOOT_MS = 3 * 60 * 1000;
/** Bound on stored signals so a misbehaving agent cannot grow a row without limit. */
const MAX_CRASH_SIGNALS = 32;

const time = (iso: string) => new Date(iso);
const later = (a: Date | null, b: Date) => (a === null || b > a ? b : a);
const earlier = (a: Date, b: Date) => (b < a ? b : a);

/** True when the event is at least as new as the device's latest heartbeat, so it may change current facts. */
function isCurrent(device: DeviceRecord, at: Date): boolean {
  return device.lastHeartbeatAt === null || at >= device.lastHeartbeatAt;
}

function applyHeartbeat(device: DeviceRecord, event: Extract<IngestEvent, { type: "heartbeat" }>, at: Date): DeviceRecord {
  const stableAt = (event.uptimeSec ?? 0) >= STABLE_UPTIME_SEC ? later(device.stableAt, at) : device.stableAt;
  if (!isCurrent(device, at)) return { ...device, stableAt };
  return {
    ...device,
    stableAt,
    lastHeartbeatAt: at,
    bootId: event.bootId,
    intervalSec: event.intervalSec,
    uptimeSec: event.uptimeSec ?? null,
    hostname: event.hostname ?? device.hostname,
    os: event.os ?? device.os,
    osVersion: event.osVersion ?? device.osVersion,
    model: event.model ?? device.model,
    // The pin is whatever the latest heartbeat says: an agent that stops naming a ring is unpinned.
    ringPin: event.ring ?? null,
    tags: event.tags ?? device.tags,
    versions: event.versions,
  };
}

function applyUpdate(device: DeviceRecord, event: Extract<IngestEvent, { type: "update" }>, at: Date): DeviceRecord {
  const running = event.status === "installed" ? event.toVersion : event.status === "rolled_back" ? event.fromVersion : undefined;
  if (!running || !isCurrent(device, at)) return device;
  return { ...device, versions: { ...device.versions, [event.component]: running } };
}

function applyEvent(device: DeviceRecord, event: IngestEvent): DeviceRecord {
  const at = time(event.ts);
  const seen = { ...device, firstSeenAt: earlier(device.firstSeenAt, at), lastSeenAt: later(device.lastSeenAt, at) ?? at };
  switch (event.type) {
    case "heartbeat":
      return applyHeartbeat(seen, event, at);
    case "update":
      return applyUpdate(seen, event, at);
    case "crash": {
      const isNewest = seen.lastCrashAt === null || at >= seen.lastCrashAt;
      const crashed = isNewest ? { ...seen, lastCrashAt: at, lastCrashKind: event.kind } : seen;
      return event.kind === "kernel" ? addSignal(crashed, { at: event.ts, source: "kernel" }) : crashed;
    }
    case "boot": {
      const rebooted = isCurrent(seen, at) ? { ...seen, bootId: event.bootId, uptimeSec: 0, versions: event.versions ?? seen.versions } : seen;
      return event.previousShutdown === "crash" ? addSignal(rebooted, { at: event.ts, source: "boot" }) : rebooted;
    }
  }
}

function addSignal(device: DeviceRecord, signal: CrashSignal): DeviceRecord {
  return { ...device, crashSignals: [...device.crashSignals, signal] };
}

/** Keeps the signals inside the boot-loop window of the newest one, oldest first. */
export function pruneSignals(signals: CrashSignal[]): CrashSignal[] {
  const sorted = [...signals].sort((a, b) => time(a.at).getTime() - time(b.at).getTime());
  const newest = sorted.length ? time(sorted[sorted.length - 1].at).getTime() : 0;
  return sorted.filter((s) => time(s.at).getTime() >= newest - BOOT_LOOP_WINDOW_MS).slice(-MAX_CRASH_SIGNALS);
}

/** Crash incidents: every crash-boot, plus kernel crashes whose reboot was never reported (the machine may be stuck). */
export function crashIncidents(signals: CrashSignal[]): Date[] {
  const boots = signals.filter((s) => s.source === "boot").map((s) => time(s.at));
  const unpairedKernel = signals
    .filter((s) => s.source === "kernel")
    .map((s) => time(s.at))
    .filter((k) => !boots.some((b) => b >= k && b.getTime() - k.getTime() <= CRASH_TO_BOOT_MS));
  return [...boots, ...unpairedKernel].sort((a, b) => a.getTime() - b.getTime());
}

function bootLoopAt(device: DeviceRecord): Date | null {
  const incidents = crashIncidents(device.crashSignals);
  if (incidents.length < BOOT_LOOP_MIN_CRASH_BOOTS) return null;
  const latest = incidents[incidents.length - 1];
  if (device.stableAt && device.stableAt > latest) return null;
  return device.bootLoopAt ?? incidents[BOOT_LOOP_MIN_CRASH_BOOTS - 1];
}

/** Folds newly accepted events (any order, possibly late) into a device's stored record. */
export function mergeDeviceEvents(device: DeviceRecord, events: IngestEvent[]): DeviceRecord {
  const ordered = [...events].sort((a, b) => time(a.ts).getTime() - time(b.ts).getTime());
  const merged = ordered.reduce(applyEvent, device);
  const pruned = { ...merged, crashSignals: pruneSignals(merged.crashSignals) };
  return { ...pruned, bootLoopAt: bootLoopAt(pruned) };
}
