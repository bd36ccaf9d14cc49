import type { AnomalyView } from "@/queries/anomalies";

/** Open anomalies per deployment id, for badges next to rollouts. */
export function countByDeployment(anomalies: readonly Pick<AnomalyView, "deploymentId">[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const anomaly of anomalies) counts[anomaly.deploymentId] = (counts[anomaly.deploymentId] ?? 0) + 1;
  return counts;
}

export const anomalyCountText = (count: number) => `${count} open ${count === 1 ? "anomaly" : "anomalies"}`;
