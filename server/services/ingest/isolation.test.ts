import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/database";
import { openTestDatabase, TEST_BACKEND } from "../../db/testDatabase";
import { acceptEvents } from "./accept";
import { testContext } from "../testContext";

const NOW = new Date();
const ago = (sec: number) => new Date(NOW.getTime() - sec * 1000).toISOString();
const hb = (deviceId: string, secAgo = 30) => ({ type: "heartbeat", deviceId, ts: ago(secAgo), bootId: "b1", intervalSec: 60, versions: { agent: "7.11" } });
const kernelCrash = (deviceId: string) => ({ type: "crash", deviceId, ts: ago(20), kind: "kernel", code: "0x00000050" });

// Stand-ins for a value the schema lets through but the database refuses (a future column type, a
// constraint): real triggers on the real tables, raising PostgreSQL's own data-exception codes.
const POISON = `
  CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW.device_id LIKE 'poison-%' THEN RAISE EXCEPTION 'cannot store %', NEW.device_id USING ERRCODE = '22003'; END IF;
    RETURN NEW;
  END $$;
  CREATE TRIGGER refuse_poison_event BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION refuse_poison();
  CREATE FUNCTION refuse_toxic() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW.device_id LIKE 'toxic-%' THEN RAISE EXCEPTION 'cannot store %', NEW.device_id USING ERRCODE = '22021'; END IF;
    RETURN NEW;
  END $$;
  CREATE TRIGGER refuse_toxic_device BEFORE INSERT OR UPDATE ON devices FOR EACH ROW EXECUTE FUNCTION refuse_toxic();`;

describe(`one unstorable event on ${TEST_BACKEND}`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
    await db.sql.exec(POISON);
  });
  afterAll(async () => {
    await db.close();
  });

  const stored = async (prefix: string) =>
    (await db.sql.query<{ device_id: string }>("SELECT device_id FROM events WHERE starts_with(device_id, $1) ORDER BY device_id", [prefix])).map(
      (r) => r.device_id,
    );

  it("is rejected at its index while the rest of the batch, a kernel crash included, is committed", async () => {
    const batch = [hb("iso1-a"), hb("poison-1"), kernelCrash("iso1-b"), hb("iso1-c", 10)];
    const result = await acceptEvents(testContext(db, { now: NOW }), batch);
    expect(result.accepted).toBe(3);
    expect(result.rejected).toEqual([{ index: 1, error: { code: "unstorable", message: expect.stringContaining("cannot store poison-1") } }]);
    expect(await stored("iso1-")).toEqual(["iso1-a", "iso1-b", "iso1-c"]);
    expect(await acceptEvents(testContext(db, { now: NOW }), batch)).toMatchObject({ accepted: 0, duplicates: 3, rejected: [{ index: 1 }] });
  });

  it("finds every culprit in a large batch, also when the device update is what fails", async () => {
    const batch = Array.from({ length: 400 }, (_, i) => (i % 97 === 5 ? hb(`poison-${i}`) : i % 89 === 7 ? kernelCrash(`toxic-${i}`) : hb(`iso2-${i}`)));
    const culprits = batch.flatMap((e, i) => (e.deviceId.startsWith("iso2-") ? [] : [i]));
    const result = await acceptEvents(testContext(db, { now: NOW }), batch);
    expect(result.rejected.map((r) => r.index)).toEqual(culprits);
    expect(result.rejected.every((r) => r.error.code === "unstorable")).toBe(true);
    expect(result.accepted).toBe(400 - culprits.length);
    expect(await stored("iso2-")).toHaveLength(400 - culprits.length);
    expect(await stored("toxic-")).toEqual([]);
  });

  it("reports rejections in index order alongside the schema's own", async () => {
    const result = await acceptEvents(testContext(db, { now: NOW }), [hb("poison-x"), { type: "heartbeat" }, hb("iso3-a")]);
    expect(result.rejected.map((r) => [r.index, r.error.code])).toEqual([
      [0, "unstorable"],
      [1, "invalid_event"],
    ]);
    expect(result.accepted).toBe(1);
  });
});

describe(`a database that does not answer on ${TEST_BACKEND}`, () => {
  it("fails the request instead of rejecting the events as unstorable", async () => {
    const db = await openTestDatabase();
    await db.close();
    await expect(acceptEvents(testContext(db, { now: NOW }), [hb("down-1")])).rejects.toThrow();
  });
});
