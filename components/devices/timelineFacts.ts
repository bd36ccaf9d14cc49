import type { TimelineEntry } from "@/schemas/devices";
import { eventNumber, eventString } from "./timelineEvent";

type RawEvent = TimelineEntry["event"];

export interface CrashFacts {
  kind: string | null;
  code: string | null;
  module: string | null;
  signature: string | null;
}

export interface BootFacts {
  bootId: string | null;
  previousShutdown: string | null;
  bootDurationMs: number | null;
}

export interface UpdateFacts {
  component: string | null;
  fromVersion: string | null;
  toVersion: string | null;
  status: string | null;
}

export const crashFacts = (event: RawEvent): CrashFacts => ({
  kind: eventString(event, "kind"),
  code: eventString(event, "code"),
  module: eventString(event, "module"),
  signature: eventString(event, "signature"),
});

export const bootFacts = (event: RawEvent): BootFacts => ({
  bootId: eventString(event, "bootId"),
  previousShutdown: eventString(event, "previousShutdown"),
  bootDurationMs: eventNumber(event, "bootDurationMs"),
});

export const updateFacts = (event: RawEvent): UpdateFacts => ({
  component: eventString(event, "component"),
  fromVersion: eventString(event, "fromVersion"),
  toVersion: eventString(event, "toVersion"),
  status: eventString(event, "status"),
});

export type EventCounts = Record<TimelineEntry["type"], number>;

export function countEventTypes(timeline: readonly TimelineEntry[]): EventCounts {
  const counts: EventCounts = { heartbeat: 0, crash: 0, boot: 0, update: 0 };
  for (const entry of timeline) counts[entry.type] += 1;
  return counts;
}
