import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/database";
import { openTestDatabase, TEST_BACKEND } from "../db/testDatabase";
import { acceptEvents } from "../services/ingest/accept";
import { ringHealth } from "./ringHealth";
import { testContext } from "../services/testContext";

const NOW = new Date();
const ago = (sec: number) => new Date(NOW.getTime() - sec * 1000).toISOString();

describe(`ring health on ${TEST_BACKEND}`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
    const hb = (deviceId: string, secAgo: number, agent: string) => ({
      type: "heartbeat",
      deviceId,
      ts: ago(secAgo),
      bootId: "b",
      intervalSec: 60,
      versions: { agent },
      ring: "canary",
    });
    await acceptEvents(testContext(db, { now: NOW }), [
      hb("h1", 5, "1.0"),
      hb("h2", 5, "1.0"),
      hb("h3", 5, "2.0"),
      hb("s1", 900, "1.0"),
      hb("c1", 60, "2.0"),
      { type: "crash", deviceId: "c1", ts: ago(30), kind: "kernel" },
      ...[400, 300, 200].map((sec, i) => ({ type: "boot", deviceId: "h3", ts: ago(sec + 100), bootId: `x${i}`, previousShutdown: "crash" })),
    ]);
  });
  afterAll(async () => {
    await db.close();
  });

  it("counts devices by state, crash-free share and versions per ring", async () => {
    const [canary, early] = await ringHealth(db.sql, NOW);
    expect(canary).toMatchObject({ ring: "canary", devices: 5, silent: 1, crashed: 1, bootLooping: 1, online: 3, openAnomalies: 0 });
    expect(canary.crashFreeRate).toBeCloseTo(3 / 5);
    expect(canary.crashFreeInterval.low).toBeLessThan(0.6);
    expect(canary.versions).toEqual({ agent: { "1.0": 3, "2.0": 2 } });
    expect(early).toMatchObject({ ring: "early", devices: 0, crashFreeRate: null });
  });
});
