import type { CohortHealth } from "../../core/rollouts/gate";
import type { Cohort } from "../../core/rollouts/holds";
import { cohortCondition } from "./cohort";
import type { Sql } from "../db/sql";
import { DEVICE_CRASH_KINDS_SQL, deviceStateExpression } from "./deviceState";
import { baselineMembershipSql, type LoadedBaseline } from "./fairBaseline";
import { currentRingRanges, ringExpression } from "./rings";

export interface CandidateHealth extends CohortHealth {
  exposed: number;
  bootLooping: number;
  silent: number;
}

export interface BaselineHealth extends CohortHealth {
  devices: number;
  version: string | null;
}

/** A device counts as crashed in a window when it had a device crash or is boot-looping since `sinceSql`. */
const crashedSince = (sinceSql: string) =>
  `((d.last_crash_at > ${sinceSql} AND d.last_crash_kind IN (${DEVICE_CRASH_KINDS_SQL})) OR d.boot_loop_at IS NOT NULL)`;

/** `NOT (in any of the cohorts)` for device `d`, with its parameters appended to `params`. */
function outsideCohorts(cohorts: readonly Cohort[], params: unknown[]): string {
  if (cohorts.length === 0) return "true";
  const conditions = cohorts.map((cohort) => {
    const { sql, params: values } = cohortCondition(cohort, params.length + 1);
    params.push(...values);
    return `COALESCE(${sql}, false)`;
  });
  return `NOT (${conditions.join(" OR ")})`;
}

/**
 * The release's devices in one ring: exposed, reporting since their exposure, crashed since, boot-looping,
 * silent now. Devices in `excluding` (held cohorts, for the gate) are left out: a hold contains them, and
 * the gate judges the rest of the rollout.
 */
export async function candidateHealth(sql: Sql, deploymentId: string, ring: string, now: Date, excluding: readonly Cohort[] = []): Promise<CandidateHealth> {
  const params: unknown[] = [deploymentId, ring, now.toISOString()];
  const outside = outsideCohorts(excluding, params);
  const [row] = await sql.query<CandidateHealth>(
    `SELECT count(*)::int AS exposed,
            count(*) FILTER (WHERE d.last_seen_at > e.exposed_at)::int AS reporting,
            count(*) FILTER (WHERE d.last_seen_at > e.exposed_at AND ${crashedSince("e.exposed_at")})::int AS crashed,
            count(*) FILTER (WHERE d.boot_loop_at IS NOT NULL)::int AS "bootLooping",
            count(*) FILTER (WHERE ${deviceStateExpression("$3")} = 'silent')::int AS silent
     FROM exposures e LEFT JOIN devices d ON d.device_id = e.device_id
     WHERE e.deployment_id = $1 AND e.ring = $2 AND ${outside}`,
    params,
  );
  return row;
}

/** The fair baseline's devices (core/baseline) over its window: reporting since it opened, and crashed since. */
export async function baselineHealth(sql: Sql, baseline: LoadedBaseline, releaseId: string): Promise<BaselineHealth> {
  const params: unknown[] = [baseline.windowStart.toISOString(), baseline.component];
  const member = baselineMembershipSql(baseline, releaseId, (value) => `$${params.push(value)}`);
  const [row] = await sql.query<BaselineHealth>(
    `WITH cohort AS (SELECT d.* FROM devices d WHERE ${member})
     SELECT count(*)::int AS devices,
            count(*) FILTER (WHERE d.last_seen_at > $1::timestamptz)::int AS reporting,
            count(*) FILTER (WHERE d.last_seen_at > $1::timestamptz AND ${crashedSince("$1::timestamptz")})::int AS crashed,
            (SELECT d2.versions ->> $2::text FROM cohort d2 WHERE jsonb_exists(d2.versions, $2::text) GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) AS version
     FROM cohort d`,
    params,
  );
  return row;
}

export async function ringDeviceCount(sql: Sql, ring: string): Promise<number> {
  const params: unknown[] = [ring];
  const ringSql = ringExpression(await currentRingRanges(sql), (value) => `$${params.push(value)}`);
  const [row] = await sql.query<{ devices: number }>(`SELECT count(*)::int AS devices FROM devices d WHERE ${ringSql} = $1`, params);
  return row.devices;
}
