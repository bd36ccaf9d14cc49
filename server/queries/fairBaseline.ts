import { fairBaseline, type FairBaseline } from "../../core/baseline/fairBaseline";
import type { RingRange } from "../../core/rings/assignment";
import type { Sql } from "../db/sql";
import type { LoadedDeployment } from "./deployments";
import { profileSelect, signalSql, toSliceProfiles, type ProfileRow, type SliceProfiles } from "./detectionProfiles";
import { loadRingSet, ringExpression, type RingSet } from "./rings";

/** A fair baseline (core/baseline) with the ring ranges its membership is computed from. */
export type LoadedBaseline = FairBaseline & { ranges: RingRange[] };

/** The fair baseline of a deployment over a window, from rings already read (one read serves every stage). */
export function fairBaselineOf(rings: RingSet, { row, state }: LoadedDeployment, windowStart: Date): LoadedBaseline {
  const baseline = fairBaseline({
    rings: rings.names,
    stages: state.stages,
    component: row.component,
    version: row.version,
    previousVersion: row.previous_version,
    windowStart,
  });
  return { ...baseline, ranges: rings.ranges };
}

export async function loadFairBaseline(sql: Sql, deployment: LoadedDeployment, windowStart: Date): Promise<LoadedBaseline> {
  return fairBaselineOf(await loadRingSet(sql), deployment, windowStart);
}

/**
 * SQL predicate on `d` (a devices row) for membership of the baseline: in a ring not yet reached,
 * not on the release's version, never offered it, and alive when the window opened (a machine
 * retired last month is not "going silent" now). Values are bound through `bind`.
 */
export function baselineMembershipSql(baseline: LoadedBaseline, releaseId: string, bind: (value: unknown) => string, d = "d"): string {
  if (baseline.rings.length === 0) return "false";
  const ringSql = ringExpression(baseline.ranges, bind, d);
  const { overdue } = signalSql("NULL", "NULL", "NULL::timestamptz", d);
  return `(${ringSql}) = ANY(${bind(baseline.rings)}::text[])
    AND (${d}.versions ->> ${bind(baseline.component)}::text) IS DISTINCT FROM ${bind(baseline.excludedVersion)}::text
    AND NOT EXISTS (SELECT 1 FROM exposures e WHERE e.release_id = ${bind(releaseId)}::uuid AND e.device_id = ${d}.device_id)
    AND COALESCE(${d}.last_heartbeat_at, ${d}.last_seen_at) >= ${bind(baseline.windowStart.toISOString())}::timestamptz - ${overdue}`;
}

/** The fair baseline's devices as detection profiles, judged over the same window as the exposed ones. */
export async function baselineProfiles(sql: Sql, baseline: LoadedBaseline, releaseId: string, now: Date): Promise<SliceProfiles> {
  const params: unknown[] = [baseline.windowStart.toISOString(), now.toISOString()];
  const member = baselineMembershipSql(baseline, releaseId, (value) => `$${params.push(value)}`);
  const rows = await sql.query<ProfileRow>(
    `${profileSelect(signalSql("$1::timestamptz", "$2"))}
     FROM devices d
     WHERE ${member}
     GROUP BY d.os, d.os_version, d.model, d.tags, d.versions`,
    params,
  );
  return toSliceProfiles(rows, baseline.component);
}
