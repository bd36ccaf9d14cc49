import { z } from "zod";
import { SEVERITIES } from "./anomalies";
import { pageQuerySchema } from "./pagination";

export const ALERT_TYPES = [
  "anomaly.opened",
  "anomaly.updated",
  "anomaly.acknowledged",
  "anomaly.resolved",
  "deployment.paused",
  "deployment.resumed",
  "deployment.halted",
  "deployment.rolled_back",
  "deployment.stage_promoted",
  "deployment.cohort_held",
  "deployment.hold_released",
] as const;
export type AlertType = (typeof ALERT_TYPES)[number];
/** Sent only by `POST /webhooks/{id}/test`; never enqueued by the system. */
export const TEST_ALERT_TYPE = "webhook.test";

export const WEBHOOK_FORMATS = ["json", "slack", "pagerduty", "teams"] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];
export const DELIVERY_STATUSES = ["pending", "delivered", "failed", "dead"] as const;

/** Standard Webhooks: a symmetric signing secret is at least 24 random bytes (192 bits). */
export const WEBHOOK_SECRET_MIN_BYTES = 24;
const WHSEC_PREFIX = "whsec_";
// Padded base64 only: the official verifier (@stablelib/base64) throws on anything else.
const PADDED_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const BASE64_CHARS_PER_QUANTUM = 4;
const BYTES_PER_QUANTUM = 3;

/** How many bytes a `whsec_` secret decodes to, or null when it is not `whsec_` and padded base64. */
export function whsecKeyBytes(secret: string): number | null {
  if (!secret.startsWith(WHSEC_PREFIX)) return null;
  const encoded = secret.slice(WHSEC_PREFIX.length);
  if (!encoded || !PADDED_BASE64.test(encoded)) return null;
  const padding = encoded.length - encoded.replace(/=+$/, "").length;
  return (encoded.length / BASE64_CHARS_PER_QUANTUM) * BYTES_PER_QUANTUM - padding;
}

export const createWebhookSchema = z
  .object({
    url: z.url({ protocol: /^https?$/ }).max(2048),
    format: z.enum(WEBHOOK_FORMATS).default("json"),
    // Only json signs with the secret. pagerduty's is a routing key PagerDuty issues (an address, not
    // a key we can demand entropy of) and slack/teams ignore it, so those keep the plain length bounds.
    secret: z
      .string()
      .trim()
      .min(1)
      .max(256)
      .optional()
      .describe(
        `json: \`whsec_\` and the base64 of at least ${WEBHOOK_SECRET_MIN_BYTES} random bytes (generated when absent); pagerduty: the integration's routing key`,
      ),
    minSeverity: z.enum(SEVERITIES).default("info").describe("anomaly severity; deployment events count as warning (paused, halted, rolled back) or info"),
    rings: z.array(z.string().min(1).max(64)).max(64).nullable().optional().describe("null or absent: every ring"),
    events: z.array(z.enum(ALERT_TYPES)).min(1).nullable().optional().describe("null or absent: every event type"),
    enabled: z.boolean().default(true),
  })
  .superRefine((input, ctx) => {
    if (input.format === "json" && input.secret !== undefined && (whsecKeyBytes(input.secret) ?? 0) < WEBHOOK_SECRET_MIN_BYTES) {
      ctx.addIssue({
        code: "custom",
        path: ["secret"],
        message: `a json webhook secret is \`whsec_\` followed by the padded base64 of at least ${WEBHOOK_SECRET_MIN_BYTES} random bytes (192 bits); omit it to have one generated`,
      });
    }
    if (input.format === "pagerduty" && !input.secret) {
      ctx.addIssue({ code: "custom", path: ["secret"], message: "a pagerduty webhook needs the integration's routing key as its secret" });
    }
  });
export type CreateWebhook = z.infer<typeof createWebhookSchema>;

export const updateWebhookSchema = z.object({
  url: z
    .url({ protocol: /^https?$/ })
    .max(2048)
    .optional(),
  minSeverity: z.enum(SEVERITIES).optional(),
  rings: z.array(z.string().min(1).max(64)).max(64).nullable().optional(),
  events: z.array(z.enum(ALERT_TYPES)).min(1).nullable().optional(),
  enabled: z.boolean().optional(),
});
export type UpdateWebhook = z.infer<typeof updateWebhookSchema>;

export const webhookSchema = z.object({
  id: z.string(),
  url: z.string(),
  format: z.enum(WEBHOOK_FORMATS),
  secretHint: z.string().nullable().describe("first characters of the secret, to recognise it"),
  minSeverity: z.enum(SEVERITIES),
  rings: z.array(z.string()).nullable(),
  events: z.array(z.enum(ALERT_TYPES)).nullable(),
  enabled: z.boolean(),
  failing: z.boolean().describe("several deliveries in a row have failed"),
  failingSince: z.string().nullable(),
  consecutiveFailures: z.number().int(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type WebhookView = z.infer<typeof webhookSchema>;

export const createdWebhookSchema = webhookSchema.extend({
  secret: z.string().nullable().describe("shown once; store it now"),
});

export const deliveryAttemptSchema = z.object({
  id: z.string(),
  deliveryId: z.string(),
  messageId: z.string().describe("the `webhook-id` header, the same on every attempt of a delivery"),
  type: z.string(),
  deliveryStatus: z.enum(DELIVERY_STATUSES),
  attemptedAt: z.string(),
  outcome: z.enum(["delivered", "failed", "dead"]),
  statusCode: z.number().int().nullable(),
  latencyMs: z.number().int(),
  response: z.string().nullable().describe("the start of the receiver's answer"),
  error: z.string().nullable(),
});
export type DeliveryAttemptView = z.infer<typeof deliveryAttemptSchema>;

export const deliveryQuerySchema = pageQuerySchema;

export const testDeliverySchema = z.object({
  deliveryId: z.string(),
  messageId: z.string(),
  delivered: z.boolean(),
  statusCode: z.number().int().nullable(),
  latencyMs: z.number().int(),
  error: z.string().nullable(),
});

export const redeliverySchema = z.object({ deliveryId: z.string(), messageId: z.string(), status: z.enum(DELIVERY_STATUSES) });
