import type { AnomalyFacts } from "../../core/alerts/events";
import type { Finding } from "../../core/detection/detect";
import type { Severity } from "../../schemas/anomalies";
import type { AnomalyRow } from "../queries/anomalyRows";

/** What an anomaly alert says, from a fresh finding (open, refresh) ... */
export function factsOfFinding(id: string, status: string, finding: Finding, severity: Severity = finding.severity): AnomalyFacts {
  return {
    id,
    status,
    severity,
    kind: finding.kind,
    ring: finding.ring,
    component: finding.component,
    version: finding.version,
    deploymentId: finding.deploymentId,
    summary: finding.summary,
    exposed: finding.comparison.exposed,
    affected: finding.comparison.affected,
    suspects: finding.suspects,
  };
}

/** ... or from the stored row (heal, acknowledge, resolve). */
export function factsOfRow(row: AnomalyRow, status: string): AnomalyFacts {
  return {
    id: row.id,
    status,
    severity: row.severity,
    kind: row.kind,
    ring: row.ring,
    component: row.component,
    version: row.version,
    deploymentId: row.deployment_id,
    summary: row.summary,
    exposed: row.evidence.exposed,
    affected: row.evidence.affected,
    suspects: row.suspects,
  };
}
