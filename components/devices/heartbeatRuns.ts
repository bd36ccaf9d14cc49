import type { TimelineEntry } from "@/schemas/devices";
import { eventNumber, eventString } from "./timelineEvent";

/** Consecutive heartbeats from one boot, shown as one row so crashes, boots and updates stand out. */
export interface HeartbeatRun {
  kind: "heartbeats";
  key: string;
  count: number;
  newestTs: string;
  oldestTs: string;
  bootId: string | null;
  /** Uptime reported by the newest heartbeat of the run. */
  uptimeSec: number | null;
}

export interface SingleEvent {
  kind: "event";
  key: string;
  entry: TimelineEntry;
}

export type TimelineItem = HeartbeatRun | SingleEvent;

/**
 * Collapses runs of heartbeats, keeping the timeline's order (newest first). A run ends at any other
 * event or when the boot id changes, since a new boot id means the machine restarted in between.
 */
export function collapseHeartbeatRuns(timeline: readonly TimelineEntry[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  timeline.forEach((entry, index) => {
    const key = `${entry.type}-${entry.ts}-${index}`;
    if (entry.type !== "heartbeat") {
      items.push({ kind: "event", key, entry });
      return;
    }
    const bootId = eventString(entry.event, "bootId");
    const previous = items[items.length - 1];
    if (previous?.kind === "heartbeats" && previous.bootId === bootId) {
      previous.count += 1;
      previous.oldestTs = entry.ts;
      return;
    }
    items.push({ kind: "heartbeats", key, count: 1, newestTs: entry.ts, oldestTs: entry.ts, bootId, uptimeSec: eventNumber(entry.event, "uptimeSec") });
  });
  return items;
}
