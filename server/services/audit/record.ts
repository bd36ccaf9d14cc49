import type { AuditAction, AuditTargetType } from "../../../schemas/audit";
import { actorLabel } from "../../auth/principal";
import type { Sql } from "../../db/sql";
import type { ServiceContext } from "../context";

export interface AuditRecord {
  actor: string;
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string;
  /** What the target is called now (a ring's name, a user's email): the log reads without looking ids up. */
  targetName?: string | null;
  reason?: string | null;
  /** Never secrets, password hashes or webhook URLs (a chat webhook's URL is its credential): the log is readable with `read`. */
  before?: unknown;
  after?: unknown;
  /** When it happened (ctx.now); a sign-in record without one takes the database's clock. */
  at?: Date;
}

/** Written in the caller's transaction, so an action and its audit entry land together or not at all. */
export async function recordAudit(tx: Sql, entry: AuditRecord): Promise<void> {
  await tx.query(
    `INSERT INTO audit_log (at, actor, action, target_type, target_id, target_name, reason, before, after)
     VALUES (COALESCE($1::timestamptz, now()), $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb)`,
    [
      entry.at?.toISOString() ?? null,
      entry.actor,
      entry.action,
      entry.targetType,
      entry.targetId,
      entry.targetName ?? null,
      entry.reason ?? null,
      JSON.stringify(entry.before ?? null),
      JSON.stringify(entry.after ?? null),
    ],
  );
}

/** The same, with the actor and the time taken from the service's context. */
export function auditChange(tx: Sql, ctx: ServiceContext, entry: Omit<AuditRecord, "actor" | "at">): Promise<void> {
  return recordAudit(tx, { ...entry, actor: actorLabel(ctx.actor), at: ctx.now });
}
