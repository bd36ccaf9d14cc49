/**
 * The delivery worker: sends each endpoint's oldest undelivered message when it is due, retries
 * with backoff, and keeps all state in the database so a restart picks up where it left off.
 * Order is kept per endpoint: an endpoint's next message waits until the earlier one is delivered
 * (or dead after the give-up window, so one poisoned message cannot block an endpoint forever).
 */
import { FAILING_AFTER, nextAttempt, parseRetryAfter } from "../../core/alerts/backoff";
import type { AlertEvent } from "../../core/alerts/events";
import { TEST_ALERT_TYPE, type WebhookFormat } from "../../schemas/webhooks";
import { appConfig } from "../config";
import type { Database } from "../db/database";
import type { Sql } from "../db/sql";
import { renderAlert } from "./formats";
import { publicUrl, type PublicUrlSettings } from "./formats/links";
import { sendWebhook, type SendResult } from "./send";
import type { AllowListSettings } from "./ssrf";

/** Endpoints served in parallel per pass; each endpoint still gets one message at a time. */
const ENDPOINTS_PER_PASS = 16;
/** Messages sent back to back to one endpoint per pass, so a long backlog does not hold the leader lock for ever. */
const MAX_PER_ENDPOINT_PER_PASS = 50;
/** Statuses whose Retry-After we honour (rate limited, temporarily unavailable). */
const RETRY_AFTER_STATUSES = new Set([429, 503]);
const RESPONSE_LOG_CHARS = 512;

export interface DeliveryHead {
  id: string;
  message_id: string;
  attempts: number;
  created_at: Date;
  webhook_id: string;
  url: string;
  format: WebhookFormat;
  secret: string | null;
  payload: AlertEvent;
}

export interface DispatchClock {
  now(): Date;
  random(): number;
}

const systemClock: DispatchClock = { now: () => new Date(), random: Math.random };

/** Where links in messages point and which private hosts may be reached. */
export type DeliverySettings = PublicUrlSettings & AllowListSettings;

const HEAD_COLUMNS = `d.id::text AS id, d.message_id, d.attempts, d.created_at, w.id::text AS webhook_id, w.url, w.format, w.secret, o.payload`;

/** Each endpoint's oldest undelivered message, if it is due (all endpoints, or just one). */
async function dueHeads(sql: Sql, now: Date, webhookId: string | null = null): Promise<DeliveryHead[]> {
  return sql.query<DeliveryHead>(
    `SELECT ${HEAD_COLUMNS}
     FROM webhooks w
     JOIN LATERAL (SELECT * FROM webhook_deliveries x WHERE x.webhook_id = w.id AND x.status IN ('pending', 'failed') ORDER BY x.id LIMIT 1) d ON true
     JOIN alert_outbox o ON o.id = d.outbox_id
     WHERE w.enabled AND d.next_attempt_at <= $1 AND ($3::uuid IS NULL OR w.id = $3::uuid)
     ORDER BY d.next_attempt_at LIMIT $2`,
    [now.toISOString(), ENDPOINTS_PER_PASS, webhookId],
  );
}

export async function loadDeliveryHead(sql: Sql, deliveryId: string): Promise<DeliveryHead | null> {
  const [row] = await sql.query<DeliveryHead>(
    `SELECT ${HEAD_COLUMNS} FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id JOIN alert_outbox o ON o.id = d.outbox_id WHERE d.id = $1`,
    [deliveryId],
  );
  return row ?? null;
}

export interface DispatchResult {
  attempted: number;
  delivered: number;
}

/**
 * One pass: due endpoints are served in parallel, each draining its own queue in order until a
 * failure or nothing more is due, so a slow endpoint does not pace the others' backlogs.
 */
export async function deliverDue(db: Database, clock: DispatchClock = systemClock, settings: DeliverySettings = appConfig()): Promise<DispatchResult> {
  const result: DispatchResult = { attempted: 0, delivered: 0 };
  const heads = await dueHeads(db.sql, clock.now());
  await Promise.all(heads.map((head) => drainEndpoint(db, head, clock, settings, result)));
  return result;
}

async function drainEndpoint(db: Database, first: DeliveryHead, clock: DispatchClock, settings: DeliverySettings, result: DispatchResult): Promise<void> {
  let head: DeliveryHead | undefined = first;
  for (let sent = 0; head && sent < MAX_PER_ENDPOINT_PER_PASS; sent++) {
    const outcome = await attemptDelivery(db, head, clock, settings);
    result.attempted += 1;
    if (!outcome.ok) return;
    result.delivered += 1;
    [head] = await dueHeads(db.sql, clock.now(), head.webhook_id);
  }
}

/** Sends one message now and records the attempt, its outcome and the endpoint's health together. */
export async function attemptDelivery(
  db: Database,
  head: DeliveryHead,
  clock: DispatchClock = systemClock,
  settings: DeliverySettings = appConfig(),
): Promise<SendResult> {
  const request = renderAlert(head.format, {
    event: head.payload,
    messageId: head.message_id,
    secret: head.secret,
    baseUrl: publicUrl(settings),
    now: clock.now(),
  });
  const sent = await sendWebhook(head.url, request, settings);
  await recordAttempt(db.sql, head, sent, clock);
  return sent;
}

async function recordAttempt(sql: Sql, head: DeliveryHead, sent: SendResult, clock: DispatchClock): Promise<void> {
  const now = clock.now();
  const attempts = head.attempts + 1;
  const retryAfter = sent.statusCode !== null && RETRY_AFTER_STATUSES.has(sent.statusCode) ? parseRetryAfter(sent.retryAfter, now) : null;
  // A test alert is a one-shot probe: its failure is reported to the admin, not retried.
  const retryable = head.payload.type !== TEST_ALERT_TYPE;
  const decision = sent.ok || !retryable ? null : nextAttempt(attempts, new Date(head.created_at), now, retryAfter, clock.random());
  const status = sent.ok ? "delivered" : decision?.retry ? "failed" : "dead";
  const nextAt = decision?.retry ? decision.at : now;
  const response = sent.response?.slice(0, RESPONSE_LOG_CHARS) ?? null;
  await sql.transaction(async (tx) => {
    await tx.query(
      `UPDATE webhook_deliveries SET status = $2, attempts = $3, next_attempt_at = $4, last_attempt_at = $5, last_status_code = $6,
         last_latency_ms = $7, last_response = $8, last_error = $9, delivered_at = CASE WHEN $2 = 'delivered' THEN $5::timestamptz ELSE delivered_at END
       WHERE id = $1`,
      [head.id, status, attempts, nextAt.toISOString(), now.toISOString(), sent.statusCode, sent.latencyMs, response, sent.error],
    );
    await tx.query(
      // The webhook may have been deleted while the request was in flight: then there is nothing to log.
      `INSERT INTO webhook_delivery_attempts (delivery_id, attempted_at, status_code, latency_ms, response, error, outcome)
       SELECT id, $2, $3, $4, $5, $6, $7 FROM webhook_deliveries WHERE id = $1`,
      [head.id, now.toISOString(), sent.statusCode, sent.latencyMs, response, sent.error, status === "failed" ? "failed" : status],
    );
    if (sent.ok) {
      await tx.query("UPDATE webhooks SET consecutive_failures = 0, failing_since = NULL WHERE id = $1", [head.webhook_id]);
    } else {
      await tx.query(
        `UPDATE webhooks SET consecutive_failures = consecutive_failures + 1,
           failing_since = COALESCE(failing_since, CASE WHEN consecutive_failures + 1 >= $2 THEN $3::timestamptz END)
         WHERE id = $1`,
        [head.webhook_id, FAILING_AFTER, now.toISOString()],
      );
    }
  });
}
