"use client";

import { useDeploymentHealth } from "@/queries/deployments";
import { useRingSizes } from "@/queries/rings";
import type { DeploymentStatus, StageHealth } from "@/queries/rollouts";
import { Badge } from "@/components/ui/Badge";
import { Card, CardHeader } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { TableSkeleton } from "@/components/ui/Skeleton";
import { formatCount, formatInterval, formatPercent, formatRateCompact, formatRateFull, formatShareOfRing, rateOf, type Rate } from "@/components/ui/rate";
import { TONE_TEXT } from "@/components/ui/tone";
import { StageBadge } from "./DeploymentBadges";
import { CRASH_FREE_VERDICT_LOOK, crashFreeVerdictTone } from "./deploymentLook";

const cell = "px-3 py-2 align-middle";
const count = formatCount;

/** The verdict, and the baseline it was reached against ("vs 96.9% on the rings not yet offered"). */
function Comparison({ row }: { row: StageHealth }) {
  const look = CRASH_FREE_VERDICT_LOOK[row.verdict];
  const baseline = row.baseline.usable ? `vs ${formatPercent(row.baseline.crashFree.rate)} crash-free: ${row.baseline.basis}` : null;
  return (
    <>
      <Badge tone={look.tone} title={look.description}>
        {look.label}
      </Badge>
      {baseline ? <span className="mt-0.5 block max-w-56 text-xs text-slate-600 dark:text-slate-400">{baseline}</span> : null}
    </>
  );
}

/** "99.2% · 21 of 22" with "95% CI 98.7–99.6%" under it; the whole statement in the tooltip. */
function RateCell({ rate }: { rate: Rate }) {
  return (
    <span title={formatRateFull(rate, "crash-free")}>
      {formatRateCompact(rate)}
      <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">{formatInterval(rate) || "no reports yet"}</span>
    </span>
  );
}

const crashFreeOf = (reporting: number, crashed: number) => rateOf(reporting - crashed, reporting);

function ExposedCell({ row, ringSize }: { row: StageHealth; ringSize: number | undefined }) {
  return (
    <>
      {count(row.reporting)} <span className="text-slate-600 dark:text-slate-400">/ {count(row.exposed)}</span>
      {ringSize !== undefined ? (
        <span className="block text-xs text-slate-600 dark:text-slate-400">{formatShareOfRing(row.exposed, ringSize, row.ring)}</span>
      ) : null}
    </>
  );
}

function HealthRow({ row, deploymentStatus, ringSize }: { row: StageHealth; deploymentStatus: DeploymentStatus; ringSize: number | undefined }) {
  return (
    <tr>
      <th scope="row" className={`${cell} font-medium text-slate-900 dark:text-slate-100`}>
        {row.ring}
      </th>
      <td className={cell}>
        <StageBadge stage={row.stageStatus} deployment={deploymentStatus} />
      </td>
      <td className={`${cell} tabular-nums`}>
        <ExposedCell row={row} ringSize={ringSize} />
      </td>
      <td className={`${cell} tabular-nums`}>
        {count(row.crashed)} · {count(row.bootLooping)} · {count(row.silent)}
      </td>
      <td className={`${cell} whitespace-nowrap font-medium tabular-nums ${TONE_TEXT[crashFreeVerdictTone(row.verdict)]}`}>
        <RateCell rate={crashFreeOf(row.reporting, row.crashed)} />
      </td>
      <td className={`${cell} tabular-nums`} title={row.baseline.basis}>
        {row.baseline.usable ? (
          <span className="whitespace-nowrap">
            <RateCell rate={crashFreeOf(row.baseline.reporting, row.baseline.crashed)} />
          </span>
        ) : (
          <span className="text-slate-600 dark:text-slate-400">—</span>
        )}
        <span className="block max-w-64 text-xs text-slate-600 dark:text-slate-400">{row.baseline.basis}</span>
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
  const ringSizes = useRingSizes();

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
            <HealthRow key={row.ring} row={row} deploymentStatus={deploymentStatus} ringSize={ringSizes[row.ring]} />
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
        description="Devices offered the new version against the fair baseline: devices of the rings not yet offered it, over the same window since the stage started. Crash-free with its count and 95% interval; the comparison is red only when the new version is worse beyond chance."
      />
      <div className="relative overflow-x-auto">{body()}</div>
    </Card>
  );
}
