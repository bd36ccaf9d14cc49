import type { HoldView } from "../../schemas/containment";
import type { Sql } from "../db/sql";
import { cohortCondition } from "./cohort";
import { listHolds, type HoldRow } from "./holds";

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** A hold as the API shows it, with the devices in its cohort and how many of them were exposed. */
export async function holdView(sql: Sql, row: HoldRow): Promise<HoldView> {
  const cohort = cohortCondition(row, 2);
  const [counts] = await sql.query<{ devices: number; exposed: number }>(
    `SELECT count(*)::int AS devices, count(e.device_id)::int AS exposed
     FROM devices d LEFT JOIN exposures e ON e.device_id = d.device_id AND e.deployment_id = $1
     WHERE ${cohort.sql}`,
    [row.deployment_id, ...cohort.params],
  );
  return {
    id: row.id,
    deploymentId: row.deployment_id,
    dimension: row.dimension,
    value: row.value,
    reason: row.reason,
    revert: row.revert,
    anomalyId: row.anomaly_id,
    createdAt: iso(row.created_at)!,
    createdBy: row.created_by,
    releasedAt: iso(row.released_at),
    releasedBy: row.released_by,
    releaseReason: row.release_reason,
    devices: counts.devices,
    exposedDevices: counts.exposed,
  };
}

export async function holdViews(sql: Sql, deploymentId: string): Promise<HoldView[]> {
  return Promise.all((await listHolds(sql, deploymentId)).map((row) => holdView(sql, row)));
}
