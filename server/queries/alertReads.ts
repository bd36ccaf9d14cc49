import type { Sql } from "../db/sql";
import { IN_FEED_SQL } from "./alertFeed";

/**
 * Per-account read state of the alert feed (the alert_reads migration explains the tables). An
 * alert is unread for a user when it is newer than their marker, was not read on its own, was
 * raised after their account existed, and was not their own doing (they know what they just did).
 */

/** The reader's facts the unread test needs, as a CTE named `me` over the user `userParam` (one row even for an unknown id). */
export const readerCte = (userParam: string) => `me AS (
  SELECT ${userParam}::uuid AS id, coalesce(u.email, '') AS email, coalesce(u.created_at, '-infinity'::timestamptz) AS created_at,
         coalesce(m.read_up_to, 0) AS up_to
  FROM (SELECT 1) AS one
  LEFT JOIN users u ON u.id = ${userParam}::uuid
  LEFT JOIN alert_read_markers m ON m.user_id = ${userParam}::uuid
)`;

/** True for an outbox row `o` the reader in `me` has not read. */
export const UNREAD_SQL = `(o.id > me.up_to AND o.created_at >= me.created_at
  AND coalesce(o.payload -> 'data' ->> 'actor', '') <> me.email
  AND NOT EXISTS (SELECT 1 FROM alert_reads r WHERE r.user_id = me.id AND r.outbox_id = o.id))`;

/** How many alerts of the feed this user has not read. */
export async function unreadCount(sql: Sql, userId: string): Promise<number> {
  const [row] = await sql.query<{ n: number }>(
    `WITH ${readerCte("$1")} SELECT count(*)::int AS n FROM alert_outbox o CROSS JOIN me WHERE ${IN_FEED_SQL} AND ${UNREAD_SQL}`,
    [userId],
  );
  return row?.n ?? 0;
}

/** Moves the user's marker up to `upTo` (never back) and drops the single reads it now covers. */
export async function markReadUpTo(tx: Sql, userId: string, upTo: string, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO alert_read_markers (user_id, read_up_to, updated_at) VALUES ($1, $2::bigint, $3)
     ON CONFLICT (user_id) DO UPDATE SET read_up_to = greatest(alert_read_markers.read_up_to, EXCLUDED.read_up_to), updated_at = EXCLUDED.updated_at`,
    [userId, upTo, now.toISOString()],
  );
  await tx.query("DELETE FROM alert_reads r USING alert_read_markers m WHERE r.user_id = $1 AND m.user_id = r.user_id AND r.outbox_id <= m.read_up_to", [
    userId,
  ]);
}

/** Records these alerts read on their own (those that exist and lie above the marker). */
export async function markRead(tx: Sql, userId: string, ids: readonly string[], now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO alert_reads (user_id, outbox_id, read_at)
     SELECT $1::uuid, o.id, $3 FROM alert_outbox o
     WHERE o.id::text IN (SELECT jsonb_array_elements_text($2::jsonb))
       AND o.id > coalesce((SELECT read_up_to FROM alert_read_markers WHERE user_id = $1::uuid), 0)
     ON CONFLICT (user_id, outbox_id) DO NOTHING`,
    [userId, JSON.stringify(ids), now.toISOString()],
  );
}
