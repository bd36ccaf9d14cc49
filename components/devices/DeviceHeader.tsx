import { deviceName } from "@/core/names";
import type { Device } from "@/schemas/devices";
import { StateBadge } from "@/components/ui/StateBadge";
import { Breadcrumb } from "@/components/ui/Breadcrumb";
import { RingLabel } from "./RingLabel";

export function DeviceHeader({ device }: { device: Device }) {
  return (
    <div className="mb-4">
      <Breadcrumb section="Devices" href="/devices" name={deviceName(device)} id={device.deviceId} />
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-lg font-semibold tracking-tight text-slate-900 dark:text-slate-50">{deviceName(device)}</h1>
        <StateBadge state={device.state} />
        <span className="text-sm text-slate-600 dark:text-slate-300">
          Ring <RingLabel ring={device.ring} pinned={device.ringPinned} />
        </span>
      </div>
    </div>
  );
}
