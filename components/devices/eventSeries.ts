import { NEUTRAL_SERIES_COLOR, SERIES_COLORS } from "@/components/ui/palette";
import type { TimelineEntry } from "@/schemas/devices";

/**
 * Heartbeats quiet in the background (the neutral series colour); the events that matter in
 * palette hues (components/ui/palette), each 3:1 on the cards of both themes.
 */
export const EVENT_SERIES: { type: TimelineEntry["type"]; label: string; color: string }[] = [
  { type: "heartbeat", label: "Heartbeats", color: NEUTRAL_SERIES_COLOR },
  { type: "update", label: "Updates", color: SERIES_COLORS[6] },
  { type: "boot", label: "Boots", color: SERIES_COLORS[0] },
  { type: "crash", label: "Crashes", color: SERIES_COLORS[1] },
];
