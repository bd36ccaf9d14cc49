import type { AnomalyView, Severity } from "@/queries/anomalies";
import { SEVERITY_RANK } from "./anomalyLook";

/** Open anomalies per deployment id, for badges next to rollouts. */
export function countByDeployment(anomalies: readonly Pick<AnomalyView, "deploymentId">[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const anomaly of anomalies) counts[anomaly.deploymentId] = (counts[anomaly.deploymentId] ?? 0) + 1;
  return counts;
}

export const anomalyCountText = (count: number) => `${count} open ${count === 1 ? "anomaly" : "anomalies"}`;

/** The most severe open anomaly per ring: what a ring's numbers take their colour from. */
export function worstSeverityByRing(anomalies: readonly Pick<AnomalyView, "ring" | "severity">[]): Record<string, Severity> {
  const worst: Record<string, Severity> = {};
  for (const { ring, severity } of anomalies) if (!worst[ring] || SEVERITY_RANK[severity] < SEVERITY_RANK[worst[ring]]) worst[ring] = severity;
  return worst;
}
