import type { Finding } from "../../../core/detection/detect";
import type { LoadedDeployment } from "../../queries/deployments";
import type { ServiceContext } from "../context";
import { actOnDeployment } from "../deployments/act";
import { isServiceError } from "../errors";

/**
 * Pauses an active deployment with autoPause on when a critical anomaly stands against it, with
 * the anomaly as the reason (as ctx.actor, the system). A deployment someone already paused, halted
 * or rolled back is left alone (their decision stands); a race with such an action is a conflict, not a failure.
 */
export async function pauseForAnomaly(ctx: ServiceContext, deployment: LoadedDeployment, finding: Finding, anomalyId: string): Promise<boolean> {
  if (!deployment.row.auto_pause || deployment.state.status !== "active") return false;
  try {
    await actOnDeployment(ctx, deployment.row.id, "pause", `Auto-paused by critical anomaly ${anomalyId}: ${finding.summary}`);
    deployment.state = { ...deployment.state, status: "paused" };
    return true;
  } catch (error) {
    if (isServiceError(error, "conflict")) return false;
    throw error;
  }
}
