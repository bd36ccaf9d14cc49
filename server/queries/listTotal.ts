import { TOTAL_COUNT_CAP, type ListTotal } from "../../schemas/pagination";
import type { Sql } from "../db/sql";

/** A statement's parameters: `add(value)` binds one and returns its placeholder (`$3`). */
export function sqlParams(initial: readonly unknown[] = []) {
  const values = [...initial];
  return { values, add: (value: unknown) => `$${values.push(value)}` };
}

export const whereSql = (clauses: readonly string[]) => (clauses.length ? `WHERE ${clauses.join(" AND ")}` : "");

/**
 * How many rows `SELECT ... <fromWhere>` matches, counted up to TOTAL_COUNT_CAP: the LIMIT lets
 * PostgreSQL stop scanning once the cap is passed, so a broad filter on a big fleet stays cheap.
 */
export async function countMatching(sql: Sql, fromWhere: string, params: readonly unknown[]): Promise<ListTotal> {
  const [row] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM (SELECT 1 ${fromWhere} LIMIT ${TOTAL_COUNT_CAP + 1}) capped`, [...params]);
  const n = row?.n ?? 0;
  return n > TOTAL_COUNT_CAP ? { total: TOTAL_COUNT_CAP, totalIsLowerBound: true } : { total: n, totalIsLowerBound: false };
}
