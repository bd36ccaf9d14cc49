import { detectSlice, type Finding } from "../../../core/detection/detect";
import { reconcile } from "../../../core/detection/lifecycle";
import { lookNumber } from "../../../core/detection/sequential";
import { loadTrackedAnomalies, trackedAnomaly, type AnomalyRow } from "../../queries/anomalyRows";
import { loadWatchedDeployments, type LoadedDeployment } from "../../queries/deployments";
import { healAnomaly, openAnomaly, refreshAnomaly, reopenAnomaly } from "../anomalies/save";
import type { ServiceContext } from "../context";
import { containForAnomaly } from "./autoPause";
import { loadSlice, watchedSlices } from "./slices";

export interface DetectionResult {
  evaluated: number;
  opened: string[];
  /** Deployments held on one cohort by a critical anomaly confined to it (onCohortAnomaly: "hold"). */
  held: string[];
  resolved: string[];
  paused: string[];
}

/** The worker's default tick (RINGWATCH_DETECTION_INTERVAL_SEC): how often a slice is looked at. */
export const DEFAULT_TICK_SEC = 10;

/**
 * One detection pass: evaluate every started ring of every watched deployment against its
 * baseline, open/refresh/heal anomalies, and pause a deployment with autoPause on a critical one,
 * all before the same tick's promotion step can offer the version to another ring. `tickSec` turns
 * a slice's age into its look number, which sets how much evidence may open an anomaly now.
 */
export async function runDetection(ctx: ServiceContext, healthyPeriodSec: number, tickSec = DEFAULT_TICK_SEC): Promise<DetectionResult> {
  const { db, now } = ctx;
  const deployments = await loadWatchedDeployments(db.sql);
  const slices = watchedSlices(deployments);
  const findings: Finding[] = [];
  for (const slice of slices) findings.push(...detectSlice(await loadSlice(db.sql, slice, now), lookNumber(slice.windowStart, now, tickSec)));

  const tracked = await loadTrackedAnomalies(db.sql, new Date(now.getTime() - healthyPeriodSec * 1000));
  const byId = new Map([...tracked.live, ...tracked.recentlyResolved].map((row) => [row.id, row]));
  const plan = reconcile({
    live: tracked.live.map(trackedAnomaly),
    recentlyResolved: tracked.recentlyResolved.map(trackedAnomaly),
    findings,
    now,
    healthyPeriodSec,
  });
  const deploymentById = new Map(deployments.map((d) => [d.row.id, d]));

  const critical: { finding: Finding; anomalyId: string }[] = [];
  const opened: string[] = [];
  await db.sql.transaction(async (tx) => {
    for (const finding of plan.opened) {
      const releaseId = deploymentById.get(finding.deploymentId)!.row.release_id;
      const row = await openAnomaly(tx, finding, releaseId, now);
      opened.push(row.id);
      if (finding.severity === "critical") critical.push({ finding, anomalyId: row.id });
    }
    for (const { id, finding, severity } of plan.updated) {
      await refreshAnomaly(tx, byId.get(id)!, finding, severity, now);
      if (severity === "critical") critical.push({ finding, anomalyId: id });
    }
    for (const { id, finding, severity } of plan.reopened) {
      await reopenAnomaly(tx, byId.get(id)!, finding, severity, now);
      opened.push(id);
      if (severity === "critical") critical.push({ finding, anomalyId: id });
    }
    for (const id of plan.resolved) await healAnomaly(tx, byId.get(id) as AnomalyRow, healthyPeriodSec, now);
  });

  const paused: string[] = [];
  const held: string[] = [];
  for (const { finding, anomalyId } of critical) {
    const deployment = deploymentById.get(finding.deploymentId) as LoadedDeployment;
    const contained = await containForAnomaly(ctx, deployment, finding, anomalyId);
    if (contained === "paused") paused.push(deployment.row.id);
    if (contained === "held") held.push(deployment.row.id);
  }
  return { evaluated: slices.length, opened, resolved: plan.resolved, paused, held };
}
