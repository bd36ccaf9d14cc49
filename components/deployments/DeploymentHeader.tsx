import { deploymentName, deploymentWhere, releaseName } from "@/core/names";
import type { Deployment } from "@/queries/rollouts";
import { Badge } from "@/components/ui/Badge";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { Breadcrumb } from "@/components/ui/Breadcrumb";
import { DeploymentAnomaliesBadge } from "@/components/anomalies/DeploymentAnomaliesBadge";
import { DeploymentActions } from "./DeploymentActions";
import { DeploymentStatusBadge } from "./DeploymentBadges";

function StoppedReason({ deployment }: { deployment: Deployment }) {
  if (!deployment.pausedReason) return null;
  const danger = deployment.status === "halted" || deployment.status === "rolled_back";
  const word = deployment.status === "paused" ? "Paused" : deployment.status === "halted" ? "Halted" : "Reason";
  return (
    <p
      className={`mt-2 rounded-md border px-3 py-1.5 text-sm ${
        danger
          ? "border-red-300 bg-red-50 text-red-800 dark:border-red-900 dark:bg-red-950/50 dark:text-red-300"
          : "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-200"
      }`}
    >
      <span className="font-medium">{word}:</span> {deployment.pausedReason}
    </p>
  );
}

export function DeploymentHeader({ deployment }: { deployment: Deployment }) {
  const name = deploymentName(deployment);
  return (
    <div className="mb-4">
      <Breadcrumb section="Deployments" href="/deployments" name={name} id={deployment.id} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-lg font-semibold tracking-tight text-slate-900 dark:text-slate-50">
              {releaseName(deployment)} <span className="font-normal text-slate-500 dark:text-slate-400">→ {deploymentWhere(deployment)}</span>
            </h1>
            <DeploymentStatusBadge status={deployment.status} />
            <DeploymentAnomaliesBadge deploymentId={deployment.id} name={releaseName(deployment)} />
            {deployment.autoPause ? (
              <Badge tone="neutral" title="Pauses by itself when a critical anomaly is raised against it">
                auto-pause
              </Badge>
            ) : (
              <Badge tone="muted" title="Critical anomalies do not pause it">
                no auto-pause
              </Badge>
            )}
          </div>
          <p className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">
            {deployment.previousVersion ? (
              <>
                Replaces <span className="font-mono">{deployment.previousVersion}</span> ·{" "}
              </>
            ) : null}
            Started <RelativeTime iso={deployment.createdAt} /> by {deployment.createdBy ?? "the system"} · updated <RelativeTime iso={deployment.updatedAt} />
          </p>
        </div>
        <DeploymentActions deployment={deployment} />
      </div>
      <StoppedReason deployment={deployment} />
    </div>
  );
}
