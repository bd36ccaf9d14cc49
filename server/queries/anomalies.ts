import { allowedActions } from "../../core/rollouts/deployment";
import { CONFINED_SHARE } from "../../core/rollouts/holds";
import type { AnomalyDetail, AnomalyListQuery, AnomalyView } from "../../schemas/anomalies";
import type { CsvColumn } from "../../core/export/csv";
import type { ListTotal } from "../../schemas/pagination";
import type { Sql } from "../db/sql";
import { ANOMALY_COLUMNS, anomalyView, loadAnomaly, type AnomalyRow } from "./anomalyRows";
import { anomalyRecovery } from "./affectedDevices";
import { CURSOR, decodeCursor, keysetPage } from "./cursor";
import { countMatching, sqlParams, whereSql } from "./listTotal";
import { ilike, wordsMatchSql, type WordMatch } from "./textSearch";
import { loadDeployment } from "./deployments";

/** What a word of the search text may match: the kind as people say it ("boot loop"), the ring, the release. */
const ANOMALY_SEARCH: readonly WordMatch[] = [ilike("a.kind"), ilike("replace(a.kind, '_', ' ')"), ilike("a.ring"), ilike("a.component"), ilike("a.version")];

type AnomalyFilter = Omit<AnomalyListQuery, "limit" | "cursor" | "format">;

/** The WHERE clauses of the list's filters, for both the page and its count. */
function anomalyFilterClauses(filter: AnomalyFilter, add: (value: unknown) => string): string[] {
  const where: string[] = [];
  if (filter.status) where.push(`a.status = ANY(${add(filter.status.split(","))}::text[])`);
  if (filter.severity) where.push(`a.severity = ${add(filter.severity)}`);
  if (filter.kind) where.push(`a.kind = ${add(filter.kind)}`);
  if (filter.ring) where.push(`a.ring = ${add(filter.ring)}`);
  if (filter.deploymentId) where.push(`a.deployment_id = ${add(filter.deploymentId)}`);
  const words = filter.q ? wordsMatchSql(filter.q, ANOMALY_SEARCH, add) : null;
  if (words) where.push(words);
  return where;
}

/** One page, newest first, without the count (the CSV download reads these). */
export async function anomalyPage(sql: Sql, query: Omit<AnomalyListQuery, "format">): Promise<{ items: AnomalyView[]; nextCursor: string | null }> {
  const { values, add } = sqlParams();
  const where = anomalyFilterClauses(query, add);
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor, CURSOR.timeAndUuid);
    where.push(`(a.detected_at, a.id) < (${add(cursor.value)}::timestamptz, ${add(cursor.id)}::uuid)`);
  }
  const rows = await sql.query<AnomalyRow>(
    `SELECT ${ANOMALY_COLUMNS} FROM anomalies a ${whereSql(where)}
     ORDER BY a.detected_at DESC, a.id DESC LIMIT ${add(query.limit + 1)}`,
    values,
  );
  const { page, nextCursor } = keysetPage(rows, query.limit, (last) => ({ value: new Date(last.detected_at).toISOString(), id: last.id }));
  return { items: page.map(anomalyView), nextCursor };
}

export function countAnomalies(sql: Sql, filter: AnomalyFilter): Promise<ListTotal> {
  const { values, add } = sqlParams();
  return countMatching(sql, `FROM anomalies a ${whereSql(anomalyFilterClauses(filter, add))}`, values);
}

/** Newest first, filtered by status, severity, kind, ring, deployment and search text, with how many match. */
export async function listAnomalies(sql: Sql, query: Omit<AnomalyListQuery, "format">) {
  const [page, total] = await Promise.all([anomalyPage(sql, query), countAnomalies(sql, query)]);
  return { ...page, ...total };
}

export const ANOMALY_CSV_COLUMNS: readonly CsvColumn<AnomalyView>[] = [
  ["id", (a) => a.id],
  ["detectedAt", (a) => a.detectedAt],
  ["severity", (a) => a.severity],
  ["kind", (a) => a.kind],
  ["status", (a) => a.status],
  ["ring", (a) => a.ring],
  ["component", (a) => a.component],
  ["version", (a) => a.version],
  ["deploymentId", (a) => a.deploymentId],
  ["summary", (a) => a.summary],
  ["lastFiringAt", (a) => a.lastFiringAt],
  ["detectionLagSec", (a) => a.detectionLagSec],
  ["acknowledgedBy", (a) => a.acknowledgedBy],
  ["resolvedBy", (a) => a.resolvedBy],
  ["resolvedAt", (a) => a.resolvedAt],
  ["note", (a) => a.note],
];

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
