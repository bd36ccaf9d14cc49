import { SEVERITIES, type Severity } from "../../schemas/anomalies";

export interface WebhookFilter {
  minSeverity: Severity;
  /** null: every ring */
  rings: string[] | null;
  /** null: every event type */
  events: string[] | null;
}

const rank = (severity: Severity) => SEVERITIES.indexOf(severity);

/** Whether an alert of this type, severity and ring goes to an endpoint with this filter. */
export function matchesWebhook(filter: WebhookFilter, alert: { type: string; severity: Severity; ring: string | null }): boolean {
  if (rank(alert.severity) < rank(filter.minSeverity)) return false;
  if (filter.events && !filter.events.includes(alert.type)) return false;
  // An event that concerns no particular ring (e.g. a deployment that finished) goes to ring-filtered endpoints too.
  if (filter.rings && alert.ring !== null && !filter.rings.includes(alert.ring)) return false;
  return true;
}
