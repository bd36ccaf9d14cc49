import type { Severity } from "@/queries/anomalies";
import type { BadgeTone } from "@/components/ui/Badge";
import type { Rate } from "@/components/ui/rate";
import { SEVERITY_LOOK } from "@/components/anomalies/anomalyLook";

export interface RingCrashFree {
  crashFree: Rate;
  /** The most severe open anomaly in the ring, null when none is open. */
  openSeverity: Severity | null;
}

/**
 * A ring's crash-free number takes its colour from the detector's verdict, never from the number:
 * a ring has no baseline of its own, so 97.8% with no open anomaly is just a number (neutral), and
 * any open anomaly colours it by its severity.
 */
export function ringCrashFreeTone({ openSeverity }: RingCrashFree): BadgeTone {
  return openSeverity === null ? "neutral" : SEVERITY_LOOK[openSeverity].tone;
}
