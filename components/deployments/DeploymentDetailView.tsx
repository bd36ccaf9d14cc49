"use client";

import Link from "next/link";
import { isApiError } from "@/queries/api";
import { useDeployment } from "@/queries/deployments";
import { buttonClasses } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { Skeleton } from "@/components/ui/Skeleton";
import { DeploymentAudit } from "./DeploymentAudit";
import { DeploymentCharts } from "./DeploymentCharts";
import { DeploymentHeader } from "./DeploymentHeader";
import { StageHealthTable } from "./StageHealthTable";
import { StageTimeline } from "./StageTimeline";
import { useSecondsSince } from "./useSecondsSince";

function DeploymentDetailSkeleton() {
  return (
    <div role="status" aria-label="Loading deployment" className="space-y-4">
      <Skeleton className="h-10 w-80" />
      <Skeleton className="h-48" />
      <Skeleton className="h-40" />
      <Skeleton className="h-72" />
    </div>
  );
}

export function DeploymentDetailView({ deploymentId }: { deploymentId: string }) {
  const deployment = useDeployment(deploymentId);
  const secondsSinceFetch = useSecondsSince(deployment.dataUpdatedAt);

  if (deployment.isPending) return <DeploymentDetailSkeleton />;
  if (isApiError(deployment.error, 404)) {
    return (
      <Card>
        <EmptyState
          title="Deployment not found"
          action={
            <Link href="/deployments" className={buttonClasses()}>
              Back to deployments
            </Link>
          }
        >
          No deployment has id <code className="break-all font-mono text-xs">{deploymentId}</code>.
        </EmptyState>
      </Card>
    );
  }
  const detail = deployment.data;
  if (!detail) return <ErrorState title="Could not load this deployment" error={deployment.error} onRetry={() => deployment.refetch()} />;

  return (
    <>
      <DeploymentHeader deployment={detail} />
      {deployment.isError ? (
        <p role="alert" className="mb-3 text-xs text-red-700 dark:text-red-400">
          Refresh failed: {deployment.error.message}. Showing the last data received.
        </p>
      ) : null}
      <div className="space-y-4">
        <StageTimeline deployment={detail} secondsSinceFetch={secondsSinceFetch} />
        <StageHealthTable deploymentId={detail.id} deploymentStatus={detail.status} />
        <DeploymentCharts deployment={detail} />
        <DeploymentAudit deploymentId={detail.id} />
      </div>
    </>
  );
}
