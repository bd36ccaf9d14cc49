import type { DetectionStatus } from "@/queries/anomalies";
import { formatDuration, formatRelativeTime } from "@/components/ui/time";

/** A detector that missed this many ticks in a row is reported as behind. */
const MISSED_TICKS_BEFORE_STALE = 3;
const MS_PER_SECOND = 1000;

export interface DetectionLine {
  text: string;
  /** Not ticking (never ran, or several ticks late): anomalies may be missing from the list. */
  stale: boolean;
}

function lagText(lag: DetectionStatus["lagSec"]): string {
  if (lag.samples === 0 || lag.p50 === null) return "no anomalies in the last 24 h to measure lag";
  const max = lag.max === null ? "" : `, max ${formatDuration(lag.max)}`;
  return `detection lag p50 ${formatDuration(lag.p50)}${max} (${lag.samples} in 24 h)`;
}

/** "last tick 3s ago (every 10s) · detection lag p50 14s, max 41s (6 in 24 h)". */
export function detectionLine(status: DetectionStatus, now: number): DetectionLine {
  const every = `every ${formatDuration(status.intervalSec)}`;
  if (!status.lastTickAt) return { text: `has not run yet (${every})`, stale: true };
  const sinceTickMs = now - Date.parse(status.lastTickAt);
  const stale = sinceTickMs > MISSED_TICKS_BEFORE_STALE * status.intervalSec * MS_PER_SECOND;
  return { text: `last tick ${formatRelativeTime(status.lastTickAt, now)} (${every}) · ${lagText(status.lagSec)}`, stale };
}
