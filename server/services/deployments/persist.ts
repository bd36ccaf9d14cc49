import type { DeploymentState } from "../../../core/rollouts/deployment";
import type { Sql } from "../../db/sql";

/** Writes a deployment's status and every stage, and moves the component's baseline when the rollout ends. */
export async function saveDeploymentState(
  tx: Sql,
  deployment: { id: string; component: string; version: string; previousVersion: string | null },
  before: DeploymentState,
  next: DeploymentState,
): Promise<void> {
  await tx.query("UPDATE deployments SET status = $2, paused_reason = $3, updated_at = now() WHERE id = $1", [deployment.id, next.status, next.pausedReason]);
  for (const [position, stage] of next.stages.entries()) {
    await tx.query(
      `UPDATE deployment_stages SET status = $3, started_at = $4, finished_at = $5,
         wave_started_at = ARRAY(SELECT jsonb_array_elements_text($6::jsonb)::timestamptz), bake_paused_at = $7, bake_paused_sec = $8
       WHERE deployment_id = $1 AND position = $2`,
      [
        deployment.id,
        position,
        stage.status,
        stage.startedAt?.toISOString() ?? null,
        stage.finishedAt?.toISOString() ?? null,
        JSON.stringify((stage.waveStartedAt ?? []).map((at) => at.toISOString())),
        stage.bakePausedAt?.toISOString() ?? null,
        stage.bakePausedSec ?? 0,
      ],
    );
  }
  if (next.status === "completed" && before.status !== "completed") {
    await tx.query(
      `INSERT INTO component_baselines (component, version) VALUES ($1, $2)
       ON CONFLICT (component) DO UPDATE SET version = EXCLUDED.version, updated_at = now()`,
      [deployment.component, deployment.version],
    );
  }
  // Rolling back a completed release puts the version it replaced back as the baseline.
  if (next.status === "rolled_back" && before.status === "completed") {
    if (deployment.previousVersion === null) await tx.query("DELETE FROM component_baselines WHERE component = $1", [deployment.component]);
    else
      await tx.query("UPDATE component_baselines SET version = $2, updated_at = now() WHERE component = $1", [
        deployment.component,
        deployment.previousVersion,
      ]);
  }
}
