import type { DeviceSummary } from "@/schemas/devices";
import type { DeviceState } from "@/queries/devices";
import { DEVICE_STATES } from "@/components/ui/deviceStates";

export interface StateSlice {
  state: DeviceState;
  devices: number;
  /** Share of the fleet, 0..1; 0 for an empty fleet. */
  share: number;
}

export function stateSlices(summary: DeviceSummary): StateSlice[] {
  return DEVICE_STATES.map((state) => {
    const devices = summary.byState[state] ?? 0;
    return { state, devices, share: summary.devices > 0 ? devices / summary.devices : 0 };
  });
}

/** Rings in rollout order when they are the known ones, others by name, "unassigned" last. */
export function ringsInRolloutOrder(byRing: DeviceSummary["byRing"], rolloutOrder: readonly string[]): DeviceSummary["byRing"] {
  const rank = (ring: string) => {
    const index = rolloutOrder.indexOf(ring);
    if (index >= 0) return index;
    return ring === "unassigned" ? Number.MAX_SAFE_INTEGER : rolloutOrder.length;
  };
  return [...byRing].sort((a, b) => rank(a.ring) - rank(b.ring) || a.ring.localeCompare(b.ring));
}
