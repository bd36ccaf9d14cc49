import type { Finding } from "../../../core/detection/detect";
import { KIND_SIGNAL } from "../../../core/detection/detect";
import { appendHistory } from "../../../core/detection/lifecycle";
import type { Evidence, EvidencePoint, Severity } from "../../../schemas/anomalies";
import type { Sql } from "../../db/sql";
import type { AnomalyRow } from "../../queries/anomalyRows";
import { recordAffectedDevices } from "../../queries/detectionProfiles";
import { anomalyAlert } from "../../../core/alerts/events";
import { factsOfFinding, factsOfRow } from "../../alerts/facts";
import { enqueueAlert } from "../../alerts/outbox";
import { actorLabel } from "../../auth/principal";
import { recordAudit } from "../audit/record";
import { anomalyName } from "../audit/targetNames";
import { SYSTEM_PRINCIPAL } from "../context";

/** Detection opens, escalates, reopens and heals anomalies: Ringwatch itself is the actor. */
const SYSTEM_ACTOR = actorLabel(SYSTEM_PRINCIPAL);

function historyPoint(finding: Finding, now: Date): EvidencePoint {
  const c = finding.comparison;
  return {
    at: now.toISOString(),
    exposed: c.exposed,
    affected: c.affected,
    affectedRate: c.affectedRate,
    baselineRate: c.exposed > 0 ? c.expectedAffected / c.exposed : 0,
  };
}

function evidenceOf(finding: Finding, history: EvidencePoint[]): Evidence {
  const { exposed, affected, affectedRate, baselineDevices, baselineAffected, baselineRate, expectedAffected, adjustedFor, relativeRisk, pValue } =
    finding.comparison;
  return {
    windowStart: finding.windowStart.toISOString(),
    basis: finding.basis,
    exposed,
    affected,
    affectedRate,
    baselineDevices,
    baselineAffected,
    baselineRate,
    expectedAffected,
    adjustedFor,
    relativeRisk,
    pValue,
    subgroup: finding.subgroup,
    firstSignalAt: finding.firstSignalAt?.toISOString() ?? null,
    history,
  };
}

/** A new anomaly, with the devices that show it and an audit entry, in the caller's transaction. */
export async function openAnomaly(tx: Sql, finding: Finding, releaseId: string, now: Date): Promise<AnomalyRow> {
  const evidence = evidenceOf(finding, appendHistory([], historyPoint(finding, now)));
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO anomalies (kind, severity, status, deployment_id, release_id, ring, component, version, summary, evidence, suspects,
                            detected_at, updated_at, last_firing_at, first_signal_at)
     VALUES ($1, $2, 'open', $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11, $11, $11, $12) RETURNING id::text AS id`,
    [
      finding.kind,
      finding.severity,
      finding.deploymentId,
      releaseId,
      finding.ring,
      finding.component,
      finding.version,
      finding.summary,
      JSON.stringify(evidence),
      JSON.stringify(finding.suspects),
      now.toISOString(),
      finding.firstSignalAt?.toISOString() ?? null,
    ],
  );
  await recordAffectedDevices(tx, row.id, finding, KIND_SIGNAL[finding.kind], now);
  await recordAudit(tx, {
    actor: SYSTEM_ACTOR,
    action: "anomaly.opened",
    targetType: "anomaly",
    targetId: row.id,
    targetName: anomalyName(finding),
    reason: finding.summary,
    after: { severity: finding.severity, kind: finding.kind, ring: finding.ring },
    at: now,
  });
  await enqueueAlert(tx, anomalyAlert("anomaly.opened", factsOfFinding(row.id, "open", finding), SYSTEM_ACTOR, now));
  return { id: row.id, severity: finding.severity } as AnomalyRow;
}

/** This tick's evidence, suspects and severity on the anomaly, and the devices now showing it. */
async function saveEvidence(tx: Sql, current: AnomalyRow, finding: Finding, severity: Severity, now: Date): Promise<void> {
  const evidence = evidenceOf(finding, appendHistory(current.evidence.history ?? [], historyPoint(finding, now)));
  const firstSignal = [current.first_signal_at && new Date(current.first_signal_at), finding.firstSignalAt]
    .filter((d): d is Date => !!d)
    .sort((a, b) => a.getTime() - b.getTime())[0];
  await tx.query(
    `UPDATE anomalies SET severity = $2, summary = $3, evidence = $4::jsonb, suspects = $5::jsonb, last_firing_at = $6, first_signal_at = $7,
       updated_at = CASE WHEN severity <> $2 OR (evidence ->> 'affected')::int <> $8 THEN $6 ELSE updated_at END
     WHERE id = $1`,
    [
      current.id,
      severity,
      finding.summary,
      JSON.stringify(evidence),
      JSON.stringify(finding.suspects),
      now.toISOString(),
      firstSignal?.toISOString() ?? null,
      finding.comparison.affected,
    ],
  );
  await recordAffectedDevices(tx, current.id, finding, KIND_SIGNAL[finding.kind], now);
}

/** The signal is still there: fresh evidence, suspects and (never lower) severity; alerted only when severity or the affected count moved. */
export async function refreshAnomaly(tx: Sql, current: AnomalyRow, finding: Finding, severity: Severity, now: Date): Promise<void> {
  await saveEvidence(tx, current, finding, severity, now);
  if (severity !== current.severity) {
    await recordAudit(tx, {
      actor: SYSTEM_ACTOR,
      action: "anomaly.escalated",
      targetType: "anomaly",
      targetId: current.id,
      targetName: anomalyName(current),
      reason: finding.summary,
      before: { severity: current.severity },
      after: { severity },
      at: now,
    });
  }
  if (severity !== current.severity || finding.comparison.affected !== current.evidence.affected) {
    await enqueueAlert(tx, anomalyAlert("anomaly.updated", factsOfFinding(current.id, current.status, finding, severity), SYSTEM_ACTOR, now));
  }
}

/** Resolved by a person, and back within the healthy period: open again, alerted as opened, audited. */
export async function reopenAnomaly(tx: Sql, current: AnomalyRow, finding: Finding, severity: Severity, now: Date): Promise<void> {
  await tx.query(
    `UPDATE anomalies SET status = 'open', resolved_by = NULL, resolved_at = NULL, acknowledged_by = NULL, acknowledged_at = NULL, updated_at = $2 WHERE id = $1`,
    [current.id, now.toISOString()],
  );
  await saveEvidence(tx, current, finding, severity, now);
  await recordAudit(tx, {
    actor: SYSTEM_ACTOR,
    action: "anomaly.reopened",
    targetType: "anomaly",
    targetId: current.id,
    targetName: anomalyName(current),
    reason: `Back within the healthy period after ${current.resolved_by ?? "someone"} resolved it: ${finding.summary}`,
    before: { status: "resolved" },
    after: { status: "open", severity },
    at: now,
  });
  await enqueueAlert(tx, anomalyAlert("anomaly.opened", factsOfFinding(current.id, "open", finding, severity), SYSTEM_ACTOR, now));
}

/** Healthy for the whole healthy period: resolved by the system. */
export async function healAnomaly(tx: Sql, current: AnomalyRow, healthyPeriodSec: number, now: Date): Promise<void> {
  await tx.query(`UPDATE anomalies SET status = 'resolved', resolved_by = $2, resolved_at = $3, updated_at = $3 WHERE id = $1`, [
    current.id,
    SYSTEM_ACTOR,
    now.toISOString(),
  ]);
  await recordAudit(tx, {
    actor: SYSTEM_ACTOR,
    action: "anomaly.resolved",
    targetType: "anomaly",
    targetId: current.id,
    targetName: anomalyName(current),
    reason: `No sign of it for ${Math.round(healthyPeriodSec / 60)} min.`,
    before: { status: current.status },
    after: { status: "resolved" },
    at: now,
  });
  await enqueueAlert(tx, anomalyAlert("anomaly.resolved", factsOfRow(current, "resolved"), SYSTEM_ACTOR, now));
}
