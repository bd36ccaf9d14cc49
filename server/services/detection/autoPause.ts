import type { Finding } from "../../../core/detection/detect";
import type { Database } from "../../db/database";
import { AppError } from "../../http/errors";
import type { LoadedDeployment } from "../../queries/deployments";
import { actOnDeployment } from "../deployments/act";
import { SYSTEM_ACTOR } from "../deployments/advance";

/**
 * Pauses an active deployment with autoPause on when a critical anomaly stands against it, with
 * the anomaly as the reason. A deployment someone already paused, halted or rolled back is left
 * alone (their decision stands); a race with such an action is a 409, not a failure.
 */
export async function pauseForAnomaly(db: Database, deployment: LoadedDeployment, finding: Finding, anomalyId: string, now: Date): Promise<boolean> {
  if (!deployment.row.auto_pause || deployment.state.status !== "active") return false;
  try {
    await actOnDeployment(db, SYSTEM_ACTOR, deployment.row.id, "pause", `Auto-paused by critical anomaly ${anomalyId}: ${finding.summary}`, now);
    deployment.state = { ...deployment.state, status: "paused" };
    return true;
  } catch (error) {
    if (error instanceof AppError && error.status === 409) return false;
    throw error;
  }
}
