import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/database";
import { openTestDatabase, TEST_BACKEND } from "../db/testDatabase";
import { overviewHistory } from "./overviewHistory";

const NOW = new Date();
const ago = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toISOString();

describe(`overview history on ${TEST_BACKEND}`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
    const sql = db.sql;
    await sql.query(
      `INSERT INTO devices (device_id, hash_bucket, first_seen_at, last_seen_at, ring_pin, versions)
       SELECT 'd' || i, 0, $1::timestamptz, $1::timestamptz, 'canary', '{}'::jsonb FROM generate_series(1, 4) i`,
      [ago(200)],
    );
    const [release] = await sql.query<{ id: string }>(`INSERT INTO releases (component, version) VALUES ('agent', '2.0') RETURNING id::text`);
    const [deployment] = await sql.query<{ id: string }>(
      `INSERT INTO deployments (release_id, component, version, status, created_at, updated_at) VALUES ($1, 'agent', '2.0', 'completed', $2, $2) RETURNING id::text`,
      [release.id, ago(30)],
    );
    await sql.query(
      `INSERT INTO deployment_stages (deployment_id, position, ring, bake_seconds, status, started_at, finished_at) VALUES ($1, 0, 'canary', 0, 'passed', $2, $2)`,
      [deployment.id, ago(30)],
    );
    await sql.query(
      `INSERT INTO exposures (release_id, device_id, deployment_id, ring, exposed_at) SELECT $1, 'd' || i, $2, 'canary', $3 FROM generate_series(1, 4) i`,
      [release.id, deployment.id, ago(30)],
    );
    // Three of the four report 2.0 after the offer: two the same day, one a day later.
    const hb = (device: string, hours: number, version: string) =>
      sql.query(
        `INSERT INTO events (dedupe_key, type, device_id, ts, payload) VALUES (gen_random_uuid(), 'heartbeat', $1, $2, json_build_object('versions', json_build_object('agent', $3::text)))`,
        [device, ago(hours), version],
      );
    await hb("d1", 29, "2.0");
    await hb("d2", 28, "2.0");
    await hb("d3", 2, "2.0");
    await hb("d4", 2, "1.0");
    // An agent clock a minute ahead: still the last day.
    await hb("d4", -1 / 60, "2.0");
    await sql.query(`INSERT INTO events (dedupe_key, type, device_id, ts, payload) VALUES (gen_random_uuid(), 'crash', 'd4', $1, '{"kind":"kernel"}'::json)`, [
      ago(1),
    ]);
  });
  afterAll(() => db?.close());

  it("counts adoption by day from the first heartbeat running the version, and crash-free devices per ring", async () => {
    const history = await overviewHistory(db.sql, NOW, 7);
    expect(history.releases).toHaveLength(1);
    expect(history.releases[0]).toMatchObject({ outcome: "completed", ringsReached: ["canary"], exposedDevices: 4 });
    const [adoption] = history.adoption;
    expect(adoption.targetDevices).toBe(4);
    expect(adoption.running.slice(-2)).toEqual([2, 4]);
    const canary = history.crashFree.find((t) => t.ring === "canary")!;
    expect(canary.days.at(-1)).toEqual({ devices: 4, crashFree: 3 });
    expect(history.week.crashFreeNow).toEqual({ devices: 4, crashFree: 3 });
    expect(history.week.crashFreeWeekAgo).toEqual({ devices: 4, crashFree: 4 });
    expect(history.week.deployments).toMatchObject({ started: 1, completed: 1 });
  });
});
