import type { CsvColumn } from "../../core/export/csv";
import type { AuditEntry, AuditFilterQuery, AuditQuery } from "../../schemas/audit";
import type { Sql } from "../db/sql";
import { CURSOR, decodeCursor, keysetPage } from "./cursor";
import { countMatching, sqlParams, whereSql } from "./listTotal";

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

/** One page, newest first, without the count (the CSV download reads these). */
export async function auditPage(sql: Sql, query: Pick<AuditQuery, "limit" | "cursor"> & AuditFilter) {
  const { values, add } = sqlParams();
  const where = filterClauses(query, add);
  if (query.cursor) where.push(`id < ${add(Number(decodeCursor(query.cursor, CURSOR.serial).id))}`);
  const rows = await sql.query<AuditRow>(
    `SELECT id::int AS id, at, actor, action, target_type, target_id, target_name, reason, before, after FROM audit_log
     ${whereSql(where)} ORDER BY id DESC LIMIT ${add(query.limit + 1)}`,
    values,
  );
  const { page, nextCursor } = keysetPage(rows, query.limit, (last) => ({ value: "", id: String(last.id) }));
  return { items: page.map(toEntry), nextCursor };
}

/** How many entries the filter matches (capped, see countMatching). */
export function countAudit(sql: Sql, filter: AuditFilter) {
  const { values, add } = sqlParams();
  return countMatching(sql, `FROM audit_log ${whereSql(filterClauses(filter, add))}`, values);
}

export async function listAudit(sql: Sql, query: Pick<AuditQuery, "limit" | "cursor"> & AuditFilter) {
  const [page, total] = await Promise.all([auditPage(sql, query), countAudit(sql, query)]);
  return { ...page, ...total };
}

const snapshot = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value));

export const AUDIT_CSV_COLUMNS: readonly CsvColumn<AuditEntry>[] = [
  ["id", (e) => e.id],
  ["at", (e) => e.at],
  ["actor", (e) => e.actor],
  ["action", (e) => e.action],
  ["targetType", (e) => e.targetType],
  ["targetId", (e) => e.targetId],
  ["targetName", (e) => e.targetName],
  ["reason", (e) => e.reason],
  ["before", (e) => snapshot(e.before)],
  ["after", (e) => snapshot(e.after)],
];
