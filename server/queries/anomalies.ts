import { allowedActions } from "../../core/rollouts/deployment";
import { CONFINED_SHARE } from "../../core/rollouts/holds";
import type { AnomalyDetail, AnomalyListQuery, AnomalyView } from "../../schemas/anomalies";
import type { Sql } from "../db/sql";
import { ANOMALY_COLUMNS, anomalyView, loadAnomaly, type AnomalyRow } from "./anomalyRows";
import { anomalyRecovery } from "./affectedDevices";
import { CURSOR, decodeCursor, keysetPage } from "./cursor";
import { ilike, wordsMatchSql, type WordMatch } from "./textSearch";
import { loadDeployment } from "./deployments";

/** What a word of the search text may match: the kind as people say it ("boot loop"), the ring, the release. */
const ANOMALY_SEARCH: readonly WordMatch[] = [ilike("a.kind"), ilike("replace(a.kind, '_', ' ')"), ilike("a.ring"), ilike("a.component"), ilike("a.version")];

/** Newest first, filtered by status, severity, kind, ring, deployment and search text. */
export async function listAnomalies(sql: Sql, query: AnomalyListQuery): Promise<{ items: AnomalyView[]; nextCursor: string | null }> {
  const params: unknown[] = [];
  const add = (value: unknown) => `$${params.push(value)}`;
  const where: string[] = [];
  if (query.status) where.push(`a.status = ANY(${add(query.status.split(","))}::text[])`);
  if (query.severity) where.push(`a.severity = ${add(query.severity)}`);
  if (query.kind) where.push(`a.kind = ${add(query.kind)}`);
  if (query.ring) where.push(`a.ring = ${add(query.ring)}`);
  if (query.deploymentId) where.push(`a.deployment_id = ${add(query.deploymentId)}`);
  const words = query.q ? wordsMatchSql(query.q, ANOMALY_SEARCH, add) : null;
  if (words) where.push(words);
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor, CURSOR.timeAndUuid);
    where.push(`(a.detected_at, a.id) < (${add(cursor.value)}::timestamptz, ${add(cursor.id)}::uuid)`);
  }
  const rows = await sql.query<AnomalyRow>(
    `SELECT ${ANOMALY_COLUMNS} FROM anomalies a ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
     ORDER BY a.detected_at DESC, a.id DESC LIMIT ${add(query.limit + 1)}`,
    params,
  );
  const { page, nextCursor } = keysetPage(rows, query.limit, (last) => ({ value: new Date(last.detected_at).toISOString(), id: last.id }));
  return { items: page.map(anomalyView), nextCursor };
}

/** One anomaly with how its devices are doing now and what can be done to its deployment. */
export async function getAnomalyDetail(sql: Sql, id: string, now: Date): Promise<AnomalyDetail | null> {
  const row = await loadAnomaly(sql, id);
  if (!row) return null;
  const [recovery, deployment] = await Promise.all([anomalyRecovery(sql, id, now), loadDeployment(sql, row.deployment_id)]);
  if (!deployment) throw new Error(`anomaly ${id} points at a missing deployment`); // a foreign key forbids it
  return {
    ...anomalyView(row),
    recovery,
    deployment: {
      id: row.deployment_id,
      status: deployment.state.status,
      allowedActions: allowedActions(deployment.state),
      pausedReason: deployment.state.pausedReason,
    },
  };
}

/** Open (and acknowledged) anomalies per ring, optionally for one deployment, by severity. */
export interface LiveAnomalyCount {
  ring: string;
  severity: string;
  status: string;
  /**
   * Contained by a hold placed for it, or by one on the cohort its evidence is confined to (the slice it
   * stands out in, or a suspect holding nearly all its devices, as core/rollouts/holds `confinedCohort`):
   * a boot loop and the crash rate it causes on one build are two anomalies; the second finds the build held.
   */
  contained: boolean;
  count: number;
}

export async function liveAnomalyCounts(sql: Sql, deploymentId?: string): Promise<LiveAnomalyCount[]> {
  return sql.query(
    `SELECT a.ring, a.severity, a.status,
            EXISTS (SELECT 1 FROM deployment_holds h WHERE h.released_at IS NULL AND (h.anomaly_id = a.id
                      OR (h.deployment_id = a.deployment_id AND ((h.dimension = a.evidence -> 'subgroup' ->> 'dimension'
                          AND h.value = a.evidence -> 'subgroup' ->> 'value')
                        OR EXISTS (SELECT 1 FROM jsonb_array_elements(a.suspects) s WHERE s ->> 'dimension' = h.dimension
                          AND s ->> 'value' = h.value AND (s ->> 'share')::float8 >= ${CONFINED_SHARE}))))) AS contained,
            count(*)::int AS count
     FROM anomalies a
     WHERE a.status IN ('open', 'acknowledged') ${deploymentId ? "AND a.deployment_id = $1" : ""} GROUP BY 1, 2, 3, 4`,
    deploymentId ? [deploymentId] : [],
  );
}
