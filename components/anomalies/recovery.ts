import type { Recovery } from "@/schemas/anomalies";
import { DEVICE_STATE_LOOK } from "@/components/ui/deviceStates";

export interface RecoverySegment {
  key: "recovered" | "crashed" | "bootLooping" | "silent";
  label: string;
  count: number;
  /** Share of the affected devices (0..1). */
  share: number;
  color: string;
}

/** Where the affected devices are now: healthy again, or still crashed, boot-looping or silent. */
export function recoverySegments(recovery: Recovery): RecoverySegment[] {
  const total = recovery.affected;
  const share = (count: number) => (total > 0 ? count / total : 0);
  const segments: RecoverySegment[] = [
    { key: "recovered", label: "Recovered", count: recovery.recovered, share: 0, color: DEVICE_STATE_LOOK.healthy.chartColor },
    { key: "crashed", label: "Still crashed", count: recovery.crashed, share: 0, color: DEVICE_STATE_LOOK.crashed.chartColor },
    { key: "bootLooping", label: "Boot looping", count: recovery.bootLooping, share: 0, color: DEVICE_STATE_LOOK.boot_loop.chartColor },
    { key: "silent", label: "Silent", count: recovery.silent, share: 0, color: DEVICE_STATE_LOOK.silent.chartColor },
  ];
  return segments.map((segment) => ({ ...segment, share: share(segment.count) }));
}

/** Affected devices that still need someone: everything not recovered. */
export const stillUnhealthy = (recovery: Recovery) => recovery.crashed + recovery.bootLooping + recovery.silent;
