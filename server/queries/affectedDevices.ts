import type { CsvColumn } from "../../core/export/csv";
import type { AffectedDevice, Recovery } from "../../schemas/anomalies";
import type { ListTotal } from "../../schemas/pagination";
import type { Sql } from "../db/sql";
import { CURSOR, decodeCursor, keysetPage } from "./cursor";
import { deviceStateExpression } from "./deviceState";
import { countMatching, sqlParams } from "./listTotal";

/** How far back the remediation queue looks for anomalies whose devices may still need a hand. */
const REMEDIATION_HORIZON_DAYS = 30;

interface AffectedRow {
  device_id: string;
  anomaly_id: string;
  kind: AffectedDevice["kind"];
  severity: AffectedDevice["severity"];
  ring: string;
  hostname: string | null;
  os: string | null;
  os_version: string | null;
  model: string | null;
  state: AffectedDevice["state"];
  last_seen_at: Date | null;
  affected_at: Date;
  component: string;
  offered_version: string;
  reported_version: string | null;
}

const AFFECTED_SELECT = (nowParam: string) => `
  SELECT ad.device_id, a.id::text AS anomaly_id, a.kind, a.severity, a.ring, d.hostname, d.os, d.os_version, d.model,
         CASE WHEN d.device_id IS NULL THEN 'silent' ELSE ${deviceStateExpression(nowParam)} END AS state,
         d.last_seen_at, ad.affected_at, a.component, a.version AS offered_version, d.versions ->> a.component AS reported_version
  FROM anomaly_devices ad JOIN anomalies a ON a.id = ad.anomaly_id LEFT JOIN devices d ON d.device_id = ad.device_id`;

function toAffected(r: AffectedRow): AffectedDevice {
  return {
    deviceId: r.device_id,
    anomalyId: r.anomaly_id,
    kind: r.kind,
    severity: r.severity,
    ring: r.ring,
    hostname: r.hostname,
    os: r.os,
    osVersion: r.os_version,
    model: r.model,
    state: r.state,
    lastSeenAt: r.last_seen_at && new Date(r.last_seen_at).toISOString(),
    affectedAt: new Date(r.affected_at).toISOString(),
    component: r.component,
    offeredVersion: r.offered_version,
    reportedVersion: r.reported_version,
  };
}

/** FROM ... WHERE of one anomaly's devices in a state (`unhealthy`: anything but healthy), for the page and its count. */
function affectedFrom(anomalyId: string, query: { state?: string; afterDeviceId?: string }, now: Date, add: (value: unknown) => string): string {
  const nowParam = add(now.toISOString());
  const where = [`ad.anomaly_id = ${add(anomalyId)}`];
  if (query.afterDeviceId !== undefined) where.push(`ad.device_id > ${add(query.afterDeviceId)}`);
  const stateFilter = query.state === "unhealthy" ? "state <> 'healthy'" : query.state ? `state = ${add(query.state)}` : "true";
  return `FROM (${AFFECTED_SELECT(nowParam)} WHERE ${where.join(" AND ")}) x WHERE ${stateFilter}`;
}

/** The devices that showed one anomaly, with their state now, and how many match. */
export async function listAffectedDevices(sql: Sql, anomalyId: string, query: { state?: string; limit: number; cursor?: string }, now: Date) {
  const page = sqlParams();
  const afterDeviceId = query.cursor ? decodeCursor(query.cursor, CURSOR.text).id : undefined;
  const from = affectedFrom(anomalyId, { state: query.state, afterDeviceId }, now, page.add);
  const count = sqlParams();
  const [rows, total] = await Promise.all([
    sql.query<AffectedRow>(`SELECT * ${from} ORDER BY device_id LIMIT ${page.add(query.limit + 1)}`, page.values),
    countMatching(sql, affectedFrom(anomalyId, { state: query.state }, now, count.add), count.values),
  ]);
  const { page: items, nextCursor } = keysetPage(rows, query.limit, (last) => ({ value: "", id: last.device_id }));
  return { items: items.map(toAffected), nextCursor, ...total };
}

/** How many of an anomaly's devices came back healthy, and how many are still down, by how. */
export async function anomalyRecovery(sql: Sql, anomalyId: string, now: Date): Promise<Recovery> {
  const rows = await sql.query<{ state: string; count: number }>(
    `SELECT state, count(*)::int AS count FROM (${AFFECTED_SELECT("$1")} WHERE ad.anomaly_id = $2) x GROUP BY state`,
    [now.toISOString(), anomalyId],
  );
  const count = (state: string) => rows.find((r) => r.state === state)?.count ?? 0;
  return {
    affected: rows.reduce((sum, r) => sum + r.count, 0),
    recovered: count("healthy"),
    crashed: count("crashed"),
    bootLooping: count("boot_loop"),
    silent: count("silent"),
  };
}

type RemediationFilter = { ring?: string; state?: string; anomalyId?: string };

/**
 * The remediation queue: every device an anomaly of the last 30 days touched that is still not
 * healthy, once (with its most severe, most specific — a boot loop says more than silence — then newest
 * anomaly): the list an on-site team works from. `FROM ... WHERE` of the filters, for the page and its count.
 */
function remediationFrom(filter: RemediationFilter & { afterDeviceId?: string }, now: Date, add: (value: unknown) => string): string {
  const nowParam = add(now.toISOString());
  const where = [`a.detected_at >= ${nowParam}::timestamptz - make_interval(days => ${REMEDIATION_HORIZON_DAYS})`];
  if (filter.anomalyId) where.push(`a.id = ${add(filter.anomalyId)}`);
  if (filter.ring) where.push(`a.ring = ${add(filter.ring)}`);
  const outer = ["state <> 'healthy'"];
  if (filter.state) outer.push(`state = ${add(filter.state)}`);
  if (filter.afterDeviceId !== undefined) outer.push(`device_id > ${add(filter.afterDeviceId)}`);
  return `FROM (
       SELECT DISTINCT ON (x.device_id) x.* FROM (${AFFECTED_SELECT(nowParam)} WHERE ${where.join(" AND ")}) x
       ORDER BY x.device_id, CASE x.severity WHEN 'critical' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,
         CASE x.kind WHEN 'boot_loop' THEN 0 WHEN 'crash_rate' THEN 1 ELSE 2 END, x.affected_at DESC
     ) q WHERE ${outer.join(" AND ")}`;
}

/** One page of the queue by device id, without the count (the CSV download reads these). */
export async function remediationPage(sql: Sql, query: RemediationFilter & { limit: number; cursor?: string }, now: Date) {
  const { values, add } = sqlParams();
  const afterDeviceId = query.cursor ? decodeCursor(query.cursor, CURSOR.text).id : undefined;
  const from = remediationFrom({ ...query, afterDeviceId }, now, add);
  const rows = await sql.query<AffectedRow>(`SELECT * ${from} ORDER BY device_id LIMIT ${add(query.limit + 1)}`, values);
  const { page, nextCursor } = keysetPage(rows, query.limit, (last) => ({ value: "", id: last.device_id }));
  return { items: page.map(toAffected), nextCursor };
}

export function countRemediation(sql: Sql, filter: RemediationFilter, now: Date): Promise<ListTotal> {
  const { values, add } = sqlParams();
  return countMatching(sql, remediationFrom(filter, now, add), values);
}

export async function listRemediation(sql: Sql, query: RemediationFilter & { limit: number; cursor?: string }, now: Date) {
  const [page, total] = await Promise.all([remediationPage(sql, query, now), countRemediation(sql, query, now)]);
  return { ...page, ...total };
}

const CSV_FIELDS: (keyof AffectedDevice)[] = [
  "deviceId",
  "hostname",
  "ring",
  "state",
  "os",
  "osVersion",
  "model",
  "lastSeenAt",
  "component",
  "offeredVersion",
  "reportedVersion",
  "kind",
  "severity",
  "anomalyId",
  "affectedAt",
];
export const REMEDIATION_CSV_COLUMNS: readonly CsvColumn<AffectedDevice>[] = CSV_FIELDS.map((field) => [field, (d: AffectedDevice) => d[field]] as const);
