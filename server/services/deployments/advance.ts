import { bakeRemainingSec, currentStageIndex } from "../../../core/rollouts/deployment";
import type { Database } from "../../db/database";
import { loadLiveDeployments } from "../../queries/deployments";
import { actOnDeployment } from "./act";
import { evaluateGate } from "./gate";

export const SYSTEM_ACTOR = "system";

/** One promotion pass: every active deployment whose current stage has baked and whose gate says go moves on. */
export async function promoteDueStages(db: Database, now: Date): Promise<string[]> {
  const promoted: string[] = [];
  for (const deployment of await loadLiveDeployments(db.sql)) {
    if (deployment.state.status !== "active") continue;
    const index = currentStageIndex(deployment.state);
    if (index === null) continue;
    const stage = deployment.state.stages[index];
    if (bakeRemainingSec(stage, now) > 0) continue;
    const gate = await evaluateGate(db.sql, deployment, stage.ring, now);
    if (gate.decision !== "go") continue;
    await actOnDeployment(db, SYSTEM_ACTOR, deployment.row.id, "promote", `Gate for ${stage.ring} said go: ${gate.reasons.join(" ")}`, now);
    promoted.push(`${deployment.row.id}:${stage.ring}`);
  }
  return promoted;
}
