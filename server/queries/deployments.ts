import { allowedActions, bakeRemainingSec, type DeploymentState, type DeploymentStatus, type StageStatus } from "../../core/rollouts/deployment";
import type { ExposureBudget } from "../../core/rollouts/projection";
import { waveViews } from "../../core/rollouts/waves";
import type { DeploymentListFilter, DeploymentView } from "../../schemas/rollouts";
import type { Sql } from "../db/sql";
import { CURSOR, decodeCursor, keysetPage } from "./cursor";
import { ilike, wordsMatchSql, type WordMatch } from "./textSearch";

export interface DeploymentRow {
  id: string;
  release_id: string;
  component: string;
  version: string;
  previous_version: string | null;
  status: DeploymentStatus;
  auto_pause: boolean;
  on_cohort_anomaly: "pause" | "hold";
  budgets: ExposureBudget[];
  paused_reason: string | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

interface StageRow {
  deployment_id: string;
  position: number;
  ring: string;
  bake_seconds: number;
  status: StageStatus;
  started_at: Date | null;
  finished_at: Date | null;
  bake_paused_at: Date | null;
  bake_paused_sec: number;
  waves: number[];
  wave_started_at: string[];
}

export interface LoadedDeployment {
  row: DeploymentRow;
  state: DeploymentState;
}

const DEPLOYMENT_COLUMNS = `id::text AS id, release_id::text AS release_id, component, version, previous_version, status, auto_pause,
  on_cohort_anomaly, budgets, paused_reason, created_by, created_at, updated_at`;

async function withStages(sql: Sql, rows: DeploymentRow[]): Promise<LoadedDeployment[]> {
  if (rows.length === 0) return [];
  const stages = await sql.query<StageRow>(
    `SELECT deployment_id::text AS deployment_id, position, ring, bake_seconds, status, started_at, finished_at,
            bake_paused_at, bake_paused_sec, to_json(waves) AS waves, to_json(wave_started_at) AS wave_started_at FROM deployment_stages
     WHERE deployment_id::text IN (SELECT jsonb_array_elements_text($1::jsonb)) ORDER BY deployment_id, position`,
    [JSON.stringify(rows.map((r) => r.id))],
  );
  return rows.map((row) => ({
    row,
    state: {
      status: row.status,
      pausedReason: row.paused_reason,
      stages: stages
        .filter((s) => s.deployment_id === row.id)
        .map((s) => ({
          ring: s.ring,
          bakeSeconds: s.bake_seconds,
          status: s.status,
          startedAt: s.started_at && new Date(s.started_at),
          finishedAt: s.finished_at && new Date(s.finished_at),
          bakePausedAt: s.bake_paused_at && new Date(s.bake_paused_at),
          bakePausedSec: s.bake_paused_sec,
          waves: s.waves,
          waveStartedAt: s.wave_started_at.map((at) => new Date(at)),
        })),
    },
  }));
}

export async function loadDeployment(sql: Sql, id: string, forUpdate = false): Promise<LoadedDeployment | null> {
  const rows = await sql.query<DeploymentRow>(`SELECT ${DEPLOYMENT_COLUMNS} FROM deployments WHERE id = $1 ${forUpdate ? "FOR UPDATE" : ""}`, [id]);
  return (await withStages(sql, rows))[0] ?? null;
}

export async function loadLiveDeployments(sql: Sql): Promise<LoadedDeployment[]> {
  const rows = await sql.query<DeploymentRow>(
    `SELECT ${DEPLOYMENT_COLUMNS} FROM deployments WHERE status IN ('active', 'paused', 'halted') ORDER BY created_at`,
  );
  return withStages(sql, rows);
}

/** What detection watches: live deployments, and ended ones whose anomalies are still open (so they can heal). */
export async function loadWatchedDeployments(sql: Sql): Promise<LoadedDeployment[]> {
  const rows = await sql.query<DeploymentRow>(
    `SELECT ${DEPLOYMENT_COLUMNS} FROM deployments
     WHERE status IN ('active', 'paused', 'halted')
        OR id IN (SELECT deployment_id FROM anomalies WHERE status IN ('open', 'acknowledged'))
     ORDER BY created_at`,
  );
  return withStages(sql, rows);
}

/** Exposed devices per `deployment/ring` and per `deployment/ring/wave`. */
export async function exposureCounts(sql: Sql, deploymentIds: string[]): Promise<Map<string, number>> {
  if (deploymentIds.length === 0) return new Map();
  const rows = await sql.query<{ deployment_id: string; ring: string; wave: number; exposed: number }>(
    `SELECT deployment_id::text AS deployment_id, ring, wave, count(*)::int AS exposed FROM exposures
     WHERE deployment_id::text IN (SELECT jsonb_array_elements_text($1::jsonb)) GROUP BY 1, 2, 3`,
    [JSON.stringify(deploymentIds)],
  );
  const counts = new Map<string, number>();
  for (const r of rows) {
    counts.set(`${r.deployment_id}/${r.ring}/${r.wave}`, r.exposed);
    counts.set(`${r.deployment_id}/${r.ring}`, (counts.get(`${r.deployment_id}/${r.ring}`) ?? 0) + r.exposed);
  }
  return counts;
}

export function deploymentView({ row, state }: LoadedDeployment, exposed: Map<string, number>, now: Date): DeploymentView {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: row.id,
    releaseId: row.release_id,
    component: row.component,
    version: row.version,
    previousVersion: row.previous_version,
    status: state.status,
    autoPause: row.auto_pause,
    onCohortAnomaly: row.on_cohort_anomaly,
    budgets: row.budgets,
    pausedReason: state.pausedReason,
    stages: state.stages.map((s) => ({
      ring: s.ring,
      status: s.status,
      startedAt: iso(s.startedAt),
      finishedAt: iso(s.finishedAt),
      bakeSeconds: s.bakeSeconds,
      bakeRemainingSec: s.status === "pending" ? s.bakeSeconds : s.status === "passed" ? 0 : bakeRemainingSec(s, now),
      bakePaused: !!s.bakePausedAt,
      exposedDevices: exposed.get(`${row.id}/${s.ring}`) ?? 0,
      waves: waveViews(s).map((wave, i) => ({ ...wave, startedAt: iso(wave.startedAt), exposedDevices: exposed.get(`${row.id}/${s.ring}/${i}`) ?? 0 })),
    })),
    allowedActions: allowedActions(state),
    createdBy: row.created_by,
    createdAt: iso(row.created_at) as string,
    updatedAt: iso(row.updated_at) as string,
  };
}

export async function deploymentViews(sql: Sql, loaded: LoadedDeployment[], now: Date): Promise<DeploymentView[]> {
  const exposed = await exposureCounts(
    sql,
    loaded.map((d) => d.row.id),
  );
  return loaded.map((d) => deploymentView(d, exposed, now));
}

const STATUS_FILTERS: Record<DeploymentListFilter, DeploymentStatus[]> = {
  live: ["active", "paused", "halted"],
  active: ["active"],
  paused: ["paused"],
  halted: ["halted"],
  completed: ["completed"],
  rolled_back: ["rolled_back"],
};
/** What a word of the search text may match: the release, or the ring of any of its stages. */
const DEPLOYMENT_SEARCH: readonly WordMatch[] = [
  ilike("component"),
  ilike("version"),
  (pattern) => `EXISTS (SELECT 1 FROM deployment_stages s WHERE s.deployment_id = deployments.id AND s.ring ILIKE ${pattern})`,
];

export async function listDeployments(sql: Sql, query: { status?: DeploymentListFilter; q?: string; limit: number; cursor?: string }, now: Date) {
  const params: unknown[] = [];
  const add = (value: unknown) => `$${params.push(value)}`;
  const where: string[] = [];
  if (query.status) where.push(`status IN (SELECT jsonb_array_elements_text(${add(JSON.stringify(STATUS_FILTERS[query.status]))}::jsonb))`);
  const words = query.q ? wordsMatchSql(query.q, DEPLOYMENT_SEARCH, add) : null;
  if (words) where.push(words);
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor, CURSOR.timeAndUuid);
    where.push(`(created_at, id::text) < (${add(cursor.value)}::timestamptz, ${add(cursor.id)})`);
  }
  const rows = await sql.query<DeploymentRow>(
    `SELECT ${DEPLOYMENT_COLUMNS} FROM deployments ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
     ORDER BY created_at DESC, id::text DESC LIMIT ${add(query.limit + 1)}`,
    params,
  );
  const { page, nextCursor } = keysetPage(rows, query.limit, (last) => ({ value: new Date(last.created_at).toISOString(), id: last.id }));
  return { items: await deploymentViews(sql, await withStages(sql, page), now), nextCursor };
}
