import { wilsonInterval } from "../../core/stats/wilson";
import type { RingHealth } from "../../schemas/rollouts";
import type { Sql } from "../db/sql";
import { DEVICE_CRASH_KINDS_SQL, deviceStateExpression } from "./deviceState";
import { currentRingRanges, listRings, ringExpression } from "./rings";

/** Crash-free rate window for managers' ring cards. */
export const CRASH_FREE_WINDOW_HOURS = 24;

interface StateCounts {
  ring: string;
  devices: number;
  silent: number;
  crashed: number;
  boot_looping: number;
  crash_free: number;
}

/** Per ring: devices by state, crash-free rate over the last day with its interval, and versions in use. */
export async function ringHealth(sql: Sql, now: Date, openAnomalies: Map<string, number> = new Map()): Promise<RingHealth[]> {
  const ranges = await currentRingRanges(sql);
  const params: unknown[] = [now.toISOString(), new Date(now.getTime() - CRASH_FREE_WINDOW_HOURS * 3600_000).toISOString()];
  const ringSql = ringExpression(ranges, (value) => `$${params.push(value)}`);
  const versionParams: unknown[] = [];
  const versionRingSql = ringExpression(ranges, (value) => `$${versionParams.push(value)}`);
  const state = deviceStateExpression("$1");
  const [counts, versions, rings] = await Promise.all([
    sql.query<StateCounts>(
      `SELECT ring, count(*)::int AS devices,
              count(*) FILTER (WHERE state = 'silent')::int AS silent,
              count(*) FILTER (WHERE state = 'crashed')::int AS crashed,
              count(*) FILTER (WHERE state = 'boot_loop')::int AS boot_looping,
              count(*) FILTER (WHERE NOT recent_crash AND state <> 'boot_loop')::int AS crash_free
       FROM (SELECT ${ringSql} AS ring, ${state} AS state,
                    (d.last_crash_at > $2::timestamptz AND d.last_crash_kind IN (${DEVICE_CRASH_KINDS_SQL})) IS TRUE AS recent_crash
             FROM devices d) x
       GROUP BY ring`,
      params,
    ),
    sql.query<{ ring: string; component: string; version: string; devices: number }>(
      `SELECT ${versionRingSql} AS ring, v.key AS component, v.value AS version, count(*)::int AS devices
       FROM devices d, jsonb_each_text(d.versions) v GROUP BY 1, 2, 3`,
      versionParams,
    ),
    listRings(sql),
  ]);
  return rings.map(({ name }) => {
    const c = counts.find((row) => row.ring === name) ?? { devices: 0, silent: 0, crashed: 0, boot_looping: 0, crash_free: 0 };
    const byComponent: Record<string, Record<string, number>> = {};
    for (const v of versions.filter((row) => row.ring === name)) (byComponent[v.component] ??= {})[v.version] = v.devices;
    const interval = wilsonInterval(c.crash_free, c.devices);
    return {
      ring: name,
      devices: c.devices,
      online: c.devices - c.silent - c.boot_looping,
      silent: c.silent,
      crashed: c.crashed,
      bootLooping: c.boot_looping,
      crashFreeRate: interval.rate,
      crashFreeInterval: interval,
      versions: byComponent,
      openAnomalies: openAnomalies.get(name) ?? 0,
    };
  });
}
