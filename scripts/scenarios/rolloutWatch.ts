/**
 * Watches one deployment from the outside, as an operator's dashboard would: its status and the
 * anomalies raised against it, noting (client-side) when a critical anomaly and the pause first show.
 */
import type { AnomalyView } from "../../schemas/anomalies";
import type { AnomalySighting, DeploymentSnapshot } from "./measure";
import type { RingwatchClient } from "./ringwatchClient";

/** How often the watch reads the deployment and its anomalies. */
export const WATCH_POLL_MS = 1000;

export class RolloutWatch {
  deployment: DeploymentSnapshot;
  anomalies: AnomalyView[] = [];
  criticalSeenAt: number | null = null;
  pausedSeenAt: number | null = null;
  /** Per anomaly: the severity it first showed with, and when it was first seen critical. */
  readonly sightings: Record<string, AnomalySighting> = {};
  /** Detection ticks seen while watching: when each ran and how long it took. */
  readonly detectionTicks: Record<string, number> = {};
  /** Problems reading the API; the run goes on and reports them. */
  readonly errors: string[] = [];

  constructor(
    private readonly client: RingwatchClient,
    started: DeploymentSnapshot,
  ) {
    this.deployment = started;
  }

  /** Reads once; true when both the deployment and its anomalies were read. */
  async poll(): Promise<boolean> {
    const [deployment, anomalies, detection] = await Promise.allSettled([
      this.client.deployment(this.deployment.id),
      this.client.anomalies({ deploymentId: this.deployment.id }),
      this.client.detectionStatus(),
    ]);
    if (detection.status === "fulfilled" && detection.value.lastTickAt)
      this.detectionTicks[detection.value.lastTickAt] = detection.value.lastTickDurationMs ?? 0;
    const seenAt = Date.now();
    if (deployment.status === "fulfilled") this.deployment = deployment.value;
    else this.noteError(deployment.reason);
    if (anomalies.status === "fulfilled") this.anomalies = anomalies.value;
    else this.noteError(anomalies.reason);
    for (const anomaly of this.anomalies) {
      const sighting = (this.sightings[anomaly.id] ??= { firstSeverity: anomaly.severity, criticalSeenAt: null });
      if (anomaly.severity === "critical") sighting.criticalSeenAt ??= seenAt;
    }
    if (this.criticalSeenAt === null && this.anomalies.some((a) => a.severity === "critical")) this.criticalSeenAt = seenAt;
    if (this.pausedSeenAt === null && this.deployment.status === "paused") this.pausedSeenAt = seenAt;
    return deployment.status === "fulfilled" && anomalies.status === "fulfilled";
  }

  noteError(reason: unknown): void {
    const message = reason instanceof Error ? reason.message : String(reason);
    if (this.errors.at(-1) !== message) this.errors.push(message);
  }
}

/** When the system paused the deployment, by its audit trail (null: never paused). */
export function pausedAt(audit: ReadonlyArray<{ at: string; action: string }>): number | null {
  const pauses = audit.filter((entry) => entry.action === "deployment.pause").map((entry) => Date.parse(entry.at));
  return pauses.length === 0 ? null : Math.min(...pauses);
}

/** Anomaly ids that exist now, so the ones a scenario causes elsewhere can be told apart later. */
export async function knownAnomalyIds(client: RingwatchClient): Promise<Set<string>> {
  return new Set((await client.anomalies()).map((a) => a.id));
}

/** Anomalies raised since `known` was taken, against any deployment but `deploymentId`. */
export async function strayAnomalies(client: RingwatchClient, known: Set<string>, deploymentId: string): Promise<AnomalyView[]> {
  return (await client.anomalies()).filter((a) => !known.has(a.id) && a.deploymentId !== deploymentId);
}
