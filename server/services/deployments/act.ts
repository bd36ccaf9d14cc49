import { deploymentAlert } from "../../../core/alerts/events";
import { applyAction, currentStageIndex, type DeploymentAction, type DeploymentState } from "../../../core/rollouts/deployment";
import type { DeploymentView } from "../../../schemas/rollouts";
import { actorLabel } from "../../auth/principal";
import { lockRolloutPlan } from "../../db/rolloutPlanLock";
import { loadDeployment } from "../../queries/deployments";
import { viewDeployment } from "./find";
import { enqueueAlert } from "../../alerts/outbox";
import { auditChange } from "../audit/record";
import { deploymentName } from "../audit/targetNames";
import type { ServiceContext } from "../context";
import { conflict, notFound, requireUuid } from "../errors";
import { invalidatePlan } from "../manifest/planCache";
import { saveDeploymentState } from "./persist";
import { recordStop } from "./stops";

/** Actions that stop the release from spreading: Ringwatch then measures how far the stop has reached. */
const STOPPING: Partial<Record<DeploymentAction, "pause" | "halt" | "rollback">> = { pause: "pause", halt: "halt", rollback: "rollback" };

/**
 * Applies an operator's (or the system's) action under a row lock, with its audit entry in the same
 * transaction. An illegal transition is a conflict that names the current state. `fromRing` guards a
 * decision taken before the lock (the promotion pass judged that ring's gate): when the deployment
 * has moved on meanwhile (someone promoted it by hand), acting on it would promote a stage nobody judged.
 */
export async function actOnDeployment(ctx: ServiceContext, id: string, action: DeploymentAction, reason: string, fromRing?: string): Promise<DeploymentView> {
  const { now } = ctx;
  const actor = actorLabel(ctx.actor);
  await ctx.db.sql.transaction(async (tx) => {
    await lockRolloutPlan(tx);
    const loaded = await loadDeployment(tx, requireUuid(id, "Deployment"), true);
    if (!loaded) throw notFound(`Deployment ${id}`);
    const current = currentStageIndex(loaded.state);
    if (fromRing !== undefined && (current === null || loaded.state.stages[current].ring !== fromRing))
      throw conflict(`Deployment ${id} is no longer at ${fromRing}: it moved on since the decision.`);
    const result = applyAction(loaded.state, action, reason, now);
    if (!result.ok) throw conflict(result.error, [{ path: "$.action", message: `current status: ${loaded.state.status}` }]);
    const { row } = loaded;
    await saveDeploymentState(
      tx,
      { id: row.id, component: row.component, version: row.version, previousVersion: row.previous_version },
      loaded.state,
      result.next,
    );
    const summarize = (s: typeof result.next) => ({ status: s.status, stages: s.stages.map((st) => `${st.ring}:${st.status}`) });
    await auditChange(tx, ctx, {
      action: `deployment.${action}`,
      targetType: "deployment",
      targetId: row.id,
      targetName: deploymentName(row),
      reason,
      before: summarize(loaded.state),
      after: summarize(result.next),
    });
    await enqueueAlert(
      tx,
      deploymentAlert(
        action,
        { id: row.id, status: result.next.status, component: row.component, version: row.version, ring: alertRing(result.next) },
        actor,
        reason,
        now,
      ),
    );
    const stop = STOPPING[action];
    if (stop) await recordStop(tx, { deploymentId: row.id, action: stop, at: now, actor });
  });
  invalidatePlan();
  return viewDeployment(ctx, id);
}

/** The ring an alert is about: the stage now baking (after a promotion, the one just started), else the last one reached. */
function alertRing(state: DeploymentState): string | null {
  const index = currentStageIndex(state);
  if (index !== null) return state.stages[index].ring;
  return state.stages.filter((s) => s.status !== "pending").at(-1)?.ring ?? null;
}
