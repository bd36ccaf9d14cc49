import { describeBaseline, isUsableBaseline } from "../../../core/baseline/fairBaseline";
import { crashFreeVerdict } from "../../../core/rollouts/gate";
import { wilsonInterval } from "../../../core/stats/wilson";
import type { LoadedDeployment } from "../../queries/deployments";
import { fairBaselineOf } from "../../queries/fairBaseline";
import { loadRingSet } from "../../queries/rings";
import { baselineHealth, candidateHealth } from "../../queries/rolloutHealth";
import type { ServiceContext } from "../context";

/** Per stage ring: the release's devices against the fair baseline (core/baseline) over that stage's window. */
export async function deploymentHealth(ctx: ServiceContext, deployment: LoadedDeployment) {
  const {
    now,
    db: { sql },
  } = ctx;
  const { row, state } = deployment;
  const rings = await loadRingSet(sql);
  return Promise.all(
    state.stages.map(async (stage) => {
      const fair = fairBaselineOf(rings, deployment, stage.startedAt ?? now);
      const [candidate, baseline] = await Promise.all([candidateHealth(sql, row.id, stage.ring, now), baselineHealth(sql, fair, row.release_id)]);
      // A stage not started has no window yet: nothing to compare, and no baseline to name.
      const started = stage.startedAt !== null;
      return {
        ring: stage.ring,
        stageStatus: stage.status,
        ...candidate,
        crashFree: wilsonInterval(candidate.reporting - candidate.crashed, candidate.reporting),
        verdict: started ? crashFreeVerdict(candidate, baseline) : ("not_enough_data" as const),
        baseline: {
          ...baseline,
          basis: started ? describeBaseline(fair, baseline.reporting) : "the stage has not started",
          usable: started && isUsableBaseline(baseline.reporting),
          crashFree: wilsonInterval(baseline.reporting - baseline.crashed, baseline.reporting),
        },
      };
    }),
  );
}
