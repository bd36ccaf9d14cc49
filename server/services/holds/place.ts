import { deploymentAlert } from "../../../core/alerts/events";
import { cohortLabel, type Cohort } from "../../../core/rollouts/holds";
import type { HoldView } from "../../../schemas/containment";
import { actorLabel } from "../../auth/principal";
import { enqueueAlert } from "../../alerts/outbox";
import { lockRolloutPlan } from "../../db/rolloutPlanLock";
import type { Sql } from "../../db/sql";
import { loadDeployment } from "../../queries/deployments";
import { findHold } from "../../queries/holds";
import { holdView } from "../../queries/holdViews";
import { auditChange } from "../audit/record";
import { deploymentName } from "../audit/targetNames";
import type { ServiceContext } from "../context";
import { conflict, invalid, notFound, requireUuid } from "../errors";
import { invalidatePlan } from "../manifest/planCache";
import { recordStop } from "../deployments/stops";

export interface HoldRequest extends Cohort {
  reason: string;
  revert: boolean;
  /** Set when detection places the hold for a confined anomaly. */
  anomalyId?: string;
}

const LIVE = ["active", "paused", "halted"];

/**
 * Holds a cohort of a live deployment: from the next manifest answer on, its devices are not offered
 * the release (with `revert`, not even those already running it), while the rest of the rollout goes
 * on. Audited and alerted in the same transaction; the devices it must reach are noted for the reach.
 */
export async function placeHold(ctx: ServiceContext, deploymentId: string, request: HoldRequest): Promise<HoldView> {
  const actor = actorLabel(ctx.actor);
  const id = await ctx.db.sql.transaction(async (tx) => {
    await lockRolloutPlan(tx);
    const loaded = await loadDeployment(tx, requireUuid(deploymentId, "Deployment"), true);
    if (!loaded) throw notFound(`Deployment ${deploymentId}`);
    const { row, state } = loaded;
    if (!LIVE.includes(state.status)) throw conflict(`Cannot hold a cohort of a deployment that is ${state.status.replace("_", " ")}.`);
    const existing = await tx.query<{ id: string }>(
      "SELECT id::text AS id FROM deployment_holds WHERE deployment_id = $1 AND dimension = $2 AND value = $3 AND released_at IS NULL",
      [row.id, request.dimension, request.value],
    );
    if (existing.length) throw conflict(`${cohortLabel(request)} is already held on this deployment (hold ${existing[0].id}).`);
    if (request.anomalyId) {
      const [anomaly] = await tx.query("SELECT 1 FROM anomalies WHERE id = $1 AND deployment_id = $2", [requireUuid(request.anomalyId, "Anomaly"), row.id]);
      if (!anomaly)
        throw invalid(`Anomaly ${request.anomalyId} is not an anomaly of this deployment.`, [{ path: "$.anomalyId", message: "not this deployment's" }]);
    }
    const [hold] = await tx.query<{ id: string }>(
      `INSERT INTO deployment_holds (deployment_id, dimension, value, reason, revert, anomaly_id, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id::text AS id`,
      [row.id, request.dimension, request.value, request.reason, request.revert, request.anomalyId ?? null, ctx.now.toISOString(), actor],
    );
    const view = await holdView(tx, (await findHold(tx, row.id, hold.id))!);
    await auditChange(tx, ctx, {
      action: "deployment.hold",
      targetType: "deployment",
      targetId: row.id,
      targetName: deploymentName(row),
      reason: request.reason,
      after: { hold: hold.id, cohort: cohortLabel(request), revert: request.revert, devices: view.devices },
    });
    await enqueueAlert(
      tx,
      deploymentAlert(
        "hold",
        { id: row.id, status: state.status, component: row.component, version: row.version, ring: null },
        actor,
        request.reason,
        ctx.now,
        {
          id: hold.id,
          dimension: request.dimension,
          value: request.value,
          revert: request.revert,
          devices: view.devices,
        },
      ),
    );
    await recordStop(tx, { deploymentId: row.id, action: "hold", at: ctx.now, actor, hold: { id: hold.id, cohort: request } });
    return hold.id;
  });
  invalidatePlan();
  return holdViewById(ctx.db.sql, deploymentId, id);
}

async function holdViewById(sql: Sql, deploymentId: string, holdId: string): Promise<HoldView> {
  const row = await findHold(sql, deploymentId, holdId);
  if (!row) throw notFound(`Hold ${holdId}`);
  return holdView(sql, row);
}

/** Lifts a hold: its cohort is offered the release again wherever the deployment has reached. */
export async function releaseHold(ctx: ServiceContext, deploymentId: string, holdId: string, reason: string): Promise<HoldView> {
  const actor = actorLabel(ctx.actor);
  await ctx.db.sql.transaction(async (tx) => {
    await lockRolloutPlan(tx);
    const loaded = await loadDeployment(tx, requireUuid(deploymentId, "Deployment"), true);
    if (!loaded) throw notFound(`Deployment ${deploymentId}`);
    const hold = await findHold(tx, loaded.row.id, requireUuid(holdId, "Hold"), true);
    if (!hold) throw notFound(`Hold ${holdId}`);
    if (hold.released_at) throw conflict(`Hold ${holdId} was already released by ${hold.released_by} at ${new Date(hold.released_at).toISOString()}.`);
    await tx.query("UPDATE deployment_holds SET released_at = $2, released_by = $3, release_reason = $4 WHERE id = $1", [
      hold.id,
      ctx.now.toISOString(),
      actor,
      reason,
    ]);
    const { row, state } = loaded;
    await auditChange(tx, ctx, {
      action: "deployment.hold_released",
      targetType: "deployment",
      targetId: row.id,
      targetName: deploymentName(row),
      reason,
      before: { hold: hold.id, cohort: cohortLabel(hold) },
    });
    const view = await holdView(tx, hold);
    await enqueueAlert(
      tx,
      deploymentAlert("releaseHold", { id: row.id, status: state.status, component: row.component, version: row.version, ring: null }, actor, reason, ctx.now, {
        id: hold.id,
        dimension: hold.dimension,
        value: hold.value,
        revert: hold.revert,
        devices: view.devices,
      }),
    );
  });
  invalidatePlan();
  return holdViewById(ctx.db.sql, deploymentId, holdId);
}
