import type { Sql } from "../../db/sql";

export interface AuditRecord {
  actor: string;
  action: string;
  targetType: "deployment" | "release" | "ring" | "user" | "api_key" | "anomaly";
  targetId: string;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Written in the caller's transaction, so an action and its audit entry land together or not at all. */
export async function recordAudit(tx: Sql, entry: AuditRecord): Promise<void> {
  await tx.query(
    "INSERT INTO audit_log (actor, action, target_type, target_id, reason, before, after) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)",
    [entry.actor, entry.action, entry.targetType, entry.targetId, entry.reason ?? null, JSON.stringify(entry.before ?? null), JSON.stringify(entry.after ?? null)],
  );
}
