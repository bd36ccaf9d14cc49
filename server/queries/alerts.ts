import type { AlertEvent } from "../../core/alerts/events";
import { isAnomalyAlert } from "../../core/alerts/events";
import type { AlertListQuery, AlertPage, AlertView } from "../../schemas/alerts";
import { TEST_ALERT_TYPE } from "../../schemas/webhooks";
import { alertLink, alertTitle } from "../alerts/formats/links";
import type { Sql } from "../db/sql";
import { IN_FEED_SQL } from "./alertFeed";
import { readerCte, UNREAD_SQL, unreadCount } from "./alertReads";

interface AlertRow {
  id: string;
  payload: AlertEvent;
  created_at: Date | string;
  unread: boolean | null;
  endpoints: number;
  delivered: number;
  pending: number;
  failing: number;
  dead: number;
}

/** In-app links are paths: the browser is already on this server. */
const IN_APP = "";

/** The WHERE clauses of the list's filters, with their parameters appended to `params`. */
function filters(query: AlertListQuery, params: unknown[], reader: boolean): string[] {
  const add = (value: unknown) => `$${params.push(value)}`;
  const where = [IN_FEED_SQL];
  if (query.before) where.push(`o.id < ${add(query.before)}::bigint`);
  if (query.kind) where.push(`o.type LIKE ${add(`${query.kind}.%`)}`);
  if (query.type) where.push(`o.type = ${add(query.type)}`);
  if (query.severity) where.push(`o.severity = ${add(query.severity)}`);
  if (query.deploymentId) {
    const id = add(query.deploymentId);
    where.push(`(o.payload -> 'data' -> 'deployment' ->> 'id' = ${id} OR o.payload -> 'data' -> 'anomaly' ->> 'deploymentId' = ${id})`);
  }
  if (query.since) where.push(`o.created_at >= ${add(query.since)}`);
  if (query.until) where.push(`o.created_at < ${add(query.until)}`);
  if (query.unread && reader) where.push(UNREAD_SQL);
  return where;
}

/**
 * Recent alerts, newest first, each with how its webhook deliveries stand and, for a signed-in user,
 * whether they have read it. Keyset on the outbox id (a bigserial: newer alerts have larger ids).
 * Webhook test probes and routine progress are not in the feed (alertFeed.ts). `userId` null: an API key, no read state.
 */
export async function listAlerts(sql: Sql, query: AlertListQuery, userId: string | null): Promise<AlertPage> {
  const params: unknown[] = [];
  const reader = userId !== null;
  const cte = reader ? `WITH ${readerCte(`$${params.push(userId)}`)}` : "";
  const where = filters(query, params, reader);
  const rows = await sql.query<AlertRow>(
    `${cte} SELECT o.id::text AS id, o.payload, o.created_at, ${reader ? UNREAD_SQL : "NULL::boolean"} AS unread, d.*
     FROM alert_outbox o ${reader ? "CROSS JOIN me" : ""}
     CROSS JOIN LATERAL (
       SELECT count(*)::int AS endpoints,
              count(*) FILTER (WHERE status = 'delivered')::int AS delivered,
              count(*) FILTER (WHERE status = 'pending')::int AS pending,
              count(*) FILTER (WHERE status = 'failed')::int AS failing,
              count(*) FILTER (WHERE status = 'dead')::int AS dead
       FROM webhook_deliveries WHERE outbox_id = o.id
     ) d
     WHERE ${where.join(" AND ")}
     ORDER BY o.id DESC LIMIT $${params.push(query.limit + 1)}`,
    params,
  );
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(alertView),
    nextCursor: rows.length > query.limit && last ? last.id : null,
    unreadCount: reader ? await unreadCount(sql, userId) : null,
  };
}

function alertView(row: AlertRow): AlertView {
  const event = row.payload;
  if (event.type === TEST_ALERT_TYPE) throw new Error(`alert ${row.id} is a webhook test probe`); // the query leaves them out
  const anomaly = isAnomalyAlert(event) ? event.data.anomaly : null;
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
    deploymentId: anomaly ? anomaly.deploymentId : isAnomalyAlert(event) ? null : event.data.deployment.id,
    anomalyId: anomaly?.id ?? null,
    unread: row.unread,
  };
}
