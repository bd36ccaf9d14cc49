import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/database";
import { openTestDatabase, TEST_BACKEND } from "../../db/testDatabase";
import { createDeployment } from "../deployments/create";
import { recordRepair } from "../devices/repair";
import { acceptEvents } from "../ingest/accept";
import { createRelease } from "../releases/create";
import { testContext } from "../testContext";
import { recoveryOfAnomaly } from "./recovery";

const T0 = new Date("2026-12-01T10:00:00.000Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const heartbeat = (deviceId: string, minutes: number, version: string, uptimeSec: number, bootId = "b2") => ({
  type: "heartbeat",
  deviceId,
  ts: at(minutes).toISOString(),
  bootId,
  intervalSec: 60,
  uptimeSec,
  tags: { site: deviceId.startsWith("fra") ? "fra" : "ams" },
  versions: { sensor: version },
});

describe(`recovery of affected devices on ${TEST_BACKEND}`, () => {
  let db: Database;
  let anomalyId: string;
  const devices = ["fra-1", "fra-2", "ams-1"];
  beforeAll(async () => {
    db = await openTestDatabase();
    await acceptEvents(
      testContext(db, { now: at(0) }),
      devices.map((d) => heartbeat(d, 0, "2.0", 100, "b1")),
    );
    const release = await createRelease(testContext(db, { now: at(0) }), { component: "sensor", version: "2.0" });
    const deployment = await createDeployment(testContext(db, { now: at(0) }), { releaseId: release.id, stages: [{ ring: "canary", bakeSeconds: 600 }] });
    const [row] = await db.sql.query<{ id: string }>(
      `INSERT INTO anomalies (kind, severity, status, deployment_id, release_id, ring, component, version, summary, evidence, detected_at, updated_at, last_firing_at)
       VALUES ('boot_loop', 'critical', 'open', $1, $2, 'canary', 'sensor', '2.0', 'boot loop', '{}', $3, $3, $3) RETURNING id::text AS id`,
      [deployment.id, release.id, at(1).toISOString()],
    );
    anomalyId = row.id;
    for (const d of devices)
      await db.sql.query("INSERT INTO anomaly_devices (anomaly_id, device_id, affected_at) VALUES ($1, $2, $3)", [anomalyId, d, at(1).toISOString()]);
    // Every affected device crashes: down.
    await acceptEvents(
      testContext(db, { now: at(2) }),
      devices.map((d) => ({ type: "crash", deviceId: d, ts: at(2).toISOString(), kind: "kernel" })),
    );
  });
  afterAll(async () => {
    await db?.close();
  });

  it("follows a device down -> in_repair -> recovered, with how and whether a recovery key was needed", async () => {
    let recovery = await recoveryOfAnomaly(testContext(db, { now: at(3) }), anomalyId);
    expect(recovery).toMatchObject({ affected: 3, down: 3, inRepair: 0, recovered: 0, mttrSec: null });

    await recordRepair(testContext(db, { now: at(10) }), "fra-1", { status: "in_repair", note: "on site" });
    recovery = await recoveryOfAnomaly(testContext(db, { now: at(11) }), anomalyId);
    expect(recovery.devices.find((d) => d.deviceId === "fra-1")).toMatchObject({ state: "in_repair", since: at(10).toISOString(), claimedBy: "system" });

    await recordRepair(testContext(db, { now: at(20) }), "fra-1", { status: "fixed", recoveryKeyUsed: true });
    // Back on the previous version, but not yet ten minutes of healthy heartbeats.
    await acceptEvents(testContext(db, { now: at(25) }), [heartbeat("fra-1", 25, "1.0", 240)]);
    recovery = await recoveryOfAnomaly(testContext(db, { now: at(26) }), anomalyId);
    expect(recovery.devices.find((d) => d.deviceId === "fra-1")).toMatchObject({ state: "in_repair", health: "healthy" });

    await acceptEvents(testContext(db, { now: at(32) }), [heartbeat("fra-1", 32, "1.0", 660)]);
    recovery = await recoveryOfAnomaly(testContext(db, { now: at(33) }), anomalyId);
    // Booted at minute 21; recovered ten minutes later, at minute 31.
    expect(recovery.devices.find((d) => d.deviceId === "fra-1")).toMatchObject({
      state: "recovered",
      method: "manual",
      recoveryKeyUsed: true,
      since: at(31).toISOString(),
    });
    expect(recovery).toMatchObject({ affected: 3, down: 2, inRepair: 0, recovered: 1, mttrSec: 30 * 60, recoveryKeysUsed: 1 });
    expect(recovery.burndown.at(-1)).toEqual({ at: at(33).toISOString(), down: 2 });
    expect(recovery.slowestSites).toEqual([
      { site: "ams", affected: 1, stillDown: 1, mttrSec: null },
      { site: "fra", affected: 2, stillDown: 1, mttrSec: 30 * 60 },
    ]);
  });

  it("calls a device that reverted on its own self-healed once it has stayed up", async () => {
    await acceptEvents(testContext(db, { now: at(40) }), [
      {
        type: "update",
        deviceId: "ams-1",
        ts: at(40).toISOString(),
        component: "sensor",
        toVersion: "2.0",
        fromVersion: "1.0",
        status: "rolled_back",
        reason: "boot_failure",
      },
    ]);
    await acceptEvents(testContext(db, { now: at(52) }), [heartbeat("ams-1", 52, "1.0", 700, "b3")]);
    const recovery = await recoveryOfAnomaly(testContext(db, { now: at(53) }), anomalyId);
    expect(recovery.devices.find((d) => d.deviceId === "ams-1")).toMatchObject({ state: "recovered", method: "self_reverted" });
  });

  it("answers 404 for an unknown anomaly and a repair of an unknown device", async () => {
    await expect(recoveryOfAnomaly(testContext(db), "3f2b8e8c-4a0e-4c3b-9a57-0d6f2b1c9e10")).rejects.toMatchObject({ kind: "not_found" });
    await expect(recordRepair(testContext(db), "nobody", { status: "in_repair" })).rejects.toMatchObject({ kind: "not_found" });
  });
});
