import { z } from "zod";
import { SEVERITIES } from "./anomalies";
import { ALERT_TYPES } from "./webhooks";

/** The bell polls one short page; the API allows a longer look back. */
export const DEFAULT_ALERT_PAGE_SIZE = 20;
export const MAX_ALERT_PAGE_SIZE = 100;

export const alertListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_ALERT_PAGE_SIZE).default(DEFAULT_ALERT_PAGE_SIZE),
  before: z
    .string()
    .regex(/^[1-9][0-9]{0,18}$/, "an alert id")
    .optional()
    .describe("an alert id: only older alerts (pass the previous page's nextCursor)"),
});
export type AlertListQuery = z.infer<typeof alertListQuerySchema>;

export const alertDeliverySchema = z.object({
  endpoints: z.number().int().describe("webhooks whose filters matched when the alert was raised; 0: no webhook matched"),
  delivered: z.number().int(),
  pending: z.number().int().describe("queued, not yet attempted"),
  failing: z.number().int().describe("failed at least once; will be retried"),
  dead: z.number().int().describe("gave up after the last retry"),
});
export type AlertDelivery = z.infer<typeof alertDeliverySchema>;

export const alertSchema = z.object({
  id: z.string().describe("increases with every alert: newer alerts have larger ids"),
  type: z.enum(ALERT_TYPES),
  severity: z.enum(SEVERITIES),
  ring: z.string().nullable(),
  title: z.string().describe("the same line the webhooks carry"),
  href: z.string().describe("the in-app page of the anomaly or deployment"),
  at: z.string(),
  actor: z.string().nullable().describe('the user, key or "system" behind the change'),
  delivery: alertDeliverySchema,
});
export type AlertView = z.infer<typeof alertSchema>;
