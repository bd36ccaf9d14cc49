import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/database";
import { openTestDatabase, TEST_BACKEND } from "../../db/testDatabase";
import { acceptEvents } from "./accept";
import { testContext } from "../testContext";

const NOW = new Date();
const ago = (sec: number) => new Date(NOW.getTime() - sec * 1000).toISOString();
const hb = (deviceId: string, over: Record<string, unknown> = {}) => ({
  type: "heartbeat",
  deviceId,
  ts: ago(30),
  bootId: "b1",
  intervalSec: 60,
  versions: { agent: "7.11" },
  ...over,
});
const kernelCrash = (deviceId: string) => ({ type: "crash", deviceId, ts: ago(20), kind: "kernel", code: "0x00000050" });

/** Values the database cannot hold are refused per event; the rest of the batch, a kernel crash included, is stored. */
describe(`unstorable values on ${TEST_BACKEND}`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  const storedCount = async (deviceId: string) =>
    (await db.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM events WHERE device_id = $1", [deviceId]))[0].n;

  it.each([
    ["uptimeSec 2^31 (the column is a 32-bit integer)", hb("u-1", { uptimeSec: 2 ** 31 })],
    ["bootDurationMs 2^31", { type: "boot", deviceId: "u-2", ts: ago(30), bootId: "b", previousShutdown: "crash", bootDurationMs: 2 ** 31 }],
    ["NUL in hostname", hb("u-3", { hostname: "host\u0000" })],
    ["NUL in deviceId", hb("u-4\u0000")],
    ["NUL in a tag key", hb("u-5", { tags: { "si\u0000te": "ams" } })],
    ["NUL in a version", hb("u-6", { versions: { agent: "7\u0000" } })],
    ["lone surrogate in hostname", hb("u-7", { hostname: "\uD800" })],
    ["hostname of 1,025 characters", hb("u-8", { hostname: "h".repeat(1025) })],
    ["65 tags", hb("u-9", { tags: Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`t${i}`, "x"])) })],
    // JSON.parse makes "__proto__" an own key; a parsed object would silently drop it (not round-trip).
    ["a tag named __proto__", hb("u-10", { tags: JSON.parse('{"__proto__":"x","site":"ams"}') })],
    // fast-check's shrunk counterexample: a lone surrogate in deviceId broke the devices upsert (jsonb).
    ["lone surrogate in deviceId", { type: "boot", deviceId: "p-a\ud800", ts: ago(30), bootId: "\u0001".repeat(128), previousShutdown: "clean" }],
  ])("rejects %s at its index and stores the rest", async (_what, unstorable) => {
    const device = `rest-${Math.random().toString(36).slice(2)}`;
    const result = await acceptEvents(testContext(db, { now: NOW }), [hb(device), unstorable, kernelCrash(device)]);
    expect(result).toMatchObject({ accepted: 2, duplicates: 0, rejected: [{ index: 1, error: { code: "invalid_event" } }] });
    expect(await storedCount(device)).toBe(2);
  });

  it("accepts the largest values the contract allows and stores them exactly", async () => {
    const event = hb("max-1", { uptimeSec: 2 ** 31 - 1, hostname: "h".repeat(255), tags: { site: "🚀".repeat(128) } });
    expect(await acceptEvents(testContext(db, { now: NOW }), [event])).toMatchObject({ accepted: 1 });
    const [device] = await db.sql.query<{ uptime_sec: number; tags: Record<string, string> }>("SELECT uptime_sec, tags FROM devices WHERE device_id = 'max-1'");
    expect(device).toEqual({ uptime_sec: 2 ** 31 - 1, tags: { site: "🚀".repeat(128) } });
  });

  it("stores a ts with more than millisecond precision at the instant its dedupe key names", async () => {
    // PostgreSQL rounds .9999 up to the next second, JavaScript truncates it to .999: the stored ts
    // and the dedupe key would name two different instants.
    const ms = ago(40);
    const precise = hb("ts-1", { ts: ms.replace("Z", "9999Z") });
    expect(await acceptEvents(testContext(db, { now: NOW }), [precise])).toMatchObject({ accepted: 1 });
    const [row] = await db.sql.query<{ ts: Date }>("SELECT ts FROM events WHERE device_id = 'ts-1'");
    expect(new Date(row.ts).toISOString()).toBe(ms);
    expect(await acceptEvents(testContext(db, { now: NOW }), [hb("ts-1", { ts: ms })])).toMatchObject({ accepted: 0, duplicates: 1 });
  });
});
