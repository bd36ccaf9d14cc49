/**
 * Alert events: what the outbox stores and every webhook format renders. Pure: callers pass the
 * rows and the clock. The `data` object is the public payload of the json format.
 */
import type { Severity, Suspect } from "../../schemas/anomalies";
import type { AlertType, TEST_ALERT_TYPE } from "../../schemas/webhooks";

export interface AnomalyAlertData {
  anomaly: {
    id: string;
    kind: string;
    severity: Severity;
    status: string;
    ring: string;
    component: string;
    version: string;
    deploymentId: string;
    summary: string;
    exposed: number;
    affected: number;
    topSuspect: Pick<Suspect, "dimension" | "value" | "share"> | null;
  };
  actor: string;
}

export interface DeploymentAlertData {
  deployment: { id: string; status: string; component: string; version: string; ring: string | null };
  actor: string;
  reason: string;
  /** For a hold placed or released: the cohort and how many devices it holds. */
  hold?: { id: string; dimension: string; value: string; revert: boolean; devices: number };
}

export interface TestAlertData {
  webhookId: string;
  message: string;
}

export type AlertEvent =
  | { type: Extract<AlertType, `anomaly.${string}`>; at: string; severity: Severity; ring: string; data: AnomalyAlertData }
  | { type: Extract<AlertType, `deployment.${string}`>; at: string; severity: Severity; ring: string | null; data: DeploymentAlertData }
  | { type: typeof TEST_ALERT_TYPE; at: string; severity: Severity; ring: null; data: TestAlertData };

export interface AnomalyFacts {
  id: string;
  kind: string;
  severity: Severity;
  status: string;
  ring: string;
  component: string;
  version: string;
  deploymentId: string;
  summary: string;
  exposed: number;
  affected: number;
  suspects: Suspect[];
}

export function anomalyAlert(type: Extract<AlertType, `anomaly.${string}`>, anomaly: AnomalyFacts, actor: string, now: Date): AlertEvent {
  const { suspects, ...rest } = anomaly;
  const top = suspects[0];
  return {
    type,
    at: now.toISOString(),
    severity: anomaly.severity,
    ring: anomaly.ring,
    data: { anomaly: { ...rest, topSuspect: top ? { dimension: top.dimension, value: top.value, share: top.share } : null }, actor },
  };
}

/** How the outbox names Ringwatch itself as the actor (server/auth/principal actorLabel). */
export const SYSTEM_ACTOR_LABEL = "system";

export const DEPLOYMENT_ALERT_TYPES = {
  pause: "deployment.paused",
  resume: "deployment.resumed",
  halt: "deployment.halted",
  rollback: "deployment.rolled_back",
  promote: "deployment.stage_promoted",
  hold: "deployment.cohort_held",
  releaseHold: "deployment.hold_released",
} as const;

/**
 * Deployment events have no severity of their own: a rollout stopping (paused, halted, rolled back)
 * is something to look at (warning); one moving again is news (info). minSeverity filters both kinds.
 */
const DEPLOYMENT_SEVERITY: Record<keyof typeof DEPLOYMENT_ALERT_TYPES, Severity> = {
  pause: "warning",
  halt: "warning",
  rollback: "warning",
  resume: "info",
  promote: "info",
  hold: "warning",
  releaseHold: "info",
};

export function deploymentAlert(
  action: keyof typeof DEPLOYMENT_ALERT_TYPES,
  deployment: DeploymentAlertData["deployment"],
  actor: string,
  reason: string,
  now: Date,
  hold?: DeploymentAlertData["hold"],
): AlertEvent {
  return {
    type: DEPLOYMENT_ALERT_TYPES[action],
    at: now.toISOString(),
    severity: DEPLOYMENT_SEVERITY[action],
    ring: deployment.ring,
    data: { deployment, actor, reason, ...(hold ? { hold } : {}) },
  };
}

export type AnomalyAlertEvent = Extract<AlertEvent, { data: AnomalyAlertData }>;
export type DeploymentAlertEvent = Extract<AlertEvent, { data: DeploymentAlertData }>;

export const isAnomalyAlert = (event: AlertEvent): event is AnomalyAlertEvent => event.type.startsWith("anomaly.");
export const isDeploymentAlert = (event: AlertEvent): event is DeploymentAlertEvent => event.type.startsWith("deployment.");

/**
 * What the in-app alert feed (bell, /alerts) leaves out: Ringwatch promoting a rollout whose gate
 * said go. That is the plan working, not something for a person to look at; the audit log and the
 * deployment page record it, and webhooks that subscribe to `deployment.stage_promoted` still get
 * it. A person's promotion stays in the feed (the others on call should know someone moved it).
 * server/queries/alertFeed.ts applies the same rule in SQL.
 */
export function isRoutineProgress(event: Pick<AlertEvent, "type"> & { data: { actor?: string } }): boolean {
  return event.type === DEPLOYMENT_ALERT_TYPES.promote && event.data.actor === SYSTEM_ACTOR_LABEL;
}
