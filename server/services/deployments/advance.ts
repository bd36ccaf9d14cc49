import { bakeRemainingSec, currentStageIndex } from "../../../core/rollouts/deployment";
import { loadLiveDeployments } from "../../queries/deployments";
import type { ServiceContext } from "../context";
import { isServiceError } from "../errors";
import { actOnDeployment } from "./act";
import { evaluateGate } from "./gate";

/** One promotion pass (on deployments loaded before any lock, hence the guard on each promotion): every active deployment whose current stage has baked and whose gate says go moves on (as ctx.actor, the system). */
export async function promoteDueStages(ctx: ServiceContext): Promise<string[]> {
  const promoted: string[] = [];
  for (const deployment of await loadLiveDeployments(ctx.db.sql)) {
    if (deployment.state.status !== "active") continue;
    const index = currentStageIndex(deployment.state);
    if (index === null) continue;
    const stage = deployment.state.stages[index];
    if (bakeRemainingSec(stage, ctx.now) > 0) continue;
    const gate = await evaluateGate(ctx, deployment, stage.ring);
    if (gate.decision !== "go") continue;
    try {
      await actOnDeployment(ctx, deployment.row.id, "promote", `Gate for ${stage.ring} said go: ${gate.reasons.join(" ")}`, stage.ring);
      promoted.push(`${deployment.row.id}:${stage.ring}`);
    } catch (error) {
      // Someone promoted, paused or rolled it back since it was loaded: their action stands, and one promotion stays one.
      if (!isServiceError(error, "conflict")) throw error;
    }
  }
  return promoted;
}
