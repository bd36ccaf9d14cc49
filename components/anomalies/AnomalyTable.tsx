"use client";

import Link from "next/link";
import type { AnomalyView } from "@/queries/anomalies";
import { ColumnHeaders } from "@/components/ui/ColumnHeaders";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { focusRing, linkText, tableBody } from "@/components/ui/styles";
import { rowPrimaryProps, useRowNavigation } from "@/components/ui/useRowNavigation";
import { deploymentHref } from "@/components/deployments/deploymentHref";
import { AnomalyStatusBadge, KindLabel, SeverityBadge } from "./AnomalyBadges";
import { anomalyHref } from "./anomalyHref";
import { KIND_LOOK, SEVERITY_LOOK, releaseName } from "./anomalyLook";
import { formatCount, formatPercent, formatRateFull, rateOf } from "@/components/ui/rate";

const HEADERS = ["Severity", "Kind", "Ring", "Release", "Summary", "Affected / exposed", "Detected", "Status"] as const;
const cell = "px-3 py-1.5 align-middle";

function AnomalyRow({ anomaly, rows }: { anomaly: AnomalyView; rows: ReturnType<typeof useRowNavigation> }) {
  const href = anomalyHref(anomaly.id);
  const { evidence } = anomaly;
  return (
    <tr {...rows.rowProps({ href })}>
      <td className={cell}>
        <SeverityBadge severity={anomaly.severity} />
      </td>
      <td className={cell}>
        <KindLabel kind={anomaly.kind} />
      </td>
      <td className={cell}>{anomaly.ring}</td>
      <td className={`${cell} whitespace-nowrap`}>
        <Link href={deploymentHref(anomaly.deploymentId)} className={`rounded font-mono text-xs ${linkText} ${focusRing}`} title="Open the deployment">
          {releaseName(anomaly.component, anomaly.version)}
        </Link>
      </td>
      <th scope="row" className={`${cell} max-w-md font-normal`}>
        <Link
          href={href}
          {...rowPrimaryProps}
          title={anomaly.summary}
          className={`line-clamp-2 rounded font-medium text-slate-900 hover:underline dark:text-slate-100 ${focusRing}`}
        >
          <span className="sr-only">
            {SEVERITY_LOOK[anomaly.severity].label} {KIND_LOOK[anomaly.kind].label.toLowerCase()} in {anomaly.ring}:{" "}
          </span>
          {anomaly.summary}
        </Link>
      </th>
      <td
        className={`${cell} whitespace-nowrap tabular-nums`}
        title={formatRateFull(rateOf(evidence.affected, evidence.exposed), "of exposed devices affected")}
      >
        {formatCount(evidence.affected)} of {formatCount(evidence.exposed)}
        <span className="ml-1.5 text-xs text-slate-600 dark:text-slate-400">{formatPercent(evidence.affectedRate)}</span>
      </td>
      <td className={`${cell} text-slate-600 dark:text-slate-300`}>
        <RelativeTime iso={anomaly.detectedAt} />
      </td>
      <td className={cell}>
        <AnomalyStatusBadge status={anomaly.status} />
      </td>
    </tr>
  );
}

/** The inbox table: one row per anomaly, newest first; j/k or ↑/↓ move between rows, Enter opens one. */
export function AnomalyTable({ anomalies, caption }: { anomalies: AnomalyView[]; caption: string }) {
  const rows = useRowNavigation();
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-[13px]">
        <caption className="sr-only">{caption}</caption>
        <ColumnHeaders headers={HEADERS} cellClass={cell} />
        <tbody {...rows.listProps} className={tableBody}>
          {anomalies.map((anomaly) => (
            <AnomalyRow key={anomaly.id} anomaly={anomaly} rows={rows} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
