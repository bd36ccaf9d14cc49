import type { RingView } from "../../schemas/rollouts";
import { ringRanges, type RingRange } from "../../core/rings/assignment";
import type { Sql } from "../db/sql";

/** The rings as they are now: their names in ring order, and the hash ranges that place unpinned devices. */
export interface RingSet {
  names: string[];
  ranges: RingRange[];
}

export async function loadRingSet(sql: Sql): Promise<RingSet> {
  const rings = await sql.query<{ name: string; order: number; percent: number | null }>('SELECT name, "order", percent FROM rings ORDER BY "order", name');
  return { names: rings.map((r) => r.name), ranges: ringRanges(rings) };
}

export async function currentRingRanges(sql: Sql): Promise<RingRange[]> {
  return (await loadRingSet(sql)).ranges;
}

/**
 * SQL for a device's ring: its pin, else the ring whose bucket range holds it, as a CASE over the
 * ranges (bound as parameters through `bind`, which returns the placeholder).
 */
export function ringExpression(ranges: RingRange[], bind: (value: unknown) => string, alias = "d"): string {
  const branches = ranges
    .filter((r) => r.to > r.from)
    .map((r) => `WHEN ${alias}.hash_bucket < ${bind(r.to)}::int THEN ${bind(r.name)}::text`)
    .join(" ");
  return branches ? `COALESCE(${alias}.ring_pin, CASE ${branches} END)` : `${alias}.ring_pin`;
}

export async function listRings(sql: Sql): Promise<RingView[]> {
  return sql.query<RingView>('SELECT id::text AS id, name, "order", percent FROM rings ORDER BY "order", name');
}
