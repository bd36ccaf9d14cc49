/** The benchmark's events as CSV rows for COPY into whatever columns the app's events table has. */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { dedupeKeyOf } from "../../core/ingest/triage";
import type { IngestEvent } from "../../schemas/events";
import { dedupeUuid } from "../../server/services/ingest/accept";
import type { HeartbeatEvent } from "../fleet/devices";
import { BASELINE_TABLE, type EventsColumn, type EventsSchema } from "./eventsSchema";
import { batchRanges, benchEvent, type BenchPlan } from "./workload";

export type CopyValue = string | number | boolean | Date | object | null;

/**
 * What the baseline writes into one column of the app's events table, recognised by name; undefined
 * leaves the column to its default. Unknown columns are matched to an event field by camelCase name
 * (e.g. `interval_sec`), and required ones without default get a plausible value of their type.
 */
export function columnValue(column: EventsColumn, event: HeartbeatEvent, receivedAt: Date): CopyValue | undefined {
  if (column.generated) return undefined;
  switch (column.name) {
    case "dedupe_key":
    case "dedupeKey":
      // The app keys events by a UUID digest of the contract's dedupe key; write the same value.
      return column.dataType === "uuid" ? dedupeUuid(dedupeKeyOf(event as unknown as IngestEvent)) : (event.eventId ?? null);
    case "event_id":
    case "eventId":
      return event.eventId ?? null;
    case "type":
      return event.type;
    case "device_id":
    case "deviceId":
      return event.deviceId;
    case "ts":
      return new Date(event.ts);
    case "received_at":
    case "receivedAt":
      return receivedAt;
    case "boot_id":
    case "bootId":
      return event.bootId;
    case "payload": {
      // As the app stores it: type, deviceId and ts live in their own columns.
      const { type: _type, deviceId: _deviceId, ts: _ts, ...fields } = event;
      return fields;
    }
  }
  const field = (event as unknown as Record<string, unknown>)[camelCase(column.name)];
  if (field !== undefined) return field as CopyValue;
  const required = !column.nullable && column.defaultExpr === null && !column.identity;
  return required ? fallbackValue(column, event, receivedAt) : undefined;
}

function fallbackValue(column: EventsColumn, event: HeartbeatEvent, receivedAt: Date): CopyValue {
  if (column.dataType === "uuid") return randomUUID();
  if (/int|numeric|double|real/.test(column.dataType)) return 0;
  if (column.dataType.startsWith("timestamp")) return receivedAt;
  if (column.dataType === "jsonb" || column.dataType === "json") return {};
  if (column.dataType === "boolean") return false;
  return event.eventId ?? event.deviceId;
}

function camelCase(name: string): string {
  return name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

export function csvField(value: CopyValue | undefined, column: EventsColumn): string {
  if (value === null || value === undefined) return ""; // unquoted empty = NULL in CSV COPY
  if (value instanceof Date) return /int|numeric/.test(column.dataType) ? String(value.getTime()) : value.toISOString();
  if (column.dataType === "json" || column.dataType === "jsonb") return csvQuote(JSON.stringify(value));
  if (typeof value === "object") return csvQuote(JSON.stringify(value));
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return csvQuote(value);
}

function csvQuote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The columns the baseline fills, decided once from a sample event. */
export function copyColumns(schema: EventsSchema, sample: HeartbeatEvent): EventsColumn[] {
  const now = new Date();
  return schema.columns.filter((column) => columnValue(column, sample, now) !== undefined);
}

export function copySql(columns: EventsColumn[], source: string): string {
  const list = columns.map((column) => pg.escapeIdentifier(column.name)).join(", ");
  return `COPY ${BASELINE_TABLE} (${list}) FROM ${source} WITH (FORMAT csv)`;
}

/** CSV chunks with the batch boundaries of the app run: each chunk is one COPY, one commit. */
export function copyChunks(plan: BenchPlan, columns: EventsColumn[]): Buffer[] {
  const receivedAt = new Date();
  return batchRanges(plan.warmupEvents, plan.total, plan.batch).map(([start, end]) => {
    const lines: string[] = [];
    for (let i = start; i < end; i += 1) {
      const event = benchEvent(plan, i);
      lines.push(columns.map((column) => csvField(columnValue(column, event, receivedAt), column)).join(","));
    }
    return Buffer.from(`${lines.join("\n")}\n`);
  });
}
