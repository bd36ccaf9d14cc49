import { countDevices } from "../../../core/detection/profiles";
import { describeBaseline } from "../../../core/baseline/fairBaseline";
import type { SliceInput } from "../../../core/detection/detect";
import type { Sql } from "../../db/sql";
import { exposedProfiles } from "../../queries/detectionProfiles";
import type { LoadedDeployment } from "../../queries/deployments";
import { baselineProfiles, loadFairBaseline } from "../../queries/fairBaseline";

/** One ring of one deployment that has started there: what detection evaluates each tick. */
export interface WatchedSlice {
  deployment: LoadedDeployment;
  ring: string;
  windowStart: Date;
}

export function watchedSlices(deployments: readonly LoadedDeployment[]): WatchedSlice[] {
  return deployments.flatMap((deployment) =>
    deployment.state.stages.filter((stage) => stage.startedAt).map((stage) => ({ deployment, ring: stage.ring, windowStart: stage.startedAt! })),
  );
}

/** Reads the exposed devices and the fair baseline of a slice, as profiles. */
export async function loadSlice(sql: Sql, { deployment, ring, windowStart }: WatchedSlice, now: Date): Promise<SliceInput> {
  const { row } = deployment;
  const fair = await loadFairBaseline(sql, deployment, windowStart);
  const [exposed, baseline] = await Promise.all([exposedProfiles(sql, row.id, ring, row.component, now), baselineProfiles(sql, fair, row.release_id, now)]);
  return {
    deploymentId: row.id,
    component: row.component,
    version: row.version,
    ring,
    windowStart,
    candidate: exposed.profiles,
    baseline: baseline.profiles,
    basis: describeBaseline(fair, countDevices(baseline.profiles)),
    firstSignalAt: exposed.firstSignalAt,
  };
}
