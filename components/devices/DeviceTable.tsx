"use client";

import Link from "next/link";
import type { Device } from "@/schemas/devices";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { StateBadge } from "@/components/ui/StateBadge";
import { focusRing, linkText, tableBody } from "@/components/ui/styles";
import { rowPrimaryProps, useRowNavigation } from "@/components/ui/useRowNavigation";
import { RingLabel } from "./RingLabel";
import { deviceHref } from "./deviceHref";
import { formatOs, formatVersions } from "./versions";

const HEADERS = ["Device", "State", "Ring", "OS", "Model", "Versions", "Last seen"] as const;
const cell = "px-3 py-1.5 align-middle";

function DeviceRow({ device, rows }: { device: Device; rows: ReturnType<typeof useRowNavigation> }) {
  const href = deviceHref(device.deviceId);
  const versions = formatVersions(device.versions);
  return (
    <tr {...rows.rowProps({ href })}>
      <th scope="row" className={`${cell} max-w-64 font-normal`}>
        <Link href={href} {...rowPrimaryProps} className={`block truncate rounded font-mono text-xs font-medium ${linkText} ${focusRing}`}>
          {device.deviceId}
        </Link>
        <span className="block truncate text-xs text-slate-500 dark:text-slate-400">{device.hostname ?? "no hostname"}</span>
      </th>
      <td className={cell}>
        <StateBadge state={device.state} />
      </td>
      <td className={cell}>
        <RingLabel ring={device.ring} pinned={device.ringPinned} />
      </td>
      <td className={`${cell} whitespace-nowrap`}>{formatOs(device.os, device.osVersion)}</td>
      <td className={`${cell} max-w-40 truncate`} title={device.model ?? undefined}>
        {device.model ?? "—"}
      </td>
      <td className={`${cell} max-w-80 truncate font-mono text-xs`} title={versions || undefined}>
        {versions || "—"}
      </td>
      <td className={`${cell} text-slate-600 dark:text-slate-300`}>
        <RelativeTime iso={device.lastSeenAt} />
      </td>
    </tr>
  );
}

export function DeviceTable({ devices, caption }: { devices: Device[]; caption: string }) {
  const rows = useRowNavigation();
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-[13px]">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-500 dark:border-slate-800 dark:bg-slate-900/60 dark:text-slate-400">
          <tr>
            {HEADERS.map((header) => (
              <th key={header} scope="col" className={`${cell} py-2 font-medium`}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody {...rows.listProps} className={tableBody}>
          {devices.map((device) => (
            <DeviceRow key={device.deviceId} device={device} rows={rows} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
