import { isAnomalyAlert, type AlertEvent } from "../../../core/alerts/events";
import { anomalyName, releaseName } from "../../../core/names";
import { appConfig, type AppConfig } from "../../config";

export type PublicUrlSettings = Pick<AppConfig, "RINGWATCH_PUBLIC_URL" | "PORT">;

/** Base URL for links inside alerts: RINGWATCH_PUBLIC_URL (without trailing slashes), else this server on localhost. */
export function publicUrl(settings: PublicUrlSettings = appConfig()): string {
  return settings.RINGWATCH_PUBLIC_URL ?? `http://localhost:${settings.PORT}`;
}

/** The page a human should open for this alert. */
export function alertLink(event: AlertEvent, baseUrl: string): string {
  switch (event.type) {
    case "webhook.test":
      return `${baseUrl}/settings/webhooks`;
    case "anomaly.opened":
    case "anomaly.updated":
    case "anomaly.acknowledged":
    case "anomaly.resolved":
      return `${baseUrl}/anomalies/${event.data.anomaly.id}`;
    default:
      return `${baseUrl}/deployments/${event.data.deployment.id}`;
  }
}

/** One line that says what happened, for titles and PagerDuty summaries. */
export function alertTitle(event: AlertEvent): string {
  switch (event.type) {
    case "webhook.test":
      return "Ringwatch test alert";
    case "anomaly.opened":
    case "anomaly.updated":
    case "anomaly.acknowledged":
    case "anomaly.resolved": {
      const a = event.data.anomaly;
      const verb = event.type.slice("anomaly.".length);
      return `[${a.severity}] ${anomalyName(a)} ${verb}`;
    }
    case "deployment.stage_promoted": {
      // The promotion of the last stage ends the rollout: it says so, rather than repeat the ring it left.
      const d = event.data.deployment;
      return d.status === "completed"
        ? `Deployment of ${releaseName(d)} completed`
        : `Deployment of ${releaseName(d)} promoted to ${d.ring ?? "the next ring"}`;
    }
    default: {
      const d = event.data.deployment;
      const verb = event.type.slice("deployment.".length).replace("_", " ");
      return `Deployment of ${releaseName(d)} ${verb}${d.ring ? ` (${d.ring})` : ""}`;
    }
  }
}

/** Label/value facts shown by the chat formats. */
export function alertFacts(event: AlertEvent): { label: string; value: string }[] {
  if (event.type === "webhook.test") return [{ label: "Message", value: event.data.message }];
  if (isAnomalyAlert(event)) {
    const a = event.data.anomaly;
    const suspect = a.topSuspect ? `${a.topSuspect.dimension} = ${a.topSuspect.value} (${Math.round(a.topSuspect.share * 100)}% of affected)` : "none";
    return [
      { label: "Severity", value: a.severity },
      { label: "Ring", value: a.ring },
      { label: "Version", value: `${a.component} ${a.version}` },
      { label: "Affected", value: `${a.affected} of ${a.exposed} exposed` },
      { label: "Top suspect", value: suspect },
      { label: "Status", value: a.status },
    ];
  }
  const { data } = event;
  return [
    { label: "Status", value: data.deployment.status },
    { label: "Ring", value: data.deployment.ring ?? "-" },
    { label: "Version", value: `${data.deployment.component} ${data.deployment.version}` },
    { label: "By", value: data.actor },
    { label: "Reason", value: data.reason },
    ...(data.hold
      ? [{ label: "Cohort", value: `${data.hold.dimension} = ${data.hold.value} (${data.hold.devices} devices${data.hold.revert ? ", reverted" : ""})` }]
      : []),
  ];
}
