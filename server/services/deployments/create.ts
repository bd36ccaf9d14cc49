import type { z } from "zod";
import { startDeployment } from "../../../core/rollouts/deployment";
import { createDeploymentSchema, type DeploymentView } from "../../../schemas/rollouts";
import { actorLabel } from "../../auth/principal";
import type { Sql } from "../../db/sql";
import { lockRolloutPlan } from "../../db/rolloutPlanLock";
import { viewDeployment } from "./find";
import { findRelease } from "../../queries/releases";
import { listRings } from "../../queries/rings";
import { auditChange } from "../audit/record";
import { deploymentName } from "../audit/targetNames";
import type { ServiceContext } from "../context";
import { conflict, invalid, notFound } from "../errors";
import { invalidatePlan } from "../manifest/planCache";

async function checkStages(sql: Sql, stages: { ring: string }[]): Promise<void> {
  const known = new Set((await listRings(sql)).map((r) => r.name));
  const unknown = stages.filter((s) => !known.has(s.ring)).map((s) => s.ring);
  if (unknown.length)
    throw invalid(`Unknown ring(s): ${unknown.join(", ")}. Known: ${[...known].join(", ")}.`, [{ path: "$.stages", message: "unknown ring" }]);
  const rings = stages.map((s) => s.ring);
  if (new Set(rings).size !== rings.length) throw invalid("Each ring may appear once in a deployment.", [{ path: "$.stages", message: "duplicate ring" }]);
}

/** Starts a rollout: the first stage bakes at once, the rest wait for their gate. */
export async function createDeployment(ctx: ServiceContext, request: z.input<typeof createDeploymentSchema>): Promise<DeploymentView> {
  const { db } = ctx;
  // Requests arrive validated; parsing again fills the defaults for callers inside the app (worker, tests).
  const input = createDeploymentSchema.parse(request);
  const release = await findRelease(db.sql, input.releaseId);
  if (!release) throw notFound(`Release ${input.releaseId}`);
  await checkStages(db.sql, input.stages);
  const state = startDeployment(input.stages, ctx.now);
  const id = await db.sql.transaction(async (tx) => {
    await lockRolloutPlan(tx);
    const live = await tx.query<{ id: string }>(
      "SELECT id::text AS id FROM deployments WHERE component = $1 AND status IN ('active', 'paused', 'halted') FOR UPDATE",
      [release.component],
    );
    if (live.length)
      throw conflict(`Component ${release.component} already has a live deployment (${live[0].id}); finish, halt and roll back, or complete it first.`);
    const [baseline] = await tx.query<{ version: string }>("SELECT version FROM component_baselines WHERE component = $1", [release.component]);
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO deployments (release_id, component, version, previous_version, status, auto_pause, on_cohort_anomaly, budgets, created_by)
       VALUES ($1, $2, $3, $4, 'active', $5, $6, $7::jsonb, $8) RETURNING id::text AS id`,
      [
        release.id,
        release.component,
        release.version,
        baseline?.version ?? null,
        input.autoPause,
        input.onCohortAnomaly,
        JSON.stringify(input.budgets),
        actorLabel(ctx.actor),
      ],
    );
    for (const [position, stage] of state.stages.entries()) {
      await tx.query(
        `INSERT INTO deployment_stages (deployment_id, position, ring, bake_seconds, status, started_at, waves, wave_started_at)
         VALUES ($1, $2, $3, $4, $5, $6, ARRAY(SELECT jsonb_array_elements_text($7::jsonb)::float8),
                 ARRAY(SELECT jsonb_array_elements_text($8::jsonb)::timestamptz))`,
        [
          row.id,
          position,
          stage.ring,
          stage.bakeSeconds,
          stage.status,
          stage.startedAt?.toISOString() ?? null,
          JSON.stringify(stage.waves ?? [100]),
          JSON.stringify((stage.waveStartedAt ?? []).map((at) => at.toISOString())),
        ],
      );
    }
    await auditChange(tx, ctx, {
      action: "deployment.start",
      targetType: "deployment",
      targetId: row.id,
      targetName: deploymentName(release),
      after: { status: "active", stages: input.stages },
    });
    return row.id;
  });
  invalidatePlan();
  return viewDeployment(ctx, id);
}
