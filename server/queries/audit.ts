import { toCsv } from "../../core/export/csv";
import type { AuditEntry, AuditFilterQuery, AuditQuery } from "../../schemas/audit";
import { MAX_PAGE_SIZE } from "../../schemas/pagination";
import type { Sql } from "../db/sql";
import { CURSOR, decodeCursor, keysetPage } from "./cursor";

/** A download holds at most this many entries, newest first. */
export const MAX_AUDIT_CSV_ROWS = 100_000;

interface AuditRow {
  id: number;
  at: Date;
  actor: string;
  action: string;
  target_type: string;
  target_id: string;
  target_name: string | null;
  reason: string | null;
  before: unknown;
  after: unknown;
}

/** Who tried which email, and whether it has an account: for those who manage users, not every reader. */
export const SIGN_IN_ACTIONS = ["user.signed_in", "user.sign_in_failed"] as const;

/** What the reader may see: sign-in entries only when `seesSignIns` says so. */
export type AuditFilter = AuditFilterQuery & { seesSignIns?: boolean };

/** The WHERE clause of a filter; an action ending in `.` matches every action of that target type. */
function filterClauses(filter: AuditFilter, add: (value: unknown) => string): string[] {
  const where: string[] = [];
  if (!filter.seesSignIns) where.push(`action NOT IN (${SIGN_IN_ACTIONS.map((action) => add(action)).join(", ")})`);
  if (filter.actor) where.push(`actor = ${add(filter.actor)}`);
  if (filter.action?.endsWith(".")) where.push(`starts_with(action, ${add(filter.action)})`);
  else if (filter.action) where.push(`action = ${add(filter.action)}`);
  if (filter.targetType) where.push(`target_type = ${add(filter.targetType)}`);
  if (filter.targetId) where.push(`target_id = ${add(filter.targetId)}`);
  return where;
}

const toEntry = (r: AuditRow): AuditEntry => ({
  id: r.id,
  at: new Date(r.at).toISOString(),
  actor: r.actor,
  action: r.action,
  targetType: r.target_type,
  targetId: r.target_id,
  targetName: r.target_name,
  reason: r.reason,
  before: r.before,
  after: r.after,
});

export async function listAudit(sql: Sql, query: Pick<AuditQuery, "limit" | "cursor"> & AuditFilter) {
  const params: unknown[] = [];
  const add = (value: unknown) => `$${params.push(value)}`;
  const where = filterClauses(query, add);
  if (query.cursor) where.push(`id < ${add(Number(decodeCursor(query.cursor, CURSOR.serial).id))}`);
  const rows = await sql.query<AuditRow>(
    `SELECT id::int AS id, at, actor, action, target_type, target_id, target_name, reason, before, after FROM audit_log
     ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id DESC LIMIT ${add(query.limit + 1)}`,
    params,
  );
  const { page, nextCursor } = keysetPage(rows, query.limit, (last) => ({ value: "", id: String(last.id) }));
  return { items: page.map(toEntry), nextCursor };
}

/** Every entry the filter matches (up to MAX_AUDIT_CSV_ROWS), page by page, for the CSV download. */
export async function exportAudit(sql: Sql, filter: AuditFilter): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await listAudit(sql, { ...filter, limit: MAX_PAGE_SIZE, cursor });
    entries.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && entries.length < MAX_AUDIT_CSV_ROWS);
  return entries.slice(0, MAX_AUDIT_CSV_ROWS);
}

const CSV_COLUMNS = ["id", "at", "actor", "action", "targetType", "targetId", "targetName", "reason", "before", "after"] as const;

const snapshot = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value));

export function auditCsv(entries: readonly AuditEntry[]): string {
  return toCsv(
    CSV_COLUMNS,
    entries.map((e) => [e.id, e.at, e.actor, e.action, e.targetType, e.targetId, e.targetName, e.reason, snapshot(e.before), snapshot(e.after)]),
  );
}
