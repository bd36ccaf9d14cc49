import {
  crashFreeByDay,
  cumulativeByDay,
  dayEnds,
  deploymentEndedAt,
  releaseOutcome,
  ringsReached,
  windowStart,
  type DayWindow,
} from "../../core/overview/history";
import type { AdoptionSeries, CrashFreeTrend, OverviewHistory, ReleaseHistoryEntry, WeekSummary } from "../../schemas/overview";
import type { DeploymentView } from "../../schemas/rollouts";
import type { Sql } from "../db/sql";
import { DEVICE_CRASH_KINDS_SQL } from "./deviceState";
import { deploymentViews, withStages, type DeploymentRow } from "./deployments";
import { sqlParams } from "./listTotal";
import { currentRingRanges, listRings, ringExpression } from "./rings";

/** The history lists at most this many deployments, and charts adoption for the newest few. */
const HISTORY_LIMIT = 50;
const ADOPTION_SERIES = 6;
/** A device that has not run an offered version within this long after the offer is not looked for further (bounds each lookup). */
const ADOPTION_LOOKAHEAD_HOURS = 72;
const WEEK_DAYS = 7;

const DEPLOYMENT_COLUMNS = `id::text AS id, release_id::text AS release_id, component, version, previous_version, status, auto_pause,
  paused_reason, created_by, created_at, updated_at`;
// Seconds from the window's start ($1) to a time, in whole days.
const dayOf = (column: string) => `floor(extract(epoch FROM ${column} - $1::timestamptz) / 86400)::int`;

/** Deployments started in the window, or older ones still live or ended within it, newest first. */
async function recentDeployments(sql: Sql, since: Date, now: Date): Promise<DeploymentView[]> {
  const rows = await sql.query<DeploymentRow>(
    `SELECT ${DEPLOYMENT_COLUMNS} FROM deployments
     WHERE created_at >= $1::timestamptz OR updated_at >= $1::timestamptz OR status IN ('active', 'paused', 'halted')
     ORDER BY created_at DESC, id DESC LIMIT $2`,
    [since.toISOString(), HISTORY_LIMIT],
  );
  return deploymentViews(sql, await withStages(sql, rows), now);
}

async function anomalyCounts(sql: Sql, ids: string[]): Promise<Map<string, number>> {
  const rows = await sql.query<{ id: string; n: number }>(
    `SELECT deployment_id::text AS id, count(*)::int AS n FROM anomalies WHERE deployment_id::text = ANY($1::text[]) GROUP BY 1`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r.n]));
}

function releaseEntry(d: DeploymentView, anomalies: Map<string, number>): ReleaseHistoryEntry {
  return {
    deploymentId: d.id,
    component: d.component,
    version: d.version,
    outcome: releaseOutcome(d.status),
    startedAt: d.createdAt,
    endedAt: deploymentEndedAt(d.status, d.stages, d.updatedAt),
    ringsReached: ringsReached(d.stages),
    rings: d.stages.map((s) => s.ring),
    exposedDevices: d.stages.reduce((sum, s) => sum + s.exposedDevices, 0),
    anomalies: anomalies.get(d.id) ?? 0,
  };
}

/**
 * Per deployment and day, devices offered the release that then reported running it: the first
 * heartbeat naming the version after the offer, found by the (device_id, ts) index and stopping at
 * the first match.
 */
async function adoption(sql: Sql, window: DayWindow, deployments: DeploymentView[], ringSizes: Map<string, number>): Promise<AdoptionSeries[]> {
  const charted = deployments.slice(0, ADOPTION_SERIES);
  if (charted.length === 0) return [];
  const rows = await sql.query<{ id: string; day: number; n: number }>(
    // An agent's clock a little ahead of ours still counts for the last day (which ends just before now + 1 ms).
    `SELECT e.deployment_id::text AS id, ${dayOf("LEAST(r.ts, $2::timestamptz - interval '1 millisecond')")} AS day, count(*)::int AS n
     FROM exposures e JOIN deployments dep ON dep.id = e.deployment_id
     CROSS JOIN LATERAL (
       SELECT ev.ts FROM events ev
       WHERE ev.device_id = e.device_id AND ev.type = 'heartbeat' AND ev.ts >= e.exposed_at
         AND ev.ts < e.exposed_at + make_interval(hours => ${ADOPTION_LOOKAHEAD_HOURS})
         AND (ev.payload -> 'versions' ->> dep.component) = dep.version
       ORDER BY ev.ts LIMIT 1
     ) r
     WHERE e.deployment_id::text = ANY($3::text[])
     GROUP BY 1, 2`,
    [windowStart(window).toISOString(), window.now.toISOString(), charted.map((d) => d.id)],
  );
  return charted.map((d) => ({
    deploymentId: d.id,
    component: d.component,
    version: d.version,
    targetDevices: d.stages.reduce((sum, s) => sum + (ringSizes.get(s.ring) ?? 0), 0),
    running: cumulativeByDay(
      rows.filter((r) => r.id === d.id),
      window.days,
    ),
  }));
}

/** Per ring (as devices are placed now) and day: devices first seen, and devices that crashed. */
async function crashFreeTrend(sql: Sql, window: DayWindow): Promise<CrashFreeTrend[]> {
  const ranges = await currentRingRanges(sql);
  const seen = sqlParams([windowStart(window).toISOString()]);
  const seenRing = ringExpression(ranges, seen.add);
  const crashes = sqlParams([windowStart(window).toISOString(), window.now.toISOString()]);
  const crashRing = ringExpression(ranges, crashes.add);
  const [firstSeen, crashed, rings] = await Promise.all([
    sql.query<{ ring: string | null; day: number; n: number }>(
      `SELECT ${seenRing} AS ring, ${dayOf("d.first_seen_at")} AS day, count(*)::int AS n FROM devices d GROUP BY 1, 2`,
      seen.values,
    ),
    // The partial index on crash events (migration 20261216000000_overview_history) keeps this to the crashes of the window.
    sql.query<{ ring: string | null; day: number; n: number }>(
      `SELECT ring, day, count(DISTINCT device_id)::int AS n FROM (
         SELECT ${crashRing} AS ring, ${dayOf("ev.ts")} AS day, ev.device_id
         FROM events ev JOIN devices d ON d.device_id = ev.device_id
         WHERE ev.type = 'crash' AND ev.ts >= $1::timestamptz AND ev.ts <= $2::timestamptz AND (ev.payload ->> 'kind') IN (${DEVICE_CRASH_KINDS_SQL})
       ) c GROUP BY 1, 2`,
      crashes.values,
    ),
    listRings(sql),
  ]);
  return rings.map(({ name }) => ({
    ring: name,
    days: crashFreeByDay(
      firstSeen.filter((r) => r.ring === name),
      crashed.filter((r) => r.ring === name),
      window.days,
    ),
  }));
}

const sumDay = (trends: CrashFreeTrend[], day: number) =>
  trends.reduce((sum, t) => ({ devices: sum.devices + t.days[day].devices, crashFree: sum.crashFree + t.days[day].crashFree }), { devices: 0, crashFree: 0 });

async function weekSummary(sql: Sql, window: DayWindow, trends: CrashFreeTrend[]): Promise<WeekSummary> {
  const weekStart = new Date(window.now.getTime() - WEEK_DAYS * 86_400_000).toISOString();
  const [[counts]] = await Promise.all([
    sql.query<{ fleet: number; started: number; completed: number; paused: number; rolled_back: number; open_anomalies: number }>(
      `SELECT (SELECT count(*)::int FROM devices) AS fleet,
              (SELECT count(*)::int FROM deployments WHERE created_at >= $1::timestamptz) AS started,
              (SELECT count(*)::int FROM deployments WHERE status = 'completed' AND updated_at >= $1::timestamptz) AS completed,
              (SELECT count(DISTINCT target_id)::int FROM audit_log WHERE action = 'deployment.pause' AND at >= $1::timestamptz) AS paused,
              (SELECT count(DISTINCT target_id)::int FROM audit_log WHERE action = 'deployment.rollback' AND at >= $1::timestamptz) AS rolled_back,
              (SELECT count(*)::int FROM anomalies WHERE status IN ('open', 'acknowledged')) AS open_anomalies`,
      [weekStart],
    ),
  ]);
  const last = window.days - 1;
  return {
    fleetDevices: counts.fleet,
    crashFreeNow: sumDay(trends, last),
    crashFreeWeekAgo: sumDay(trends, last - WEEK_DAYS),
    deployments: { started: counts.started, completed: counts.completed, paused: counts.paused, rolledBack: counts.rolled_back },
    openAnomalies: counts.open_anomalies,
  };
}

async function ringSizes(sql: Sql): Promise<Map<string, number>> {
  const { values, add } = sqlParams();
  const ringSql = ringExpression(await currentRingRanges(sql), add);
  const rows = await sql.query<{ ring: string | null; n: number }>(`SELECT ${ringSql} AS ring, count(*)::int AS n FROM devices d GROUP BY 1`, values);
  return new Map(rows.filter((r) => r.ring !== null).map((r) => [r.ring as string, r.n]));
}

/** The overview's memory over `days` ending now: what changed, and how the fleet fared. */
export async function overviewHistory(sql: Sql, now: Date, days: number): Promise<OverviewHistory> {
  const window = { now, days };
  const since = windowStart(window);
  // The week's comparison needs the day a week back even when the window is a week long.
  const trendWindow = { now, days: Math.max(days, WEEK_DAYS + 1) };
  const deployments = await recentDeployments(sql, since, now);
  const [anomalies, sizes, longTrends] = await Promise.all([
    anomalyCounts(
      sql,
      deployments.map((d) => d.id),
    ),
    ringSizes(sql),
    crashFreeTrend(sql, trendWindow),
  ]);
  const [adoptionSeries, week] = await Promise.all([adoption(sql, window, deployments, sizes), weekSummary(sql, trendWindow, longTrends)]);
  const trends = longTrends.map((t) => ({ ring: t.ring, days: t.days.slice(-days) }));
  return {
    asOf: now.toISOString(),
    days,
    dayEnds: dayEnds(window).map((d) => d.toISOString()),
    week,
    releases: deployments.map((d) => releaseEntry(d, anomalies)),
    adoption: adoptionSeries,
    crashFree: trends,
  };
}
