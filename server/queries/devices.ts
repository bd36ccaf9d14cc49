import type { Device, DeviceDetail, DeviceListQuery, DeviceSummary, TimelineEntry } from "../../schemas/devices";
import { DEVICE_STATES, type DeviceState } from "../../core/devices/state";
import type { CsvColumn } from "../../core/export/csv";
import type { ListTotal } from "../../schemas/pagination";
import type { Sql } from "../db/sql";
import { invalid } from "../services/errors";
import { CURSOR, decodeCursor, keysetPage } from "./cursor";
import { deviceStateExpression } from "./deviceState";
import { countMatching, sqlParams, whereSql } from "./listTotal";
import type { RingRange } from "../../core/rings/assignment";
import { currentRingRanges, ringExpression } from "./rings";
import { likePattern } from "./textSearch";

const TIMELINE_LIMIT = 500;

interface DeviceListRow {
  device_id: string;
  hostname: string | null;
  os: string | null;
  os_version: string | null;
  model: string | null;
  ring: string | null;
  ring_pin: string | null;
  state: DeviceState;
  versions: Record<string, string>;
  tags: Record<string, string> | null;
  first_seen_at: Date;
  last_seen_at: Date;
  last_heartbeat_at: Date | null;
  interval_sec: number | null;
  uptime_sec: number | null;
  boot_id: string | null;
  last_crash_at: Date | null;
  last_crash_kind: string | null;
  boot_loop_at: Date | null;
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

function toDevice(row: DeviceListRow): Device {
  return {
    deviceId: row.device_id,
    hostname: row.hostname,
    os: row.os,
    osVersion: row.os_version,
    model: row.model,
    ring: row.ring,
    ringPinned: row.ring_pin !== null,
    state: row.state,
    versions: row.versions,
    tags: row.tags ?? {},
    firstSeenAt: iso(row.first_seen_at) as string,
    lastSeenAt: iso(row.last_seen_at) as string,
    lastHeartbeatAt: iso(row.last_heartbeat_at),
    intervalSec: row.interval_sec,
    uptimeSec: row.uptime_sec,
    bootId: row.boot_id,
    lastCrashAt: iso(row.last_crash_at),
    lastCrashKind: row.last_crash_kind,
    bootLoopAt: iso(row.boot_loop_at),
  };
}

const SELECT_DEVICE = (stateSql: string, ringSql: string, extraColumns = "") => `
  SELECT ${extraColumns} d.device_id, d.hostname, d.os, d.os_version, d.model, ${ringSql} AS ring, d.ring_pin, ${stateSql} AS state,
         d.versions, d.tags, d.first_seen_at, d.last_seen_at, d.last_heartbeat_at, d.interval_sec, d.uptime_sec,
         d.boot_id, d.last_crash_at, d.last_crash_kind, d.boot_loop_at
  FROM devices d`;

/** Keyset order for each sort: the sort column, then device_id to break ties. */
const SORTS = {
  device_id: { column: "d.device_id", direction: "ASC" },
  hostname: { column: "COALESCE(d.hostname, '')", direction: "ASC" },
  last_seen: { column: "d.last_seen_at", direction: "DESC" },
} as const;

type DeviceFilter = Omit<DeviceListQuery, "limit" | "cursor" | "sort" | "format">;

/**
 * The WHERE clauses of the list's filters, for both the page and its count. The ring's ranges and
 * `now` are bound only when a clause needs them: PostgreSQL refuses a parameter no clause uses.
 */
function deviceFilterClauses(filter: DeviceFilter, ringSql: () => string, stateSql: () => string, add: (value: unknown) => string): string[] {
  const where: string[] = [];
  if (filter.ring) where.push(`${ringSql()} = ${add(filter.ring)}`);
  if (filter.state) where.push(`${stateSql()} = ${add(filter.state)}`);
  if (filter.component && filter.version) where.push(`d.versions ->> ${add(filter.component)} = ${add(filter.version)}`);
  else if (filter.component) where.push(`jsonb_exists(d.versions, ${add(filter.component)})`);
  else if (filter.version) throw invalid("Filtering by version needs a component too.", [{ path: "$.version", message: "add component=NAME" }]);
  if (filter.q) {
    const pattern = add(likePattern(filter.q));
    where.push(`(d.device_id ILIKE ${pattern} OR d.hostname ILIKE ${pattern})`);
  }
  return where;
}

/** One page in the chosen order, without the count (the CSV download reads these). */
export async function devicePage(sql: Sql, query: Omit<DeviceListQuery, "format">, now: Date, ranges?: RingRange[]) {
  const { values, add } = sqlParams([now.toISOString()]);
  const stateSql = deviceStateExpression("$1");
  const ringSql = ringExpression(ranges ?? (await currentRingRanges(sql)), add);
  const where = deviceFilterClauses(
    query,
    () => ringSql,
    () => stateSql,
    add,
  );
  const sort = SORTS[query.sort];
  const cursor = query.cursor ? decodeCursor(query.cursor, query.sort === "last_seen" ? CURSOR.timeAndText : CURSOR.textAndText) : null;
  if (cursor) {
    const op = sort.direction === "ASC" ? ">" : "<";
    const sortValue = query.sort === "last_seen" ? `${add(cursor.value)}::timestamptz` : add(cursor.value);
    where.push(`(${sort.column}, d.device_id) ${op} (${sortValue}, ${add(cursor.id)})`);
  }
  const rows = await sql.query<DeviceListRow & { sort_value: unknown }>(
    `${SELECT_DEVICE(stateSql, ringSql, `${sort.column} AS sort_value,`)}
     ${whereSql(where)}
     ORDER BY ${sort.column} ${sort.direction}, d.device_id ${sort.direction} LIMIT ${add(query.limit + 1)}`,
    values,
  );
  const { page, nextCursor } = keysetPage(rows, query.limit, (last) => ({
    value: last.sort_value instanceof Date ? last.sort_value.toISOString() : String(last.sort_value),
    id: last.device_id,
  }));
  return { items: page.map(toDevice), nextCursor };
}

/** How many devices the filters match (capped, see countMatching). */
export async function countDevices(sql: Sql, filter: DeviceFilter, now: Date, ranges?: RingRange[]): Promise<ListTotal> {
  const { values, add } = sqlParams();
  const ringRanges = ranges ?? (await currentRingRanges(sql));
  const ringSql = () => ringExpression(ringRanges, add);
  let nowParam: string | undefined;
  const stateSql = () => deviceStateExpression((nowParam ??= add(now.toISOString())));
  return countMatching(sql, `FROM devices d ${whereSql(deviceFilterClauses(filter, ringSql, stateSql, add))}`, values);
}

export async function listDevices(
  sql: Sql,
  query: Omit<DeviceListQuery, "format">,
  now: Date,
): Promise<{ items: Device[]; nextCursor: string | null } & ListTotal> {
  const ranges = await currentRingRanges(sql);
  const [page, total] = await Promise.all([devicePage(sql, query, now, ranges), countDevices(sql, query, now, ranges)]);
  return { ...page, ...total };
}

export async function getDevice(sql: Sql, deviceId: string, now: Date): Promise<DeviceDetail | null> {
  const params: unknown[] = [now.toISOString(), deviceId];
  const ringSql = ringExpression(await currentRingRanges(sql), (value) => `$${params.push(value)}`);
  const [row] = await sql.query<DeviceListRow>(`${SELECT_DEVICE(deviceStateExpression("$1"), ringSql)} WHERE d.device_id = $2`, params);
  if (!row) return null;
  const events = await sql.query<{ type: TimelineEntry["type"]; ts: Date; received_at: Date; payload: Record<string, unknown> }>(
    "SELECT type, ts, received_at, payload FROM events WHERE device_id = $1 ORDER BY ts DESC LIMIT $2",
    [deviceId, TIMELINE_LIMIT],
  );
  const timeline = events.map((e) => {
    const ts = iso(e.ts) as string;
    return { type: e.type, ts, receivedAt: iso(e.received_at) as string, event: { type: e.type, deviceId, ts, ...e.payload } };
  });
  return { ...toDevice(row), timeline };
}

export async function deviceSummary(sql: Sql, now: Date): Promise<DeviceSummary> {
  const params: unknown[] = [now.toISOString()];
  const ringSql = ringExpression(await currentRingRanges(sql), (value) => `$${params.push(value)}`);
  const rows = await sql.query<{ ring: string | null; state: DeviceState; devices: number }>(
    `SELECT ${ringSql} AS ring, ${deviceStateExpression("$1")} AS state, count(*)::int AS devices
     FROM devices d GROUP BY 1, 2`,
    params,
  );
  const byState = Object.fromEntries(DEVICE_STATES.map((s) => [s, 0])) as Record<DeviceState, number>;
  const byRing = new Map<string, number>();
  for (const row of rows) {
    byState[row.state] += row.devices;
    const ring = row.ring ?? "unassigned";
    byRing.set(ring, (byRing.get(ring) ?? 0) + row.devices);
  }
  return {
    devices: rows.reduce((sum, r) => sum + r.devices, 0),
    byState,
    byRing: [...byRing].map(([ring, devices]) => ({ ring, devices })),
  };
}

const versionsText = (versions: Record<string, string>) =>
  Object.entries(versions)
    .map(([component, version]) => `${component}=${version}`)
    .join(" ");

export const DEVICE_CSV_COLUMNS: readonly CsvColumn<Device>[] = [
  ["deviceId", (d) => d.deviceId],
  ["hostname", (d) => d.hostname],
  ["ring", (d) => d.ring],
  ["ringPinned", (d) => d.ringPinned],
  ["state", (d) => d.state],
  ["versions", (d) => versionsText(d.versions)],
  ["os", (d) => d.os],
  ["osVersion", (d) => d.osVersion],
  ["model", (d) => d.model],
  ["firstSeenAt", (d) => d.firstSeenAt],
  ["lastSeenAt", (d) => d.lastSeenAt],
  ["lastHeartbeatAt", (d) => d.lastHeartbeatAt],
  ["lastCrashAt", (d) => d.lastCrashAt],
  ["lastCrashKind", (d) => d.lastCrashKind],
  ["bootLoopAt", (d) => d.bootLoopAt],
  ["tags", (d) => (Object.keys(d.tags).length ? JSON.stringify(d.tags) : "")],
];
