import { wilsonInterval } from "../../../core/stats/wilson";
import type { Sql } from "../../db/sql";
import type { LoadedDeployment } from "../../queries/deployments";
import { baselineHealth, candidateHealth } from "../../queries/rolloutHealth";

/** Per stage ring: the release's devices against the same ring's devices that were not offered it. */
export async function deploymentHealth(sql: Sql, { row, state }: LoadedDeployment, now: Date) {
  return Promise.all(
    state.stages.map(async (stage) => {
      const since = stage.startedAt ?? now;
      const [candidate, baseline] = await Promise.all([
        candidateHealth(sql, row.id, stage.ring, now),
        baselineHealth(sql, row.release_id, row.component, stage.ring, since),
      ]);
      return {
        ring: stage.ring,
        stageStatus: stage.status,
        ...candidate,
        crashFree: wilsonInterval(candidate.reporting - candidate.crashed, candidate.reporting),
        baseline: { ...baseline, crashFree: wilsonInterval(baseline.reporting - baseline.crashed, baseline.reporting) },
      };
    }),
  );
}
