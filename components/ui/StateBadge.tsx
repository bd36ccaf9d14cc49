import type { DeviceState } from "@/queries/devices";
import { Badge } from "./Badge";
import { DEVICE_STATE_LOOK } from "./deviceStates";

export function StateBadge({ state }: { state: DeviceState }) {
  const look = DEVICE_STATE_LOOK[state];
  return (
    <Badge tone={look.tone} title={look.description}>
      <span aria-hidden="true" className="size-1.5 rounded-full" style={{ backgroundColor: look.chartColor }} />
      {look.label}
    </Badge>
  );
}
