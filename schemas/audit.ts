import { z } from "zod";
import { pageQuerySchema } from "./pagination";

/** What an audit entry can be about. */
export const AUDIT_TARGET_TYPES = ["deployment", "release", "ring", "anomaly", "device", "user", "api_key", "webhook"] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

/**
 * Every action the log records, `<target type>.<what happened>`. Deployment entries name the
 * operator's action as the actions endpoint takes it (`deployment.pause`); the others say what
 * happened to the target (`webhook.deleted`).
 */
export const AUDIT_ACTIONS = [
  "deployment.start",
  "deployment.pause",
  "deployment.resume",
  "deployment.halt",
  "deployment.rollback",
  "deployment.promote",
  "deployment.hold",
  "deployment.hold_released",
  "release.created",
  "ring.created",
  "ring.updated",
  "anomaly.opened",
  "anomaly.escalated",
  "anomaly.acknowledged",
  "anomaly.resolved",
  "anomaly.reopened",
  "device.repair",
  "user.created",
  "user.renamed",
  "user.role_changed",
  "user.disabled",
  "user.enabled",
  "user.password_reset",
  "user.signed_in",
  "user.sign_in_failed",
  "api_key.created",
  "api_key.revoked",
  "webhook.created",
  "webhook.updated",
  "webhook.deleted",
  "webhook.tested",
  "webhook.redelivered",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  targetName: z.string().nullable().describe("what the target was called when the entry was written, if it has a name"),
  reason: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** `webhook.created` matches that action; `webhook.` every action on webhooks. */
export const ACTION_FILTER = /^[a-z][a-z_]*\.([a-z][a-z_]*)?$/;

export const auditQuerySchema = pageQuerySchema.extend({
  actor: z.string().min(1).max(256).optional().describe("exact actor, e.g. `admin@example.com`, `key:deployer` or `system`"),
  action: z
    .string()
    .max(64)
    .regex(ACTION_FILTER, "an action such as `webhook.created`, or a prefix such as `webhook.`")
    .optional()
    .describe("exact action, or every action of a target type when it ends with a dot (`webhook.`)"),
  targetType: z.enum(AUDIT_TARGET_TYPES).optional(),
  targetId: z.string().max(128).optional(),
  format: z.enum(["json", "csv"]).default("json").describe("`csv` downloads every matching entry"),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
export type AuditFilterQuery = Omit<AuditQuery, "limit" | "cursor" | "format">;
