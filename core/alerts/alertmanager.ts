/**
 * Anomalies as Prometheus Alertmanager alerts (API v2). Alertmanager expects the sender to keep
 * re-sending what still fires, with `endsAt` a little ahead, and to send `endsAt` = the resolve
 * time once it stops; an alert not re-sent by its `endsAt` resolves by itself, as with Prometheus.
 * Pure: the anomalies, the clock and the settings come in as arguments.
 */
import { SEVERITIES, type Severity } from "../../schemas/anomalies";
import { anomalyName } from "../names";
import type { AnomalyFacts } from "./events";

export const ALERT_NAME = "RingwatchAnomaly";

/** What an alert says about an anomaly, plus the times Alertmanager needs. */
export interface AlertmanagerAnomaly extends AnomalyFacts {
  detectedAt: Date;
  acknowledgedBy: string | null;
  resolvedAt: Date | null;
}

/** The body element of `POST /api/v2/alerts` (postableAlert in Alertmanager's OpenAPI). */
export interface PostableAlert {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt: string;
  endsAt: string;
  generatorURL: string;
}

export interface AlertmanagerRender {
  now: Date;
  /** Base URL of the app, for `generatorURL` (the anomaly page). */
  baseUrl: string;
  /** How long a firing alert stays firing without being re-sent. */
  holdSec: number;
  /** Operator-chosen labels on every alert (`env=prod`), for Alertmanager routing. */
  extraLabels: Record<string, string>;
}

const iso = (date: Date) => date.toISOString();

function describe(anomaly: AlertmanagerAnomaly): string {
  const top = anomaly.suspects[0];
  const suspect = top ? `; top suspect ${top.dimension}=${top.value} (${Math.round(top.share * 100)}% of affected)` : "";
  const ack = anomaly.status === "acknowledged" && anomaly.acknowledgedBy ? `; acknowledged by ${anomaly.acknowledgedBy}` : "";
  return `${anomaly.affected} of ${anomaly.exposed} exposed devices affected${suspect}${ack}`;
}

function labelsOf(anomaly: AlertmanagerAnomaly, severity: Severity, extra: Record<string, string>): Record<string, string> {
  // Ours last: an operator label can add routing keys, not disguise which anomaly this is.
  return {
    ...extra,
    alertname: ALERT_NAME,
    anomaly_id: anomaly.id,
    kind: anomaly.kind,
    severity,
    ring: anomaly.ring,
    component: anomaly.component,
    version: anomaly.version,
    deployment_id: anomaly.deploymentId,
  };
}

/**
 * The alerts to post for these anomalies. Severity is a label (routing needs it), so a label set
 * is one severity: when an anomaly escalates, the lower levels it may have fired at are sent as
 * ended now (severity only rises; Alertmanager ignores an ended alert it never saw firing).
 */
export function alertmanagerAlerts(anomalies: readonly AlertmanagerAnomaly[], render: AlertmanagerRender): PostableAlert[] {
  const firingUntil = iso(new Date(render.now.getTime() + render.holdSec * 1000));
  return anomalies.flatMap((anomaly) => {
    const base = {
      // The summary leads with the anomaly's name: a receiver's list of alerts reads without opening each.
      annotations: { summary: `${anomalyName(anomaly)}: ${anomaly.summary}`, description: describe(anomaly), status: anomaly.status },
      startsAt: iso(anomaly.detectedAt),
      generatorURL: `${render.baseUrl}/anomalies/${anomaly.id}`,
    };
    const endsAt = anomaly.status === "resolved" ? iso(anomaly.resolvedAt ?? render.now) : firingUntil;
    const current = { ...base, labels: labelsOf(anomaly, anomaly.severity, render.extraLabels), endsAt };
    const lower = SEVERITIES.slice(0, SEVERITIES.indexOf(anomaly.severity)).map((severity) => ({
      ...base,
      labels: labelsOf(anomaly, severity, render.extraLabels),
      endsAt: anomaly.status === "resolved" ? endsAt : iso(render.now),
    }));
    return [current, ...lower];
  });
}

/** A fingerprint of what Alertmanager should know, to push at once when it changes. */
export function alertStateKey(anomalies: readonly AlertmanagerAnomaly[]): string {
  return anomalies
    .map((a) => `${a.id}:${a.severity}:${a.status}`)
    .sort()
    .join(",");
}
