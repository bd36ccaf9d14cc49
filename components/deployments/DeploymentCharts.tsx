"use client";

import { useMemo } from "react";
import { useDeploymentSeries } from "@/queries/deployments";
import { useRingNames, useRingSizes } from "@/queries/rings";
import type { Deployment } from "@/queries/rollouts";
import { Card, CardHeader } from "@/components/ui/Card";
import { ErrorState } from "@/components/ui/ErrorState";
import { Skeleton } from "@/components/ui/Skeleton";
import { CrashRateChart } from "./CrashRateChart";
import { ExposureChart } from "./ExposureChart";
import { formatTimeLeft } from "./bake";
import { crashRateRows, exposureRings, exposureRows, hasCrashRateData } from "./series";

function NoData({ children }: { children: string }) {
  return <p className="px-4 py-10 text-center text-sm text-slate-500 dark:text-slate-400">{children}</p>;
}

export function DeploymentCharts({ deployment }: { deployment: Deployment }) {
  const series = useDeploymentSeries(deployment.id);
  const ringOrder = useRingNames();
  const ringSizes = useRingSizes();
  const stageRings = useMemo(() => deployment.stages.map((s) => s.ring), [deployment.stages]);
  const shaped = useMemo(() => {
    if (!series.data) return null;
    const rings = exposureRings(series.data, stageRings);
    return { rings, exposure: exposureRows(series.data, rings), crash: crashRateRows(series.data) };
  }, [series.data, stageRings]);

  if (series.isPending) {
    return (
      <div role="status" aria-label="Loading charts" className="grid grid-cols-1 gap-4 xl:grid-cols-2">
        <Skeleton className="h-72" />
        <Skeleton className="h-72" />
      </div>
    );
  }
  if (!series.data || !shaped) {
    return (
      <Card>
        <ErrorState title="Could not load the charts" error={series.error} onRetry={() => series.refetch()} />
      </Card>
    );
  }
  const bucket = formatTimeLeft(series.data.bucketSec);
  const baselineLabel = `rings not yet offered${deployment.previousVersion ? ` (${deployment.previousVersion})` : ""}`;
  return (
    <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
      <Card labelledBy="exposure-chart-heading">
        <CardHeader
          id="exposure-chart-heading"
          title="Exposure over time"
          description={`Devices offered ${deployment.version}, cumulative per ring and as a share of the ring, in ${bucket} steps`}
        />
        {shaped.exposure.length === 0 ? (
          <NoData>No device has been offered the release yet.</NoData>
        ) : (
          <ExposureChart rows={shaped.exposure} rings={shaped.rings} ringOrder={ringOrder} ringSizes={ringSizes} />
        )}
      </Card>
      <Card labelledBy="crash-chart-heading">
        <CardHeader
          id="crash-chart-heading"
          title="Crash rate over time"
          description={`Share of devices that crashed, per ${bucket}: devices offered ${deployment.version} against the fair baseline, the rings not yet offered it at that time`}
        />
        {hasCrashRateData(shaped.crash) ? (
          <CrashRateChart rows={shaped.crash} version={deployment.version} baselineLabel={baselineLabel} />
        ) : (
          <NoData>No device has reported since the rollout started.</NoData>
        )}
      </Card>
    </div>
  );
}
