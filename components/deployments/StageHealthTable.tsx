"use client";

import { useDeploymentHealth } from "@/queries/deployments";
import type { DeploymentStatus, StageHealth } from "@/queries/rollouts";
import { Badge } from "@/components/ui/Badge";
import { Card, CardHeader } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { TableSkeleton } from "@/components/ui/Skeleton";
import { RATE_LEVEL_TEXT, clearlyWorse, crashFreeLevel, formatRateInterval } from "@/components/rings/crashFree";
import { StageBadge } from "./DeploymentBadges";

const cell = "px-3 py-2 align-middle";
const numberFormat = new Intl.NumberFormat();
const count = (n: number) => numberFormat.format(n);

function Comparison({ row }: { row: StageHealth }) {
  if (row.crashFree.rate === null || row.baseline.crashFree.rate === null) return <Badge tone="muted">not enough data</Badge>;
  if (clearlyWorse(row.crashFree, row.baseline.crashFree)) {
    return (
      <Badge tone="danger" title="The candidate's 95% interval lies wholly below the baseline's">
        worse than baseline
      </Badge>
    );
  }
  return (
    <Badge tone="success" title="The 95% intervals overlap: no evidence of a difference">
      no clear difference
    </Badge>
  );
}

function HealthRow({ row, deploymentStatus }: { row: StageHealth; deploymentStatus: DeploymentStatus }) {
  return (
    <tr>
      <th scope="row" className={`${cell} font-medium text-slate-900 dark:text-slate-100`}>
        {row.ring}
      </th>
      <td className={cell}>
        <StageBadge stage={row.stageStatus} deployment={deploymentStatus} />
      </td>
      <td className={`${cell} tabular-nums`}>
        {count(row.reporting)} <span className="text-slate-400">/ {count(row.exposed)}</span>
      </td>
      <td className={`${cell} tabular-nums`}>
        <span className={row.crashed > 0 ? "text-red-700 dark:text-red-400" : undefined}>{count(row.crashed)}</span>
        {" · "}
        <span className={row.bootLooping > 0 ? "text-amber-700 dark:text-amber-400" : undefined}>{count(row.bootLooping)}</span>
        {" · "}
        {count(row.silent)}
      </td>
      <td className={`${cell} whitespace-nowrap font-medium tabular-nums ${RATE_LEVEL_TEXT[crashFreeLevel(row.crashFree.rate)]}`}>{formatRateInterval(row.crashFree)}</td>
      <td className={`${cell} whitespace-nowrap tabular-nums`}>
        <span className={RATE_LEVEL_TEXT[crashFreeLevel(row.baseline.crashFree.rate)]}>{formatRateInterval(row.baseline.crashFree)}</span>
        <span className="block text-xs text-slate-500 dark:text-slate-400">
          {row.baseline.version ? <span className="font-mono">{row.baseline.version}</span> : "no version"} · {count(row.baseline.reporting)} of{" "}
          {count(row.baseline.devices)} reporting
        </span>
      </td>
      <td className={cell}>
        <Comparison row={row} />
      </td>
    </tr>
  );
}

const HEADERS = ["Ring", "Stage", "Reporting / exposed", "Crashed · boot loops · silent", "Crash-free (new)", "Crash-free (baseline)", "Comparison"] as const;

export function StageHealthTable({ deploymentId, deploymentStatus }: { deploymentId: string; deploymentStatus: DeploymentStatus }) {
  const health = useDeploymentHealth(deploymentId);

  function body() {
    if (health.isPending) return <TableSkeleton rows={3} columns={7} label="Loading ring health" />;
    if (!health.data) return <ErrorState title="Could not load ring health" error={health.error} onRetry={() => health.refetch()} />;
    if (health.data.length === 0) return <EmptyState title="No stage has started yet" />;
    return (
      <table className="w-full text-left text-[13px]">
        <caption className="sr-only">Health of the new version against the baseline, per stage ring</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-500 dark:border-slate-800 dark:bg-slate-900/60 dark:text-slate-400">
          <tr>
            {HEADERS.map((header) => (
              <th key={header} scope="col" className={`${cell} font-medium`}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {health.data.map((row) => (
            <HealthRow key={row.ring} row={row} deploymentStatus={deploymentStatus} />
          ))}
        </tbody>
      </table>
    );
  }

  return (
    <Card labelledBy="stage-health-heading">
      <CardHeader
        id="stage-health-heading"
        title="Health per ring"
        description="Devices on the new version against the same ring's devices not exposed, since the stage started. Crash-free with its 95% interval."
      />
      <div className="overflow-x-auto">{body()}</div>
    </Card>
  );
}
