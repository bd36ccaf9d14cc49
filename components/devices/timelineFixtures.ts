import type { TimelineEntry } from "@/schemas/devices";

/** Builders for timeline entries in tests: only the fields a test cares about. */
export function heartbeat(ts: string, bootId: string, versions: Record<string, string>, uptimeSec?: number): TimelineEntry {
  return { type: "heartbeat", ts, receivedAt: ts, event: { type: "heartbeat", ts, bootId, versions, intervalSec: 60, uptimeSec } };
}

export function crash(ts: string, kind = "kernel"): TimelineEntry {
  return { type: "crash", ts, receivedAt: ts, event: { type: "crash", ts, kind, code: "0x00000050", module: "csagent.sys" } };
}

export function boot(ts: string, bootId: string): TimelineEntry {
  return { type: "boot", ts, receivedAt: ts, event: { type: "boot", ts, bootId, previousShutdown: "crash", bootDurationMs: 41_000 } };
}

export function update(ts: string, component: string, fromVersion: string, toVersion: string, status = "installed"): TimelineEntry {
  return { type: "update", ts, receivedAt: ts, event: { type: "update", ts, component, fromVersion, toVersion, status } };
}
