/**
 * The transactional outbox: an alert is written in the same transaction as the change it reports,
 * so a committed pause always has its alert and a rolled-back one never does.
 *
 * Fan-out happens here, at enqueue: each matching endpoint gets its delivery row at once. The
 * filters that apply are those in force when the event happened (editing a webhook later does not
 * rewrite history), an endpoint created later does not receive old alerts, and the dispatcher only
 * reads `webhook_deliveries`, where per-endpoint order is simply the row id.
 */
import type { AlertEvent } from "../../core/alerts/events";
import { matchesWebhook } from "../../core/alerts/match";
import type { Severity } from "../../schemas/anomalies";
import type { Sql } from "../db/sql";

interface WebhookFilterRow {
  id: string;
  min_severity: Severity;
  rings: string[] | null;
  events: string[] | null;
}

/** The endpoint ids this alert went to (possibly none; the outbox row is kept either way for the record). */
export async function enqueueAlert(tx: Sql, event: AlertEvent): Promise<string[]> {
  const [outbox] = await tx.query<{ id: string }>(
    "INSERT INTO alert_outbox (type, severity, ring, payload, created_at) VALUES ($1, $2, $3, $4::jsonb, $5) RETURNING id::text AS id",
    [event.type, event.severity, event.ring, JSON.stringify(event), event.at],
  );
  const webhooks = await tx.query<WebhookFilterRow>(`SELECT id::text AS id, min_severity,
            CASE WHEN cardinality(rings) > 0 THEN rings END AS rings, CASE WHEN cardinality(events) > 0 THEN events END AS events
     FROM webhooks WHERE enabled`);
  const targets = webhooks.filter((w) => matchesWebhook({ minSeverity: w.min_severity, rings: w.rings, events: w.events }, event)).map((w) => w.id);
  if (targets.length > 0) await insertDeliveries(tx, outbox.id, targets, event.at);
  return targets;
}

export async function insertDeliveries(tx: Sql, outboxId: string, webhookIds: string[], at: string): Promise<{ id: string; message_id: string }[]> {
  return tx.query<{ id: string; message_id: string }>(
    `INSERT INTO webhook_deliveries (webhook_id, outbox_id, message_id, next_attempt_at, created_at)
     SELECT w, $1::bigint, 'msg_' || replace(gen_random_uuid()::text, '-', ''), $3, $3 FROM unnest($2::uuid[]) WITH ORDINALITY AS t(w, n) ORDER BY n
     RETURNING id::text AS id, message_id`,
    [outboxId, webhookIds, at],
  );
}
