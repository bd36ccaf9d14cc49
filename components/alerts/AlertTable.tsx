"use client";

import Link from "next/link";
import type { Alert } from "@/queries/alerts";
import { LookBadge } from "@/components/deployments/DeploymentBadges";
import { TONE_DOT } from "@/components/deployments/deploymentLook";
import { SEVERITY_LOOK } from "@/components/anomalies/anomalyLook";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { focusRing, tableBody, tableHead } from "@/components/ui/styles";
import { rowPrimaryProps, useRowNavigation } from "@/components/ui/useRowNavigation";
import { deliveryLook } from "./deliveryLook";

const cell = "px-3 py-2 align-top";

function AlertRow({ alert, rows, onOpen }: { alert: Alert; rows: ReturnType<typeof useRowNavigation>; onOpen: (alert: Alert) => void }) {
  const severity = SEVERITY_LOOK[alert.severity];
  return (
    <tr {...rows.rowProps({ href: alert.href })} onClickCapture={() => onOpen(alert)} data-unread={alert.unread ? "" : undefined}>
      <td className={`${cell} w-4 pr-0`}>
        <span aria-hidden="true" title={severity.label} className="mt-1.5 block size-2 rounded-full" style={{ backgroundColor: TONE_DOT[severity.tone] }} />
      </td>
      <th scope="row" className={`${cell} text-left font-normal`}>
        <span className="sr-only">{`${alert.unread ? "Unread, " : ""}${severity.label}: `}</span>
        <Link
          href={alert.href}
          {...rowPrimaryProps}
          className={`rounded text-[13px] leading-snug hover:underline ${alert.unread ? "font-semibold text-slate-900 dark:text-white" : "text-slate-700 dark:text-slate-300"} ${focusRing}`}
        >
          {alert.title}
        </Link>
        {alert.unread ? <span aria-hidden="true" className="ml-2 inline-block size-1.5 rounded-full bg-indigo-500 align-middle" title="Unread" /> : null}
      </th>
      <td className={`${cell} whitespace-nowrap text-xs text-slate-600 dark:text-slate-300`}>{alert.ring ?? "all rings"}</td>
      <td className={`${cell} whitespace-nowrap text-xs text-slate-500 dark:text-slate-400`}>
        <RelativeTime iso={alert.at} />
      </td>
      <td className={`${cell} max-w-48 truncate text-xs text-slate-500 dark:text-slate-400`} title={alert.actor ?? undefined}>
        {alert.actor ?? "—"}
      </td>
      <td className={`${cell} whitespace-nowrap`}>
        <LookBadge look={deliveryLook(alert.delivery)} />
      </td>
    </tr>
  );
}

/** The alert feed as a dense table: j/k move through it, Enter or a click opens the alert's page and marks it read. */
export function AlertTable({ alerts, onOpen }: { alerts: Alert[]; onOpen: (alert: Alert) => void }) {
  const rows = useRowNavigation();
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" {...rows.listProps}>
        <caption className="sr-only">Alerts, newest first</caption>
        <thead className={tableHead}>
          <tr>
            <th scope="col" className="w-4 px-3 py-2">
              <span className="sr-only">Severity</span>
            </th>
            {["Alert", "Ring", "When", "By", "Webhooks"].map((h) => (
              <th key={h} scope="col" className="px-3 py-2 text-left font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={tableBody}>
          {alerts.map((alert) => (
            <AlertRow key={alert.id} alert={alert} rows={rows} onOpen={onOpen} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
