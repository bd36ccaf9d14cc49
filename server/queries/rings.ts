import { ringRanges, type RingRange } from "../../core/rings/assignment";
import type { Sql } from "../db/sql";

export async function currentRingRanges(sql: Sql): Promise<RingRange[]> {
  const rings = await sql.query<{ name: string; order: number; percent: number }>('SELECT name, "order", percent FROM rings');
  return ringRanges(rings.map((r) => ({ ...r, percent: Number(r.percent) })));
}

/** SQL for a device's ring: its pin, else the ring whose bucket range holds it. `$n` is the ranges as jsonb. */
export function ringExpression(rangesParam: string, alias = "d"): string {
  return `COALESCE(${alias}.ring_pin, (SELECT rr.name FROM jsonb_to_recordset(${rangesParam}::jsonb) AS rr(name text, "from" int, "to" int)
    WHERE ${alias}.hash_bucket >= rr."from" AND ${alias}.hash_bucket < rr."to"))`;
}

export interface RingView {
  id: string;
  name: string;
  order: number;
  percent: number;
}

export async function listRings(sql: Sql): Promise<RingView[]> {
  const rows = await sql.query<RingView>('SELECT id::text AS id, name, "order", percent FROM rings ORDER BY "order", name');
  return rows.map((r) => ({ ...r, percent: Number(r.percent) }));
}
