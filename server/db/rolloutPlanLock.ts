import type { Sql } from "./sql";

/**
 * Writers of deployments take the rollout plan's revision row first, before any deployment row.
 * Exposure writes hold that row shared while their foreign key check locks the deployment row:
 * an action that locked the deployment first and the revision later (its trigger) deadlocked with
 * them (found by the manifest property test on two instances: the manifest answered 500).
 */
export async function lockRolloutPlan(tx: Sql): Promise<void> {
  await tx.query("SELECT 1 FROM rollout_plan_revision WHERE id = 1 FOR UPDATE");
}
