"use client";

import { useMemo } from "react";
import { useAnomalies } from "@/queries/anomalies";
import { useGates, useLiveDeployments, type GateTarget } from "@/queries/deployments";
import { useRingHealth, useRingNames } from "@/queries/rings";
import type { Deployment } from "@/queries/rollouts";
import { Card } from "@/components/ui/Card";
import { ErrorState } from "@/components/ui/ErrorState";
import { Skeleton } from "@/components/ui/Skeleton";
import { currentStage } from "@/components/deployments/verdict";
import { useSecondsSince } from "@/components/deployments/useSecondsSince";
import { RingHealthCard } from "@/components/rings/RingHealthCard";
import { inRingOrder, stagesInRing } from "@/components/rings/ringStages";
import { countByDeployment, worstSeverityByRing } from "@/components/anomalies/openAnomalies";
import { DeploymentVerdicts } from "./DeploymentVerdicts";

/** Enough open anomalies to badge every live deployment; an inbox past this is a bigger problem. */
const OPEN_ANOMALY_LIMIT = 200;

function gateTargets(deployments: readonly Deployment[]): GateTarget[] {
  return deployments.flatMap((d) => {
    const stage = currentStage(d);
    return stage ? [{ deploymentId: d.id, ring: stage.ring }] : [];
  });
}

function RolloutSkeleton() {
  return (
    <div role="status" aria-label="Loading rings and rollouts" className="space-y-4">
      <Skeleton className="h-20" />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
        {Array.from({ length: 3 }, (_, i) => (
          <Skeleton key={i} className="h-64" />
        ))}
      </div>
    </div>
  );
}

/** Per-ring health and the live rollouts in one look, above the fleet summary. */
export function RolloutOverview() {
  const health = useRingHealth();
  const live = useLiveDeployments();
  const ringOrder = useRingNames();
  const deployments = useMemo(() => live.data ?? [], [live.data]);
  const gates = useGates(useMemo(() => gateTargets(deployments), [deployments]));
  const secondsSinceFetch = useSecondsSince(live.dataUpdatedAt);
  const rings = useMemo(() => inRingOrder(health.data ?? [], ringOrder), [health.data, ringOrder]);
  const openAnomalies = useAnomalies({ status: "open", limit: OPEN_ANOMALY_LIMIT });
  const anomalyCounts = useMemo(() => countByDeployment(openAnomalies.data?.items ?? []), [openAnomalies.data]);
  const ringSeverity = useMemo(() => worstSeverityByRing(openAnomalies.data?.items ?? []), [openAnomalies.data]);

  if (health.isPending || live.isPending) return <RolloutSkeleton />;
  return (
    <div className="space-y-4">
      {live.data ? (
        <DeploymentVerdicts deployments={deployments} gates={gates} anomalyCounts={anomalyCounts} secondsSinceFetch={secondsSinceFetch} />
      ) : (
        <Card>
          <ErrorState title="Could not load live deployments" error={live.error} onRetry={live.refetch} />
        </Card>
      )}
      {health.data ? (
        <section aria-labelledby="ring-cards-heading">
          <h2 id="ring-cards-heading" className="sr-only">
            Rings
          </h2>
          {rings.length === 0 ? (
            <p className="text-sm text-slate-500 dark:text-slate-400">No rings are defined. Admins add them under Settings, Rings.</p>
          ) : null}
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
            {rings.map((ring) => (
              <RingHealthCard
                key={ring.ring}
                health={ring}
                stages={stagesInRing(ring.ring, deployments)}
                secondsSinceFetch={secondsSinceFetch}
                openSeverity={ringSeverity[ring.ring] ?? null}
              />
            ))}
          </div>
        </section>
      ) : (
        <Card>
          <ErrorState title="Could not load ring health" error={health.error} onRetry={() => health.refetch()} />
        </Card>
      )}
    </div>
  );
}
