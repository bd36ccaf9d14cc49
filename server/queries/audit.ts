import type { z } from "zod";
import type { auditQuerySchema } from "../../schemas/rollouts";
import type { Sql } from "../db/sql";
import { CURSOR, decodeCursor, keysetPage } from "./cursor";

interface AuditRow {
  id: number;
  at: Date;
  actor: string;
  action: string;
  target_type: string;
  target_id: string;
  reason: string | null;
  before: unknown;
  after: unknown;
}

export async function listAudit(sql: Sql, query: z.infer<typeof auditQuerySchema>) {
  const params: unknown[] = [];
  const add = (value: unknown) => `$${params.push(value)}`;
  const where: string[] = [];
  if (query.targetType) where.push(`target_type = ${add(query.targetType)}`);
  if (query.targetId) where.push(`target_id = ${add(query.targetId)}`);
  if (query.cursor) where.push(`id < ${add(Number(decodeCursor(query.cursor, CURSOR.serial).id))}`);
  const rows = await sql.query<AuditRow>(
    `SELECT id::int AS id, at, actor, action, target_type, target_id, reason, before, after FROM audit_log
     ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id DESC LIMIT ${add(query.limit + 1)}`,
    params,
  );
  const { page, nextCursor } = keysetPage(rows, query.limit, (last) => ({ value: "", id: String(last.id) }));
  return {
    items: page.map((r) => ({
      id: r.id, at: new Date(r.at).toISOString(), actor: r.actor, action: r.action, targetType: r.target_type,
      targetId: r.target_id, reason: r.reason, before: r.before, after: r.after,
    })),
    nextCursor,
  };
}
