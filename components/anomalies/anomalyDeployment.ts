import type { AnomalyDetail } from "@/queries/anomalies";
import type { Deployment } from "@/queries/rollouts";

/**
 * The anomaly's deployment as DeploymentActions needs it. Promoting is left out: an anomaly page is
 * where a rollout is stopped or reverted (or resumed after a false alarm), not pushed further.
 */
export function anomalyDeployment(detail: AnomalyDetail): Pick<Deployment, "id" | "component" | "version" | "allowedActions"> {
  return {
    id: detail.deployment.id,
    component: detail.component,
    version: detail.version,
    allowedActions: detail.deployment.allowedActions.filter((action) => action !== "promote"),
  };
}
