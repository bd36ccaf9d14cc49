import { deviceAttributes } from "../../../core/detection/profiles";
import { currentStageIndex, type DeploymentState } from "../../../core/rollouts/deployment";
import { holdFor } from "../../../core/rollouts/holds";
import { breakdown, budgetBreaches } from "../../../core/rollouts/projection";
import { currentWaveIndex, inWave, waveBucket, wavesOf } from "../../../core/rollouts/waves";
import type { ProjectionView } from "../../../schemas/containment";
import type { LoadedDeployment } from "../../queries/deployments";
import { activeHoldRules } from "../../queries/holds";
import { currentRingRanges, ringExpression } from "../../queries/rings";
import type { ServiceContext } from "../context";

/** The wave a promotion would start next: the current stage's next wave, else the next stage's first. */
export function nextWave(state: DeploymentState): { stage: number; wave: number } | null {
  if (state.status === "rolled_back" || state.status === "completed") return null;
  const index = currentStageIndex(state);
  if (index === null) return null;
  const stage = state.stages[index];
  const wave = currentWaveIndex(stage);
  if (wave + 1 < wavesOf(stage).length) return { stage: index, wave: wave + 1 };
  return index + 1 < state.stages.length ? { stage: index + 1, wave: 0 } : null;
}

interface CandidateRow {
  device_id: string;
  os: string | null;
  os_version: string | null;
  model: string | null;
  tags: Record<string, string> | null;
  versions: Record<string, string> | null;
}

/**
 * The next wave's blast radius: the known devices of its ring inside its share and not yet exposed,
 * minus held cohorts, broken down by OS build, model and tags, against the deployment's budgets.
 */
export async function projectNextWave(ctx: ServiceContext, deployment: LoadedDeployment): Promise<ProjectionView> {
  const next = nextWave(deployment.state);
  if (!next) return { ring: null, wave: null, percent: null, devices: 0, by: {}, budgetBreaches: [], held: 0 };
  const stage = deployment.state.stages[next.stage];
  const percent = wavesOf(stage)[next.wave];
  const params: unknown[] = [deployment.row.id];
  const ringSql = ringExpression(await currentRingRanges(ctx.db.sql), (value) => `$${params.push(value)}`);
  params.push(stage.ring);
  const rows = await ctx.db.sql.query<CandidateRow>(
    `SELECT d.device_id, d.os, d.os_version, d.model, d.tags, d.versions FROM devices d
     WHERE ${ringSql} = $${params.length}
       AND NOT EXISTS (SELECT 1 FROM exposures e WHERE e.device_id = d.device_id AND e.deployment_id = $1)`,
    params,
  );
  const holds = (await activeHoldRules(ctx.db.sql, [deployment.row.id])).get(deployment.row.id) ?? [];
  const inWaveDevices = rows
    .filter((row) => inWave(waveBucket(deployment.row.id, row.device_id), percent))
    .map((row) =>
      deviceAttributes({ os: row.os, osVersion: row.os_version, model: row.model, tags: row.tags, versions: row.versions }, deployment.row.component),
    );
  const exposed = inWaveDevices.filter((attributes) => holdFor(holds, attributes) === null);
  return {
    ring: stage.ring,
    wave: next.wave + 1,
    percent,
    devices: exposed.length,
    by: breakdown(exposed),
    budgetBreaches: budgetBreaches(exposed, deployment.row.budgets),
    held: inWaveDevices.length - exposed.length,
  };
}
