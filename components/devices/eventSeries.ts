import type { TimelineEntry } from "@/schemas/devices";

/** Heartbeats quiet in the background; the events that matter in strong colours on top. */
export const EVENT_SERIES: { type: TimelineEntry["type"]; label: string; color: string }[] = [
  { type: "heartbeat", label: "Heartbeats", color: "#94a3b8" },
  { type: "update", label: "Updates", color: "#8b5cf6" },
  { type: "boot", label: "Boots", color: "#0ea5e9" },
  { type: "crash", label: "Crashes", color: "#ef4444" },
];
