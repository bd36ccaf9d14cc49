import { describe, expect, it } from "vitest";
import type { HeartbeatEvent } from "../fleet/devices";
import { columnValue, copySql, csvField } from "./copyRows";
import type { EventsColumn } from "./eventsSchema";

const column = (name: string, dataType: string, extra: Partial<EventsColumn> = {}): EventsColumn => ({
  name,
  dataType,
  fullType: dataType,
  nullable: false,
  defaultExpr: null,
  identity: false,
  generated: false,
  ...extra,
});

const event: HeartbeatEvent = {
  type: "heartbeat",
  deviceId: "dev-000001",
  ts: "2026-10-21T07:28:00.000Z",
  eventId: "dev-000001:boot-1:4",
  bootId: "boot-1",
  intervalSec: 10,
  uptimeSec: 3600,
  versions: { agent: "7.11.0" },
  hostname: "AMS-LT-000001",
};
const receivedAt = new Date("2026-10-21T07:28:01.000Z");

describe("columnValue", () => {
  it("fills the app's own columns from the event", () => {
    expect(columnValue(column("type", "USER-DEFINED"), event, receivedAt)).toBe("heartbeat");
    expect(columnValue(column("device_id", "text"), event, receivedAt)).toBe("dev-000001");
    expect(columnValue(column("ts", "timestamp with time zone"), event, receivedAt)).toEqual(new Date(event.ts));
    expect(columnValue(column("received_at", "timestamp with time zone"), event, receivedAt)).toBe(receivedAt);
    expect(columnValue(column("boot_id", "text"), event, receivedAt)).toBe("boot-1");
  });

  it("writes the dedupe key as the app does: a UUID digest, or the event id in a text column", () => {
    expect(columnValue(column("dedupe_key", "uuid"), event, receivedAt)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(columnValue(column("dedupe_key", "text"), event, receivedAt)).toBe(event.eventId);
  });

  it("keeps type, deviceId and ts out of the payload, which holds every other field", () => {
    const payload = columnValue(column("payload", "jsonb"), event, receivedAt);
    expect(payload).not.toHaveProperty("type");
    expect(payload).not.toHaveProperty("deviceId");
    expect(payload).not.toHaveProperty("ts");
    expect(payload).toMatchObject({ bootId: "boot-1", intervalSec: 10, versions: { agent: "7.11.0" } });
  });

  it("matches unknown columns to event fields by camelCase name", () => {
    expect(columnValue(column("interval_sec", "integer"), event, receivedAt)).toBe(10);
    expect(columnValue(column("hostname", "text"), event, receivedAt)).toBe("AMS-LT-000001");
  });

  it("leaves defaults, identities, generated and optional columns alone, and invents only required values", () => {
    expect(columnValue(column("id", "bigint", { identity: true }), event, receivedAt)).toBeUndefined();
    expect(columnValue(column("note", "text", { defaultExpr: "''::text" }), event, receivedAt)).toBeUndefined();
    expect(columnValue(column("note", "text", { nullable: true }), event, receivedAt)).toBeUndefined();
    expect(columnValue(column("event_type", "text", { generated: true }), event, receivedAt)).toBeUndefined();
    expect(columnValue(column("weight", "integer"), event, receivedAt)).toBe(0);
    expect(columnValue(column("seen_at", "timestamp without time zone"), event, receivedAt)).toBe(receivedAt);
    expect(columnValue(column("flag", "boolean"), event, receivedAt)).toBe(false);
  });
});

describe("csvField", () => {
  it("writes NULL as an unquoted empty field and quotes text", () => {
    expect(csvField(null, column("boot_id", "text"))).toBe("");
    expect(csvField('say "hi", twice', column("note", "text"))).toBe('"say ""hi"", twice"');
  });

  it("writes dates as ISO text, or epoch milliseconds in a numeric column", () => {
    const at = new Date("2026-10-21T07:28:00.000Z");
    expect(csvField(at, column("ts", "timestamp with time zone"))).toBe("2026-10-21T07:28:00.000Z");
    expect(csvField(at, column("ts_ms", "bigint"))).toBe(String(at.getTime()));
  });

  it("writes objects as quoted JSON and numbers bare", () => {
    expect(csvField({ a: "b" }, column("payload", "jsonb"))).toBe('"{""a"":""b""}"');
    expect(csvField(10, column("interval_sec", "integer"))).toBe("10");
  });
});

describe("copySql", () => {
  it("copies into the baseline table, naming only the filled columns", () => {
    expect(copySql([column("device_id", "text"), column("ts", "timestamptz")], "STDIN")).toBe(
      'COPY events_copy_baseline ("device_id", "ts") FROM STDIN WITH (FORMAT csv)',
    );
  });
});
