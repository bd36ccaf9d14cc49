import type { CreateWebhookInput } from "@/queries/webhooks";
import type { Webhook } from "@/queries/webhooks";

export const FORMAT_OPTIONS = [
  { value: "json", label: "JSON (Standard Webhooks, signed)" },
  { value: "slack", label: "Slack (incoming webhook)" },
  { value: "teams", label: "Microsoft Teams (Adaptive Card)" },
  { value: "pagerduty", label: "PagerDuty (Events API v2)" },
] as const;

export const SEVERITY_OPTIONS = [
  { value: "info", label: "Everything (info and up)" },
  { value: "warning", label: "Warning and critical" },
  { value: "critical", label: "Critical only" },
] as const;

export interface WebhookDraft {
  url: string;
  format: CreateWebhookInput["format"] & string;
  secret: string;
  minSeverity: CreateWebhookInput["minSeverity"] & string;
  rings: string;
}

export const EMPTY_WEBHOOK: WebhookDraft = { url: "", format: "json", secret: "", minSeverity: "info", rings: "" };

/** The request body: an empty secret lets the server generate one; an empty ring list means every ring. */
export function webhookInput(draft: WebhookDraft): CreateWebhookInput {
  const rings = draft.rings
    .split(",")
    .map((r) => r.trim())
    .filter(Boolean);
  const secret = draft.secret.trim();
  return { url: draft.url.trim(), format: draft.format, minSeverity: draft.minSeverity, ...(secret ? { secret } : {}), ...(rings.length ? { rings } : {}) };
}

export function secretHint(format: WebhookDraft["format"]): string {
  if (format === "pagerduty") return "The integration's routing key (required).";
  if (format === "json") return "Leave empty to generate a whsec_ secret, shown once.";
  return "Not used by this format.";
}

export type WebhookHealth = { label: string; tone: "success" | "danger" | "muted" };

export function webhookHealth(webhook: Webhook): WebhookHealth {
  if (!webhook.enabled) return { label: "disabled", tone: "muted" };
  if (webhook.failing) return { label: `failing (${webhook.consecutiveFailures} in a row)`, tone: "danger" };
  return { label: "healthy", tone: "success" };
}

export function filterSummary(webhook: Webhook): string {
  const rings = webhook.rings?.join(", ") ?? "all rings";
  const events = webhook.events ? `${webhook.events.length} event types` : "all events";
  return `${webhook.minSeverity}+ · ${rings} · ${events}`;
}
