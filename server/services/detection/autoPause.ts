import type { Finding } from "../../../core/detection/detect";
import { cohortLabel, confinedCohort, type Cohort } from "../../../core/rollouts/holds";
import type { LoadedDeployment } from "../../queries/deployments";
import type { ServiceContext } from "../context";
import { actOnDeployment } from "../deployments/act";
import { isServiceError } from "../errors";
import { placeHold } from "../holds/place";

export type Containment = "paused" | "held";

/** The one cohort a finding's evidence is confined to: the slice it stands out in, else its suspects'. */
export function cohortOf(finding: Finding): Cohort | null {
  return finding.subgroup ?? confinedCohort(finding.suspects);
}

/**
 * Contains an active deployment with autoPause on when a critical anomaly stands against it, as
 * ctx.actor (the system), with the anomaly as the reason: with `onCohortAnomaly: "hold"` and the
 * evidence confined to one cohort, only that cohort is held and the rest goes on; else it pauses.
 * A deployment someone already paused, halted or rolled back is left alone (their decision stands);
 * a race with such an action, or a cohort already held, is a conflict, not a failure.
 */
export async function containForAnomaly(ctx: ServiceContext, deployment: LoadedDeployment, finding: Finding, anomalyId: string): Promise<Containment | null> {
  if (!deployment.row.auto_pause || deployment.state.status !== "active") return null;
  const cohort = deployment.row.on_cohort_anomaly === "hold" ? cohortOf(finding) : null;
  try {
    if (cohort) {
      await placeHold(ctx, deployment.row.id, {
        ...cohort,
        revert: false,
        anomalyId,
        reason: `Auto-held ${cohortLabel(cohort)} for critical anomaly ${anomalyId}: ${finding.summary}`,
      });
      return "held";
    }
    await actOnDeployment(ctx, deployment.row.id, "pause", `Auto-paused by critical anomaly ${anomalyId}: ${finding.summary}`);
    deployment.state = { ...deployment.state, status: "paused" };
    return "paused";
  } catch (error) {
    if (isServiceError(error, "conflict")) return null;
    throw error;
  }
}
