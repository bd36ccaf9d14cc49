"use client";

import { useDeploymentHealth } from "@/queries/deployments";
import type { CrashFreeVerdict, DeploymentStatus, RateInterval, StageHealth } from "@/queries/rollouts";
import { Badge } from "@/components/ui/Badge";
import { Card, CardHeader } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { TableSkeleton } from "@/components/ui/Skeleton";
import { formatRateInterval } from "@/components/rings/crashFree";
import { StageBadge } from "./DeploymentBadges";

const cell = "px-3 py-2 align-middle";
const numberFormat = new Intl.NumberFormat();
const count = (n: number) => numberFormat.format(n);

const VERDICT_LOOK: Record<CrashFreeVerdict, { tone: "danger" | "success" | "muted"; label: string; title: string }> = {
  worse: { tone: "danger", label: "worse than baseline", title: "The new version's 95% interval lies wholly below the baseline's" },
  no_clear_difference: { tone: "success", label: "no clear difference", title: "The 95% intervals overlap: no evidence of a difference" },
  no_baseline: { tone: "muted", label: "no baseline", title: "No fair baseline to compare with; detection judges this ring against assumed rates" },
  not_enough_data: { tone: "muted", label: "not enough data", title: "Too few exposed devices have reported to compare" },
};

function Comparison({ row }: { row: StageHealth }) {
  const look = VERDICT_LOOK[row.verdict];
  return (
    <Badge tone={look.tone} title={look.title}>
      {look.label}
    </Badge>
  );
}

/** "99.2% (98.7–99.6) · 21 of 22": a rate always with its denominator. */
function RateCell({ interval, crashFree, of }: { interval: RateInterval; crashFree: number; of: number }) {
  return (
    <>
      {formatRateInterval(interval)}
      <span className="block text-xs font-normal text-slate-500 dark:text-slate-400">
        {count(crashFree)} of {count(of)} crash-free
      </span>
    </>
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
      <td className={`${cell} whitespace-nowrap font-medium tabular-nums ${row.verdict === "worse" ? "text-red-700 dark:text-red-400" : ""}`}>
        <RateCell interval={row.crashFree} crashFree={row.reporting - row.crashed} of={row.reporting} />
      </td>
      <td className={`${cell} tabular-nums`} title={row.baseline.basis}>
        {row.baseline.usable ? (
          <span className="whitespace-nowrap">
            <RateCell interval={row.baseline.crashFree} crashFree={row.baseline.reporting - row.baseline.crashed} of={row.baseline.reporting} />
          </span>
        ) : (
          <span className="text-slate-500 dark:text-slate-400">—</span>
        )}
        <span className="block max-w-64 text-xs text-slate-500 dark:text-slate-400">{row.baseline.basis}</span>
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
        description="Devices offered the new version against the fair baseline: devices of the rings not yet offered it, over the same window since the stage started. Crash-free with its 95% interval and its count."
      />
      <div className="relative overflow-x-auto">{body()}</div>
    </Card>
  );
}
