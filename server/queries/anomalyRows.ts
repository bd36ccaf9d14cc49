import type { TrackedAnomaly } from "../../core/detection/lifecycle";
import type { AnomalyKind, AnomalyStatus, AnomalyView, Evidence, Severity, Suspect } from "../../schemas/anomalies";
import type { Sql } from "../db/sql";

/** An `anomalies` row as read back (ids as text, times as Date). */
export interface AnomalyRow {
  id: string;
  kind: AnomalyKind;
  severity: Severity;
  status: AnomalyStatus;
  deployment_id: string;
  release_id: string;
  ring: string;
  component: string;
  version: string;
  summary: string;
  evidence: Evidence;
  suspects: Suspect[];
  detected_at: Date;
  updated_at: Date;
  last_firing_at: Date;
  first_signal_at: Date | null;
  note: string | null;
  acknowledged_by: string | null;
  acknowledged_at: Date | null;
  resolved_by: string | null;
  resolved_at: Date | null;
}

export const ANOMALY_COLUMNS = `a.id::text AS id, a.kind, a.severity, a.status, a.deployment_id::text AS deployment_id, a.release_id::text AS release_id,
  a.ring, a.component, a.version, a.summary, a.evidence, a.suspects, a.detected_at, a.updated_at, a.last_firing_at, a.first_signal_at,
  a.note, a.acknowledged_by, a.acknowledged_at, a.resolved_by, a.resolved_at`;

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function anomalyView(row: AnomalyRow): AnomalyView {
  const lag = row.first_signal_at ? Math.max(0, (new Date(row.detected_at).getTime() - new Date(row.first_signal_at).getTime()) / 1000) : null;
  return {
    id: row.id,
    kind: row.kind,
    severity: row.severity,
    status: row.status,
    ring: row.ring,
    component: row.component,
    version: row.version,
    deploymentId: row.deployment_id,
    detectedAt: iso(row.detected_at)!,
    updatedAt: iso(row.updated_at)!,
    lastFiringAt: iso(row.last_firing_at)!,
    detectionLagSec: lag,
    summary: row.summary,
    evidence: row.evidence,
    suspects: row.suspects,
    note: row.note,
    acknowledgedBy: row.acknowledged_by,
    acknowledgedAt: iso(row.acknowledged_at),
    resolvedBy: row.resolved_by,
    resolvedAt: iso(row.resolved_at),
  };
}

export function trackedAnomaly(row: AnomalyRow): TrackedAnomaly {
  return {
    id: row.id,
    kind: row.kind,
    deploymentId: row.deployment_id,
    ring: row.ring,
    severity: row.severity,
    status: row.status,
    lastFiringAt: new Date(row.last_firing_at),
    resolvedAt: row.resolved_at && new Date(row.resolved_at),
    resolvedBy: row.resolved_by,
  };
}

export async function loadAnomaly(sql: Sql, id: string, forUpdate = false): Promise<AnomalyRow | null> {
  const [row] = await sql.query<AnomalyRow>(`SELECT ${ANOMALY_COLUMNS} FROM anomalies a WHERE a.id = $1 ${forUpdate ? "FOR UPDATE" : ""}`, [id]);
  return row ?? null;
}

/** Open and acknowledged anomalies, plus those resolved within `resolvedSince` (for the re-open cool-down). */
export async function loadTrackedAnomalies(sql: Sql, resolvedSince: Date): Promise<{ live: AnomalyRow[]; recentlyResolved: AnomalyRow[] }> {
  const rows = await sql.query<AnomalyRow>(
    `SELECT ${ANOMALY_COLUMNS} FROM anomalies a WHERE a.status IN ('open', 'acknowledged') OR (a.status = 'resolved' AND a.resolved_at >= $1)`,
    [resolvedSince.toISOString()],
  );
  return { live: rows.filter((r) => r.status !== "resolved"), recentlyResolved: rows.filter((r) => r.status === "resolved") };
}
