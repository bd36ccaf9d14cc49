import Link from "next/link";
import type { AnomalyDetail } from "@/queries/anomalies";
import { DeploymentActions } from "@/components/deployments/DeploymentActions";
import { DeploymentStatusBadge } from "@/components/deployments/DeploymentBadges";
import { deploymentHref } from "@/components/deployments/deploymentHref";
import { focusRing, linkText } from "@/components/ui/styles";
import { anomalyDeployment, deploymentStatusOf } from "./anomalyDeployment";
import { releaseName } from "./anomalyLook";

/** The rollout behind the anomaly, its state, and (for operators) pause / halt / roll back right here. */
export function AnomalyDeploymentBar({ anomaly }: { anomaly: AnomalyDetail }) {
  const status = deploymentStatusOf(anomaly);
  return (
    <section
      aria-label="Deployment"
      className="mt-3 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white px-4 py-2.5 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="min-w-0 text-sm">
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-xs text-slate-500 dark:text-slate-400">Deployment</span>
          <Link href={deploymentHref(anomaly.deployment.id)} className={`rounded font-mono text-[13px] font-medium ${linkText} ${focusRing}`}>
            {releaseName(anomaly.component, anomaly.version)}
          </Link>
          {status ? <DeploymentStatusBadge status={status} /> : <span className="text-xs">{anomaly.deployment.status}</span>}
        </div>
        {anomaly.deployment.pausedReason ? (
          <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-300">
            <span className="font-medium">Reason:</span> {anomaly.deployment.pausedReason}
          </p>
        ) : null}
      </div>
      <DeploymentActions deployment={anomalyDeployment(anomaly)} />
    </section>
  );
}
