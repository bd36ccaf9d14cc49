import { DEFAULT_INTERVAL_SEC } from "../../core/devices/state";
import { deviceAttributes, type Profile } from "../../core/detection/profiles";
import { CLOCK_SKEW_TOLERANCE_SEC, CRASH_RECENCY_SEC, OVERDUE_AFTER_INTERVALS, type Signal } from "../../core/detection/signals";
import type { Sql } from "../db/sql";
import { DEVICE_CRASH_KINDS_SQL } from "./deviceState";

/**
 * SQL twin of core/detection/signals.ts (`deviceSignals`, `aliveInWindow`, `signalTime`), so
 * detection counts in the database and only moves profiles (groups of alike devices) to the app.
 * `since` and `floor` are SQL expressions (a column or a parameter); `floor` is the manifest fetch
 * for exposed devices, NULL for the baseline. A test compares both on real rows.
 */
export function signalSql(
  since: string,
  nowParam: string,
  floor = "NULL::timestamptz",
  d = "d",
): Record<Signal, string> & { contact: string; overdue: string } {
  const from = `(${since} - make_interval(secs => ${CLOCK_SKEW_TOLERANCE_SEC}))`;
  const crashesFrom = `(GREATEST(${since}, ${nowParam}::timestamptz - make_interval(secs => ${CRASH_RECENCY_SEC})) - make_interval(secs => ${CLOCK_SKEW_TOLERANCE_SEC}))`;
  const bootLooping = `(${d}.boot_loop_at IS NOT NULL AND ${d}.boot_loop_at >= ${from})`;
  const contact = `GREATEST(COALESCE(${d}.last_heartbeat_at, ${d}.last_seen_at), ${floor})`;
  const overdue = `make_interval(secs => ${OVERDUE_AFTER_INTERVALS} * COALESCE(${d}.interval_sec, ${DEFAULT_INTERVAL_SEC}))`;
  return {
    bootLooping,
    crashed: `COALESCE(${bootLooping} OR (${d}.last_crash_at >= ${crashesFrom} AND ${d}.last_crash_kind IN (${DEVICE_CRASH_KINDS_SQL})), false)`,
    silent: `COALESCE(${contact} < ${nowParam}::timestamptz - ${overdue}, false)`,
    contact,
    overdue,
  };
}

export interface ProfileRow {
  os: string | null;
  os_version: string | null;
  model: string | null;
  tags: Record<string, string> | null;
  versions: Record<string, string> | null;
  devices: number;
  crashed: number;
  boot_looping: number;
  silent: number;
  first_crashed_at: Date | null;
  first_boot_loop_at: Date | null;
  first_silent_at: Date | null;
}

export interface SliceProfiles {
  profiles: Profile[];
  firstSignalAt: Record<Signal, Date | null>;
}

const earliest = (dates: (Date | null)[]) => dates.reduce<Date | null>((min, d) => (d && (!min || new Date(d) < min) ? new Date(d) : min), null);

export function toSliceProfiles(rows: ProfileRow[], component: string): SliceProfiles {
  return {
    profiles: rows.map((r) => ({
      attributes: deviceAttributes({ os: r.os, osVersion: r.os_version, model: r.model, tags: r.tags, versions: r.versions }, component),
      devices: r.devices,
      crashed: r.crashed,
      bootLooping: r.boot_looping,
      silent: r.silent,
    })),
    firstSignalAt: {
      crashed: earliest(rows.map((r) => r.first_crashed_at)),
      bootLooping: earliest(rows.map((r) => r.first_boot_loop_at)),
      silent: earliest(rows.map((r) => r.first_silent_at)),
    },
  };
}

export function profileSelect(s: ReturnType<typeof signalSql>): string {
  return `SELECT d.os, d.os_version, d.model, d.tags, d.versions,
            count(*)::int AS devices,
            count(*) FILTER (WHERE ${s.crashed})::int AS crashed,
            count(*) FILTER (WHERE ${s.bootLooping})::int AS boot_looping,
            count(*) FILTER (WHERE ${s.silent})::int AS silent,
            min(COALESCE(d.boot_loop_at, d.last_crash_at)) FILTER (WHERE ${s.crashed}) AS first_crashed_at,
            min(d.boot_loop_at) FILTER (WHERE ${s.bootLooping}) AS first_boot_loop_at,
            min(${s.contact} + ${s.overdue}) FILTER (WHERE ${s.silent}) AS first_silent_at`;
}

/** The devices of one ring offered the deployment's release, each judged since its own exposure. */
export async function exposedProfiles(sql: Sql, deploymentId: string, ring: string, component: string, now: Date): Promise<SliceProfiles> {
  const rows = await sql.query<ProfileRow>(
    `${profileSelect(signalSql("e.exposed_at", "$3", "e.exposed_at"))}
     FROM exposures e LEFT JOIN devices d ON d.device_id = e.device_id
     WHERE e.deployment_id = $1 AND e.ring = $2
     GROUP BY d.os, d.os_version, d.model, d.tags, d.versions`,
    [deploymentId, ring, now.toISOString()],
  );
  return toSliceProfiles(rows, component);
}

/** Remembers which exposed devices show a signal, so recovery and remediation can follow them. */
export async function recordAffectedDevices(
  sql: Sql,
  anomalyId: string,
  slice: { deploymentId: string; ring: string },
  signal: Signal,
  now: Date,
): Promise<void> {
  const s = signalSql("e.exposed_at", "$4", "e.exposed_at");
  await sql.query(
    `INSERT INTO anomaly_devices (anomaly_id, device_id, affected_at)
     SELECT $1, e.device_id, $4 FROM exposures e LEFT JOIN devices d ON d.device_id = e.device_id
     WHERE e.deployment_id = $2 AND e.ring = $3 AND ${s[signal]}
     ON CONFLICT DO NOTHING`,
    [anomalyId, slice.deploymentId, slice.ring, now.toISOString()],
  );
}
