import type { AlertEvent } from "../../core/alerts/events";
import type { AlertListQuery, AlertView } from "../../schemas/alerts";
import { TEST_ALERT_TYPE } from "../../schemas/webhooks";
import { alertLink, alertTitle } from "../alerts/formats/links";
import type { Sql } from "../db/sql";

interface AlertRow {
  id: string;
  payload: AlertEvent;
  created_at: Date | string;
  endpoints: number;
  delivered: number;
  pending: number;
  failing: number;
  dead: number;
}

/** In-app links are paths: the browser is already on this server. */
const IN_APP = "";

/**
 * Recent alerts, newest first, each with how its webhook deliveries stand. Keyset on the outbox id
 * (a bigserial: newer alerts have larger ids). `webhook.test` probes are not alerts about the fleet.
 */
export async function listAlerts(sql: Sql, query: AlertListQuery): Promise<{ items: AlertView[]; nextCursor: string | null }> {
  const params: unknown[] = [TEST_ALERT_TYPE];
  const before = query.before ? `AND o.id < $${params.push(query.before)}::bigint` : "";
  const rows = await sql.query<AlertRow>(
    `SELECT o.id::text AS id, o.payload, o.created_at, d.*
     FROM alert_outbox o
     CROSS JOIN LATERAL (
       SELECT count(*)::int AS endpoints,
              count(*) FILTER (WHERE status = 'delivered')::int AS delivered,
              count(*) FILTER (WHERE status = 'pending')::int AS pending,
              count(*) FILTER (WHERE status = 'failed')::int AS failing,
              count(*) FILTER (WHERE status = 'dead')::int AS dead
       FROM webhook_deliveries WHERE outbox_id = o.id
     ) d
     WHERE o.type <> $1 ${before}
     ORDER BY o.id DESC LIMIT $${params.push(query.limit + 1)}`,
    params,
  );
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return { items: page.map(alertView), nextCursor: rows.length > query.limit && last ? last.id : null };
}

function alertView(row: AlertRow): AlertView {
  const event = row.payload;
  if (event.type === TEST_ALERT_TYPE) throw new Error(`alert ${row.id} is a webhook test probe`); // the query leaves them out
  return {
    id: row.id,
    type: event.type,
    severity: event.severity,
    ring: event.ring,
    title: alertTitle(event),
    href: alertLink(event, IN_APP),
    at: new Date(row.created_at).toISOString(),
    actor: event.data.actor ?? null,
    delivery: { endpoints: row.endpoints, delivered: row.delivered, pending: row.pending, failing: row.failing, dead: row.dead },
  };
}
