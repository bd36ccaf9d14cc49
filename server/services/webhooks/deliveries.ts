import { TEST_ALERT_TYPE, type DeliveryAttemptView } from "../../../schemas/webhooks";
import { attemptDelivery, loadDeliveryHead } from "../../alerts/deliver";
import { insertDeliveries } from "../../alerts/outbox";
import { CURSOR, decodeCursor, keysetPage } from "../../queries/cursor";
import { auditChange } from "../audit/record";
import { webhookName } from "../audit/targetNames";
import type { ServiceContext } from "../context";
import { notFound } from "../errors";
import { getWebhook, lockWebhook } from "./manage";

interface AttemptRow {
  id: string;
  delivery_id: string;
  message_id: string;
  type: string;
  delivery_status: DeliveryAttemptView["deliveryStatus"];
  attempted_at: Date;
  outcome: DeliveryAttemptView["outcome"];
  status_code: number | null;
  latency_ms: number;
  response: string | null;
  error: string | null;
}

/** The endpoint's attempt log, newest first, keyset-paginated by attempt id. */
export async function listDeliveryAttempts(
  ctx: ServiceContext,
  webhookId: string,
  limit: number,
  cursor?: string,
): Promise<{ items: DeliveryAttemptView[]; nextCursor: string | null }> {
  await getWebhook(ctx, webhookId);
  const before = cursor ? decodeCursor(cursor, CURSOR.serial).id : null;
  const rows = await ctx.db.sql.query<AttemptRow>(
    `SELECT a.id::text AS id, d.id::text AS delivery_id, d.message_id, o.type, d.status AS delivery_status, a.attempted_at, a.outcome,
            a.status_code, a.latency_ms, a.response, a.error
     FROM webhook_delivery_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id JOIN alert_outbox o ON o.id = d.outbox_id
     WHERE d.webhook_id = $1 AND ($2::bigint IS NULL OR a.id < $2::bigint)
     ORDER BY a.id DESC LIMIT $3`,
    [webhookId, before, limit + 1],
  );
  const { page, nextCursor } = keysetPage(rows, limit, (last) => ({ value: "", id: last.id }));
  return {
    nextCursor,
    items: page.map((r) => ({
      id: r.id,
      deliveryId: r.delivery_id,
      messageId: r.message_id,
      type: r.type,
      deliveryStatus: r.delivery_status,
      attemptedAt: new Date(r.attempted_at).toISOString(),
      outcome: r.outcome,
      statusCode: r.status_code,
      latencyMs: r.latency_ms,
      response: r.response,
      error: r.error,
    })),
  };
}

/** Queues a delivery again, with the same `webhook-id`, as the endpoint's next message to send. */
export async function redeliver(ctx: ServiceContext, webhookId: string, deliveryId: string) {
  return ctx.db.sql.transaction(async (tx) => {
    const webhook = await lockWebhook(tx, webhookId, "KEY SHARE");
    const [current] = /^\d{1,18}$/.test(deliveryId)
      ? await tx.query<{ status: string }>("SELECT status FROM webhook_deliveries WHERE id = $1::bigint AND webhook_id = $2 FOR UPDATE", [
          deliveryId,
          webhookId,
        ])
      : [];
    if (!current) throw notFound(`Delivery ${deliveryId} of webhook ${webhookId}`);
    const [row] = await tx.query<{ id: string; message_id: string; status: "pending" }>(
      "UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = $2 WHERE id = $1::bigint RETURNING id::text AS id, message_id, status",
      [deliveryId, ctx.now.toISOString()],
    );
    await auditChange(tx, ctx, {
      action: "webhook.redelivered",
      targetType: "webhook",
      targetId: webhook.id,
      targetName: webhookName(webhook),
      before: { deliveryId: row.id, status: current.status },
      after: { deliveryId: row.id, messageId: row.message_id, status: row.status },
    });
    return { deliveryId: row.id, messageId: row.message_id, status: row.status };
  });
}

/** A test alert sent at once (outside the endpoint's queue) and logged like any delivery; the audit entry names the delivery. */
export async function sendTestAlert(ctx: ServiceContext, webhookId: string) {
  const { db, now } = ctx;
  const event = {
    type: TEST_ALERT_TYPE,
    at: now.toISOString(),
    severity: "info",
    ring: null,
    data: { webhookId, message: "Ringwatch can reach this endpoint." },
  };
  const delivery = await db.sql.transaction(async (tx) => {
    const webhook = await lockWebhook(tx, webhookId, "KEY SHARE");
    const [outbox] = await tx.query<{ id: string }>(
      "INSERT INTO alert_outbox (type, severity, ring, payload, created_at) VALUES ($1, 'info', NULL, $2::jsonb, $3) RETURNING id::text AS id",
      [event.type, JSON.stringify(event), event.at],
    );
    // Parked outside the dispatcher's statuses: this request sends it, and the attempt records the real outcome.
    const [row] = await insertDeliveries(tx, outbox.id, [webhook.id], event.at);
    await tx.query("UPDATE webhook_deliveries SET status = 'dead', next_attempt_at = $2 WHERE id = $1", [row.id, event.at]);
    await auditChange(tx, ctx, {
      action: "webhook.tested",
      targetType: "webhook",
      targetId: webhook.id,
      targetName: webhookName(webhook),
      after: { deliveryId: row.id, messageId: row.message_id },
    });
    return row;
  });
  const head = (await loadDeliveryHead(db.sql, delivery.id))!;
  const sent = await attemptDelivery(db, head);
  return {
    deliveryId: delivery.id,
    messageId: delivery.message_id,
    delivered: sent.ok,
    statusCode: sent.statusCode,
    latencyMs: sent.latencyMs,
    error: sent.error,
  };
}
