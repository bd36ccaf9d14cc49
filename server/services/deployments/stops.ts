import type { Cohort } from "../../../core/rollouts/holds";
import type { StopAction } from "../../../core/rollouts/reach";
import type { Sql } from "../../db/sql";
import { cohortCondition } from "../../queries/cohort";

export interface StopRecord {
  deploymentId: string;
  action: StopAction;
  at: Date;
  actor: string;
  /** For a hold: its id and cohort; only the cohort's exposed devices need to hear of it. */
  hold?: { id: string; cohort: Cohort };
}

/**
 * Notes a stop and the devices it must reach: every device exposed to the deployment before it (for
 * a hold, those in the cohort). Called last in the stop's transaction, so the plan revision read here
 * is the one that includes the stop: a manifest answered on it, or on a later one, carries the stop.
 */
export async function recordStop(tx: Sql, stop: StopRecord): Promise<string> {
  const [{ revision }] = await tx.query<{ revision: string }>("SELECT revision::text AS revision FROM rollout_plan_revision WHERE id = 1");
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO deployment_stops (deployment_id, action, hold_id, at, plan_revision, actor) VALUES ($1, $2, $3, $4, $5::bigint, $6) RETURNING id::text AS id`,
    [stop.deploymentId, stop.action, stop.hold?.id ?? null, stop.at.toISOString(), revision, stop.actor],
  );
  // Every exposure committed before this transaction took the plan lock, whatever its instance's clock said.
  const cohort = stop.hold ? cohortCondition(stop.hold.cohort, 3) : null;
  await tx.query(
    `INSERT INTO stop_targets (stop_id, device_id)
     SELECT $1, e.device_id FROM exposures e
     ${cohort ? "JOIN devices d ON d.device_id = e.device_id" : ""}
     WHERE e.deployment_id = $2 ${cohort ? `AND ${cohort.sql}` : ""}`,
    [row.id, stop.deploymentId, ...(cohort?.params ?? [])],
  );
  return row.id;
}
