"use client";

import Link from "next/link";
import { isApiError } from "@/queries/api";
import { useAnomaly } from "@/queries/anomalies";
import { buttonClasses } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { Skeleton } from "@/components/ui/Skeleton";
import { AffectedDevices } from "./AffectedDevices";
import { AnomalyHeader } from "./AnomalyHeader";
import { EvidenceChart } from "./EvidenceChart";
import { EvidenceNumbers } from "./EvidenceNumbers";
import { RecoveryPanel } from "./RecoveryPanel";
import { SuspectList } from "./SuspectList";

function AnomalyDetailSkeleton() {
  return (
    <div role="status" aria-label="Loading anomaly" className="space-y-4">
      <Skeleton className="h-10 w-96" />
      <Skeleton className="h-14" />
      <Skeleton className="h-32" />
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
        <Skeleton className="h-64" />
        <Skeleton className="h-64" />
      </div>
    </div>
  );
}

export function AnomalyDetailView({ anomalyId }: { anomalyId: string }) {
  const anomaly = useAnomaly(anomalyId);

  if (anomaly.isPending) return <AnomalyDetailSkeleton />;
  if (isApiError(anomaly.error, 404) || isApiError(anomaly.error, 400)) {
    return (
      <Card>
        <EmptyState
          title="Anomaly not found"
          action={
            <Link href="/anomalies" className={buttonClasses()}>
              Back to anomalies
            </Link>
          }
        >
          No anomaly has id <code className="break-all font-mono text-xs">{anomalyId}</code>.
        </EmptyState>
      </Card>
    );
  }
  const detail = anomaly.data;
  if (!detail) return <ErrorState title="Could not load this anomaly" error={anomaly.error} onRetry={() => anomaly.refetch()} />;

  return (
    <>
      <AnomalyHeader anomaly={detail} />
      {anomaly.isError ? (
        <p role="alert" className="mb-3 text-xs text-red-700 dark:text-red-400">
          Refresh failed: {anomaly.error.message}. Showing the last data received.
        </p>
      ) : null}
      <div className="space-y-4">
        <EvidenceNumbers evidence={detail.evidence} />
        <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
          <EvidenceChart history={detail.evidence.history} lastFiringAt={detail.lastFiringAt} version={detail.version} />
          <SuspectList suspects={detail.suspects} />
        </div>
        <RecoveryPanel recovery={detail.recovery} />
        <AffectedDevices anomalyId={detail.id} />
      </div>
    </>
  );
}
