import { DEPLOYMENT_ACTIONS, DEPLOYMENT_STATUSES } from "@/core/rollouts/deployment";
import type { AnomalyDetail } from "@/queries/anomalies";
import type { Deployment, DeploymentAction, DeploymentStatus } from "@/queries/rollouts";

const isDeploymentAction = (action: string): action is DeploymentAction => (DEPLOYMENT_ACTIONS as readonly string[]).includes(action);

/**
 * The anomaly's deployment as DeploymentActions needs it. Promoting is left out: an anomaly page is
 * where a rollout is stopped or reverted (or resumed after a false alarm), not pushed further.
 */
export function anomalyDeployment(detail: AnomalyDetail): Pick<Deployment, "id" | "component" | "version" | "allowedActions"> {
  return {
    id: detail.deployment.id,
    component: detail.component,
    version: detail.version,
    allowedActions: detail.deployment.allowedActions.filter(isDeploymentAction).filter((action) => action !== "promote"),
  };
}

/** The deployment's status when it is one the UI knows (the detail types it as a plain string). */
export function deploymentStatusOf(detail: AnomalyDetail): DeploymentStatus | null {
  return DEPLOYMENT_STATUSES.find((status) => status === detail.deployment.status) ?? null;
}
