import { z } from "zod";
import { SEVERITIES } from "./anomalies";
import { ALERT_TYPES } from "./webhooks";

/** The bell polls one short page; the API allows a longer look back. */
export const DEFAULT_ALERT_PAGE_SIZE = 20;
export const MAX_ALERT_PAGE_SIZE = 100;

const alertId = z.string().regex(/^[1-9][0-9]{0,18}$/, "an alert id");

/** Alerts about anomalies, or about deployments (the prefix of their type). */
export const ALERT_KINDS = ["anomaly", "deployment"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const alertListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_ALERT_PAGE_SIZE).default(DEFAULT_ALERT_PAGE_SIZE),
  before: alertId.optional().describe("an alert id: only older alerts (pass the previous page's nextCursor)"),
  kind: z.enum(ALERT_KINDS).optional().describe("only alerts about anomalies, or about deployments"),
  type: z.enum(ALERT_TYPES).optional(),
  severity: z.enum(SEVERITIES).optional(),
  deploymentId: z.uuid().optional().describe("alerts about this deployment and its anomalies"),
  unread: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true")
    .describe("`true`: only alerts the calling user has not read; ignored for API keys, which have no account"),
  since: z.iso.datetime({ offset: true }).optional().describe("only alerts raised at or after this instant"),
  until: z.iso.datetime({ offset: true }).optional().describe("only alerts raised before this instant"),
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
  deploymentId: z.string().nullable().describe("the deployment the alert is about (an anomaly's: the deployment it was raised against)"),
  anomalyId: z.string().nullable(),
  unread: z.boolean().nullable().describe("not yet read by the calling user (their own actions count as read); null for API keys, which have no account"),
});
export type AlertView = z.infer<typeof alertSchema>;

export const alertPageSchema = z.object({
  items: z.array(alertSchema),
  nextCursor: z.string().nullable(),
  unreadCount: z
    .number()
    .int()
    .nullable()
    .describe("every alert the calling user has not read, whatever the filters; null for API keys, which have no account"),
});
export type AlertPage = z.infer<typeof alertPageSchema>;

export const markAlertsReadSchema = z
  .object({
    upTo: alertId.optional().describe('marks this alert and every older one read ("mark all read" sends the newest it shows)'),
    ids: z.array(alertId).min(1).max(MAX_ALERT_PAGE_SIZE).optional().describe("marks these alerts read"),
  })
  .refine((body) => (body.upTo === undefined) !== (body.ids === undefined), { message: "send either upTo or ids" });

export const alertReadStateSchema = z.object({ unreadCount: z.number().int() });
