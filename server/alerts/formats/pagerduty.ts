import type { AlertEvent } from "../../../core/alerts/events";
import type { FormatInput, OutgoingRequest } from "./index";
import { alertFacts, alertLink, alertTitle } from "./links";

type EventAction = "trigger" | "acknowledge" | "resolve";

/**
 * Anomalies map onto one incident each (dedup_key = anomaly id). A stopped deployment opens an
 * incident keyed by the deployment; resuming or promoting it resolves that incident (PagerDuty
 * ignores a resolve for a key it does not know).
 */
function actionOf(event: AlertEvent): { action: EventAction; dedupKey: string } {
  switch (event.type) {
    case "webhook.test":
      return { action: "trigger", dedupKey: `ringwatch-test-${event.data.webhookId}` };
    case "anomaly.opened":
    case "anomaly.updated":
      return { action: "trigger", dedupKey: event.data.anomaly.id };
    case "anomaly.acknowledged":
      return { action: "acknowledge", dedupKey: event.data.anomaly.id };
    case "anomaly.resolved":
      return { action: "resolve", dedupKey: event.data.anomaly.id };
    // A hold is its own incident: releasing it resolves that one, not the deployment's.
    case "deployment.cohort_held":
      return { action: "trigger", dedupKey: `hold-${event.data.hold?.id ?? event.data.deployment.id}` };
    case "deployment.hold_released":
      return { action: "resolve", dedupKey: `hold-${event.data.hold?.id ?? event.data.deployment.id}` };
    case "deployment.resumed":
    case "deployment.stage_promoted":
      return { action: "resolve", dedupKey: `deployment-${event.data.deployment.id}` };
    default:
      return { action: "trigger", dedupKey: `deployment-${event.data.deployment.id}` };
  }
}

/** PagerDuty Events API v2; the webhook's secret is the integration's routing key. */
export function pagerDutyRequest({ event, secret, baseUrl }: FormatInput): OutgoingRequest {
  const { action, dedupKey } = actionOf(event);
  const body: Record<string, unknown> = { routing_key: secret ?? "", event_action: action, dedup_key: dedupKey };
  if (action === "trigger") {
    body.payload = {
      summary: alertTitle(event).slice(0, 1024),
      source: event.ring ? `ringwatch/${event.ring}` : "ringwatch",
      severity: event.severity,
      timestamp: event.at,
      component: "anomaly" in event.data ? event.data.anomaly.component : "deployment" in event.data ? event.data.deployment.component : undefined,
      group: event.ring ?? undefined,
      class: event.type,
      custom_details: Object.fromEntries(alertFacts(event).map((f) => [f.label, f.value])),
    };
    body.links = [{ href: alertLink(event, baseUrl), text: "Open in Ringwatch" }];
    body.client = "Ringwatch";
    body.client_url = alertLink(event, baseUrl);
  }
  return { headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
}
