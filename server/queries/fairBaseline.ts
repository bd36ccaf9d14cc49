import { fairBaseline, type FairBaseline } from "../../core/baseline/fairBaseline";
import type { Sql } from "../db/sql";
import type { LoadedDeployment } from "./deployments";
import { profileSelect, signalSql, toSliceProfiles, type ProfileRow, type SliceProfiles } from "./detectionProfiles";
import { currentRingRanges, ringExpression } from "./rings";

/** The fair baseline (core/baseline) of a deployment over a window, with the rings as they are now. */
export async function loadFairBaseline(sql: Sql, { row, state }: LoadedDeployment, windowStart: Date): Promise<FairBaseline> {
  const rings = await sql.query<{ name: string }>('SELECT name FROM rings ORDER BY "order", name');
  return fairBaseline({
    rings: rings.map((r) => r.name),
    stages: state.stages,
    component: row.component,
    version: row.version,
    previousVersion: row.previous_version,
    windowStart,
  });
}

/**
 * SQL predicate on `d` (a devices row) for membership of the baseline: in a ring not yet reached,
 * not on the release's version, never offered it, and alive when the window opened (a machine
 * retired last month is not "going silent" now). Values are bound through `bind`.
 */
export async function baselineMembershipSql(sql: Sql, baseline: FairBaseline, releaseId: string, bind: (value: unknown) => string, d = "d"): Promise<string> {
  if (baseline.rings.length === 0) return "false";
  const ringSql = ringExpression(await currentRingRanges(sql), bind, d);
  const { overdue } = signalSql("NULL", "NULL", "NULL::timestamptz", d);
  return `(${ringSql}) = ANY(${bind(baseline.rings)}::text[])
    AND (${d}.versions ->> ${bind(baseline.component)}::text) IS DISTINCT FROM ${bind(baseline.excludedVersion)}::text
    AND NOT EXISTS (SELECT 1 FROM exposures e WHERE e.release_id = ${bind(releaseId)}::uuid AND e.device_id = ${d}.device_id)
    AND COALESCE(${d}.last_heartbeat_at, ${d}.last_seen_at) >= ${bind(baseline.windowStart.toISOString())}::timestamptz - ${overdue}`;
}

/** The fair baseline's devices as detection profiles, judged over the same window as the exposed ones. */
export async function baselineProfiles(sql: Sql, baseline: FairBaseline, releaseId: string, now: Date): Promise<SliceProfiles> {
  const params: unknown[] = [baseline.windowStart.toISOString(), now.toISOString()];
  const member = await baselineMembershipSql(sql, baseline, releaseId, (value) => `$${params.push(value)}`);
  const rows = await sql.query<ProfileRow>(
    `${profileSelect(signalSql("$1::timestamptz", "$2"))}
     FROM devices d
     WHERE ${member}
     GROUP BY d.os, d.os_version, d.model, d.tags, d.versions`,
    params,
  );
  return toSliceProfiles(rows, baseline.component);
}
