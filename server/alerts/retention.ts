/**
 * Alert history is kept for a while (the in-app feed, the delivery log), not for ever: delivered and
 * dead deliveries older than the retention period (RINGWATCH_ALERT_RETENTION_DAYS) go, with their
 * attempts, then outbox rows no delivery refers to any more. Undelivered ones are never pruned; they
 * turn dead after 72 h anyway.
 */
import type { Sql } from "../db/sql";

/** Rows per statement, so a first prune of a large backlog does not hold locks for long. */
const BATCH = 5_000;

/** Deletes up to one batch of each; returns how many rows went, so callers can run again while it is > 0. */
export async function pruneAlertHistory(sql: Sql, now: Date, retentionDays: number): Promise<{ deliveries: number; alerts: number }> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  const deliveries = await sql.query<{ id: string }>(
    `DELETE FROM webhook_deliveries WHERE id IN (
       SELECT id FROM webhook_deliveries WHERE status IN ('delivered', 'dead') AND created_at < $1 LIMIT ${BATCH})
     RETURNING id::text AS id`,
    [cutoff],
  );
  const alerts = await sql.query<{ id: string }>(
    `DELETE FROM alert_outbox WHERE id IN (
       SELECT o.id FROM alert_outbox o WHERE o.created_at < $1 AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.outbox_id = o.id) LIMIT ${BATCH})
     RETURNING id::text AS id`,
    [cutoff],
  );
  return { deliveries: deliveries.length, alerts: alerts.length };
}
