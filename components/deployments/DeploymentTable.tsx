"use client";

import Link from "next/link";
import type { Deployment } from "@/queries/rollouts";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { focusRing, tableBody } from "@/components/ui/styles";
import { rowPrimaryProps, useRowNavigation } from "@/components/ui/useRowNavigation";
import { DeploymentStatusBadge } from "./DeploymentBadges";
import { StagePipeline } from "./StagePipeline";
import { deploymentHref } from "./deploymentHref";

const HEADERS = ["Release", "Status", "Stages", "Exposed", "Created", "Updated"] as const;
const cell = "px-3 py-2 align-middle";
const numberFormat = new Intl.NumberFormat();

const exposedTotal = (deployment: Deployment) => deployment.stages.reduce((sum, stage) => sum + stage.exposedDevices, 0);

function DeploymentRow({ deployment, rows }: { deployment: Deployment; rows: ReturnType<typeof useRowNavigation> }) {
  const href = deploymentHref(deployment.id);
  return (
    <tr {...rows.rowProps({ href })}>
      <th scope="row" className={`${cell} font-normal`}>
        <Link href={href} {...rowPrimaryProps} className={`rounded font-medium text-indigo-700 hover:underline dark:text-indigo-300 ${focusRing}`}>
          {deployment.component} <span className="font-mono text-xs">{deployment.version}</span>
        </Link>
        <span className="block text-xs text-slate-500 dark:text-slate-400">
          {deployment.previousVersion ? (
            <>
              from <span className="font-mono">{deployment.previousVersion}</span>
            </>
          ) : (
            "first release of this component"
          )}
        </span>
      </th>
      <td className={cell}>
        <DeploymentStatusBadge status={deployment.status} />
        {deployment.pausedReason ? (
          <span className="mt-0.5 block max-w-56 truncate text-xs text-slate-500 dark:text-slate-400" title={deployment.pausedReason}>
            {deployment.pausedReason}
          </span>
        ) : null}
      </td>
      <td className={cell}>
        <StagePipeline deployment={deployment} />
      </td>
      <td className={`${cell} tabular-nums`}>{numberFormat.format(exposedTotal(deployment))}</td>
      <td className={cell}>
        <RelativeTime iso={deployment.createdAt} />
        <span className="block max-w-48 truncate text-xs text-slate-500 dark:text-slate-400">
          {deployment.createdBy ? `by ${deployment.createdBy}` : "by the system"}
        </span>
      </td>
      <td className={`${cell} text-slate-600 dark:text-slate-300`}>
        <RelativeTime iso={deployment.updatedAt} />
      </td>
    </tr>
  );
}

export function DeploymentTable({ deployments, caption }: { deployments: Deployment[]; caption: string }) {
  const rows = useRowNavigation();
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-[13px]">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-500 dark:border-slate-800 dark:bg-slate-900/60 dark:text-slate-400">
          <tr>
            {HEADERS.map((header) => (
              <th key={header} scope="col" className={`${cell} font-medium`}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody {...rows.listProps} className={tableBody}>
          {deployments.map((deployment) => (
            <DeploymentRow key={deployment.id} deployment={deployment} rows={rows} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
