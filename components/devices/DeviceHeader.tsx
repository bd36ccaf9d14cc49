import Link from "next/link";
import type { Device } from "@/schemas/devices";
import { StateBadge } from "@/components/ui/StateBadge";
import { focusRing } from "@/components/ui/styles";
import { RingLabel } from "./RingLabel";

export function DeviceHeader({ device }: { device: Device }) {
  return (
    <div className="mb-4">
      <nav aria-label="Breadcrumb" className="mb-1 text-xs text-slate-500 dark:text-slate-400">
        <Link href="/devices" className={`rounded hover:text-slate-800 hover:underline dark:hover:text-slate-200 ${focusRing}`}>
          Devices
        </Link>
        <span aria-hidden="true"> / </span>
        <span className="font-mono">{device.deviceId}</span>
      </nav>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-lg font-semibold tracking-tight text-slate-900 dark:text-slate-50">{device.hostname ?? device.deviceId}</h1>
        <StateBadge state={device.state} />
        <span className="text-sm text-slate-600 dark:text-slate-300">
          Ring <RingLabel ring={device.ring} pinned={device.ringPinned} />
        </span>
      </div>
      {device.hostname ? <p className="mt-0.5 font-mono text-xs text-slate-500 dark:text-slate-400">{device.deviceId}</p> : null}
    </div>
  );
}
