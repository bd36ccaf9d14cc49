"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { MouseEvent } from "react";
import type { Device } from "@/schemas/devices";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { StateBadge } from "@/components/ui/StateBadge";
import { focusRing } from "@/components/ui/styles";
import { RingLabel } from "./RingLabel";
import { deviceHref } from "./deviceHref";
import { formatOs, formatVersions } from "./versions";

const HEADERS = ["Device", "State", "Ring", "OS", "Model", "Versions", "Last seen"] as const;
const cell = "px-3 py-1.5 align-middle";

/** Whole-row click for mouse users; the device link in the first cell is the keyboard and middle-click path. */
function useRowNavigation() {
  const router = useRouter();
  return (event: MouseEvent<HTMLTableRowElement>, href: string) => {
    const target = event.target as HTMLElement;
    if (target.closest("a, button") || window.getSelection()?.toString()) return;
    router.push(href);
  };
}

function DeviceRow({ device, onOpen }: { device: Device; onOpen: (event: MouseEvent<HTMLTableRowElement>, href: string) => void }) {
  const href = deviceHref(device.deviceId);
  const versions = formatVersions(device.versions);
  return (
    <tr onClick={(event) => onOpen(event, href)} className="cursor-pointer hover:bg-slate-50 dark:hover:bg-slate-800/50">
      <th scope="row" className={`${cell} max-w-64 font-normal`}>
        <Link href={href} className={`block truncate rounded font-mono text-xs font-medium text-indigo-700 hover:underline dark:text-indigo-300 ${focusRing}`}>
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
  const openRow = useRowNavigation();
  return (
    <div className="overflow-x-auto">
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
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {devices.map((device) => (
            <DeviceRow key={device.deviceId} device={device} onOpen={openRow} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
