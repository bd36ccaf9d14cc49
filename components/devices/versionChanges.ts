import type { TimelineEntry } from "@/schemas/devices";
import { eventString, eventVersions } from "./timelineEvent";

export interface VersionChange {
  key: string;
  at: string;
  component: string;
  /** null when the component first appeared. */
  from: string | null;
  /** null when the component disappeared from the device's report. */
  to: string | null;
  /** "heartbeat": seen in what the device reports running; "update": the agent's own update report. */
  source: "heartbeat" | "update";
  status: string | null;
}

function diffVersions(before: Record<string, string>, after: Record<string, string>, at: string): VersionChange[] {
  const components = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return components
    .filter((component) => before[component] !== after[component])
    .map((component) => ({
      key: `heartbeat-${at}-${component}`,
      at,
      component,
      from: before[component] ?? null,
      to: after[component] ?? null,
      source: "heartbeat" as const,
      status: null,
    }));
}

function updateChange(entry: TimelineEntry, index: number): VersionChange | null {
  const component = eventString(entry.event, "component");
  if (!component) return null;
  return {
    key: `update-${entry.ts}-${index}`,
    at: entry.ts,
    component,
    from: eventString(entry.event, "fromVersion"),
    to: eventString(entry.event, "toVersion"),
    source: "update",
    status: eventString(entry.event, "status"),
  };
}

/**
 * Version changes, newest first: every pair of consecutive heartbeats whose reported versions differ,
 * plus every `update` event. The oldest heartbeat is the baseline and yields no change.
 */
export function versionChanges(timeline: readonly TimelineEntry[]): VersionChange[] {
  const changes: VersionChange[] = [];
  let previous: Record<string, string> | null = null;
  for (const entry of [...timeline].reverse()) {
    if (entry.type !== "heartbeat") continue;
    const versions = eventVersions(entry.event);
    if (!versions) continue;
    if (previous) changes.push(...diffVersions(previous, versions, entry.ts));
    previous = versions;
  }
  timeline.forEach((entry, index) => {
    const change = entry.type === "update" ? updateChange(entry, index) : null;
    if (change) changes.push(change);
  });
  return changes.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}
