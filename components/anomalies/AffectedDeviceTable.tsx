"use client";

import Link from "next/link";
import type { AffectedDevice } from "@/queries/anomalies";
import { ColumnHeaders } from "@/components/ui/ColumnHeaders";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { StateBadge } from "@/components/ui/StateBadge";
import { focusRing, linkText, tableBody } from "@/components/ui/styles";
import { rowPrimaryProps, useRowNavigation } from "@/components/ui/useRowNavigation";
import { deviceHref } from "@/components/devices/deviceHref";
import { formatOs } from "@/components/devices/versions";
import { KindLabel, SeverityBadge } from "./AnomalyBadges";
import { anomalyHref } from "./anomalyHref";

const cell = "px-3 py-1.5 align-middle";

function VersionCell({ device }: { device: AffectedDevice }) {
  const drifted = device.reportedVersion !== null && device.reportedVersion !== device.offeredVersion;
  return (
    <td className={`${cell} whitespace-nowrap font-mono text-xs`}>
      <span className="text-slate-500 dark:text-slate-400">{device.component}</span> {device.offeredVersion}
      <span className="block text-slate-500 dark:text-slate-400" title="The version the device last reported running">
        runs {device.reportedVersion ?? "—"}
        {drifted ? <span className="ml-1 font-sans">(not the offered one)</span> : null}
      </span>
    </td>
  );
}

function AffectedRow({ device, showAnomaly, rows }: { device: AffectedDevice; showAnomaly: boolean; rows: ReturnType<typeof useRowNavigation> }) {
  const href = deviceHref(device.deviceId);
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
      <td className={cell}>{device.ring}</td>
      {showAnomaly ? (
        <td className={`${cell} whitespace-nowrap`}>
          <Link href={anomalyHref(device.anomalyId)} className={`inline-flex items-center gap-1.5 rounded ${linkText} ${focusRing}`}>
            <SeverityBadge severity={device.severity} />
            <KindLabel kind={device.kind} />
          </Link>
        </td>
      ) : null}
      <VersionCell device={device} />
      <td className={`${cell} max-w-56`}>
        <span className="block truncate">{formatOs(device.os, device.osVersion)}</span>
        <span className="block truncate text-xs text-slate-500 dark:text-slate-400">{device.model ?? "—"}</span>
      </td>
      <td className={`${cell} text-slate-600 dark:text-slate-300`}>
        <RelativeTime iso={device.affectedAt} />
      </td>
      <td className={`${cell} text-slate-600 dark:text-slate-300`}>
        <RelativeTime iso={device.lastSeenAt} fallback="never" />
      </td>
    </tr>
  );
}

/** Devices an anomaly hit, each linking to its timeline; `showAnomaly` adds which anomaly (the remediation queue). */
export function AffectedDeviceTable({ devices, caption, showAnomaly = false }: { devices: AffectedDevice[]; caption: string; showAnomaly?: boolean }) {
  const rows = useRowNavigation();
  const headers = ["Device", "State", "Ring", ...(showAnomaly ? ["Anomaly"] : []), "Offered / running", "OS / model", "Affected", "Last seen"];
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-[13px]">
        <caption className="sr-only">{caption}</caption>
        <ColumnHeaders headers={headers} cellClass={cell} />
        <tbody {...rows.listProps} className={tableBody}>
          {devices.map((device) => (
            <AffectedRow key={`${device.anomalyId}:${device.deviceId}`} device={device} showAnomaly={showAnomaly} rows={rows} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
