import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deviceSignals, type SignalFacts } from "../../../core/detection/signals";
import { permissionsOfRole } from "../../auth/permissions";
import { userPrincipal, type Principal } from "../../auth/principal";
import { configFrom } from "../../config";
import type { Database } from "../../db/database";
import { openTestDatabase, TEST_BACKEND } from "../../db/testDatabase";
import { listAffectedDevices, anomalyRecovery, listRemediation } from "../../queries/affectedDevices";
import { getAnomalyDetail, listAnomalies } from "../../queries/anomalies";
import { signalSql } from "../../queries/detectionProfiles";
import { runTick } from "../../../worker/loop";
import { actOnAnomaly } from "../anomalies/act";
import { createDeployment } from "../deployments/create";
import { findDeployment } from "../deployments/find";
import { evaluateGate } from "../deployments/gate";
import { acceptEvents } from "../ingest/accept";
import { invalidatePlan } from "../manifest/planCache";
import { serveManifest } from "../manifest/serve";
import { createRelease } from "../releases/create";
import { testContext } from "../testContext";

const operator: Principal = {
  kind: "user",
  id: "00000000-0000-0000-0000-000000000002",
  email: "op@example.com",
  name: "Op",
  role: "operator",
  permissions: permissionsOfRole("operator"),
};
const T0 = new Date(Date.now() - 60_000);
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const heartbeat = (deviceId: string, ring: string, os: string, content: string, seconds: number) => ({
  type: "heartbeat",
  deviceId,
  ts: at(seconds).toISOString(),
  bootId: "b1",
  intervalSec: 10,
  uptimeSec: 3600,
  os,
  osVersion: os === "windows" ? "10.0.19045" : "6.8",
  model: "X1",
  ring,
  versions: { content, agent: "7.1" },
  tags: { site: "ams" },
});
const settings = configFrom({ RINGWATCH_ANOMALY_HEALTHY_SEC: "60" });

describe(`detection on ${TEST_BACKEND}`, () => {
  let db: Database;
  const windows = Array.from({ length: 5 }, (_, i) => `win-${i}`);
  const linux = Array.from({ length: 5 }, (_, i) => `lin-${i}`);
  const others = Array.from({ length: 120 }, (_, i) => `base-${i}`);
  let deploymentId = "";

  beforeAll(async () => {
    db = await openTestDatabase();
    invalidatePlan();
    const everyone = (seconds: number, devices = [...windows, ...linux, ...others]) =>
      devices.map((d) =>
        heartbeat(
          d,
          d.startsWith("base") ? (Number(d.slice(5)) % 3 ? "broad" : "early") : "canary",
          d.startsWith("win") || Number(d.slice(5)) % 2 ? "windows" : "linux",
          "1.0",
          seconds,
        ),
      );
    await acceptEvents(testContext(db, { now: at(10) }), [...everyone(0), ...everyone(10)]);
    await createRelease(testContext(db, { actor: operator }), { component: "content", version: "1.0" });
    const release = await createRelease(testContext(db, { actor: operator }), { component: "content", version: "2.0" });
    const deployment = await createDeployment(testContext(db, { actor: operator, now: at(11) }), {
      releaseId: release.id,
      stages: [
        { ring: "canary", bakeSeconds: 30 },
        { ring: "early", bakeSeconds: 0 },
      ],
      autoPause: true,
    });
    deploymentId = deployment.id;
    for (const device of [...windows, ...linux]) await serveManifest(testContext(db, { now: at(12) }), device);
    // Linux devices and the baseline keep reporting; the Windows canaries crash on install and go quiet.
    await acceptEvents(testContext(db, { now: at(40) }), [
      ...everyone(20, [...linux, ...others]),
      ...everyone(30, [...linux, ...others]),
      ...everyone(40, [...linux, ...others]),
    ]);
  });
  afterAll(async () => {
    await db.close();
  });

  it("keeps the SQL signals in step with core/detection/signals on real rows", async () => {
    await acceptEvents(testContext(db, { now: at(40) }), [
      { type: "crash", deviceId: "base-1", ts: at(15).toISOString(), kind: "kernel" },
      { type: "crash", deviceId: "base-2", ts: at(15).toISOString(), kind: "app" },
    ]);
    const now = at(45);
    const s = signalSql("$1::timestamptz", "$2", "$3::timestamptz");
    const rows = await db.sql.query<SignalFacts & { device_id: string; crashed: boolean; boot_looping: boolean; silent: boolean }>(
      `SELECT d.device_id, d.last_seen_at AS "lastSeenAt", d.last_heartbeat_at AS "lastHeartbeatAt", d.interval_sec AS "intervalSec",
              d.last_crash_at AS "lastCrashAt", d.last_crash_kind AS "lastCrashKind", d.boot_loop_at AS "bootLoopAt",
              ${s.crashed} AS crashed, ${s.bootLooping} AS boot_looping, ${s.silent} AS silent FROM devices d`,
      [at(12).toISOString(), now.toISOString(), at(12).toISOString()],
    );
    expect(rows.length).toBe(130);
    for (const row of rows) {
      const facts = {
        ...row,
        lastSeenAt: new Date(row.lastSeenAt),
        lastHeartbeatAt: row.lastHeartbeatAt && new Date(row.lastHeartbeatAt),
        lastCrashAt: row.lastCrashAt && new Date(row.lastCrashAt),
        bootLoopAt: row.bootLoopAt && new Date(row.bootLoopAt),
      };
      expect({ device: row.device_id, ...deviceSignals(facts, at(12), now, at(12)) }).toEqual({
        device: row.device_id,
        crashed: row.crashed,
        bootLooping: row.boot_looping,
        silent: row.silent,
      });
    }
    expect(
      rows
        .filter((r) => r.silent)
        .map((r) => r.device_id)
        .sort(),
    ).toEqual(windows);
  });

  it("raises a critical silence anomaly in the tick that sees it, pauses the deployment and blocks the gate", async () => {
    const quiet = await runTick(db, at(30), settings);
    expect(quiet.detection?.opened).toEqual([]);
    const tick = await runTick(db, at(45), settings);
    expect(tick.detection?.paused).toEqual([deploymentId]);
    expect(tick.promoted).toEqual([]);
    const { items } = await listAnomalies(db.sql, { limit: 50, deploymentId });
    const silence = items.find((a) => a.kind === "heartbeat_loss");
    expect(silence).toMatchObject({ severity: "critical", status: "open", ring: "canary", component: "content", version: "2.0" });
    expect(silence?.suspects[0]).toMatchObject({ dimension: "os", value: "windows", share: 1 });
    expect(silence?.evidence).toMatchObject({ exposed: 10, affected: 5 });
    expect(silence?.detectionLagSec).toBeGreaterThanOrEqual(0);
    expect(silence?.detectionLagSec).toBeLessThan(20);

    const deployment = await findDeployment(testContext(db), deploymentId);
    expect(deployment.state.status).toBe("paused");
    expect(deployment.state.pausedReason).toContain(silence!.id);
    const gate = await evaluateGate(testContext(db, { now: at(46) }), deployment, "canary");
    expect(gate.decision).toBe("no_go");
    expect(gate.reasons.join(" ")).toMatch(/open critical anomal/);

    const affected = await listAffectedDevices(db.sql, silence!.id, { limit: 50 }, at(46));
    expect(affected.items.map((d) => d.deviceId)).toEqual(windows);
    expect(affected.items[0]).toMatchObject({ offeredVersion: "2.0", reportedVersion: "1.0", state: "silent" });
    expect((await listRemediation(db.sql, { limit: 50 }, at(46))).items.map((d) => d.deviceId)).toEqual(windows);
  });

  it("updates the same anomaly on the next tick instead of opening another", async () => {
    const tick = await runTick(db, at(55), settings);
    expect(tick.detection?.opened).toEqual([]);
    const { items } = await listAnomalies(db.sql, { limit: 50, deploymentId, kind: "heartbeat_loss" });
    expect(items).toHaveLength(1);
    expect(items[0].evidence.history.length).toBeGreaterThanOrEqual(1);
  });

  it("reopens a critical anomaly an operator resolved while its signal still holds, and the gate blocks again", async () => {
    const [silence] = (await listAnomalies(db.sql, { limit: 50, deploymentId, kind: "heartbeat_loss" })).items;
    expect(silence.severity).toBe("critical");
    await actOnAnomaly(testContext(db, { actor: userPrincipal("operator", "op@example.com"), now: at(55.5) }), silence.id, "resolve", "looks handled");
    const tick = await runTick(db, at(56), settings);
    expect(tick.detection?.opened).toEqual([silence.id]);
    const { items } = await listAnomalies(db.sql, { limit: 50, deploymentId, kind: "heartbeat_loss" });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: silence.id, status: "open", severity: "critical", resolvedBy: null });
    const gate = await evaluateGate(testContext(db, { now: at(56) }), await findDeployment(testContext(db), deploymentId), "canary");
    expect(gate.decision).toBe("no_go");
    const audit = await db.sql.query<{ action: string }>("SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id", [silence.id]);
    expect(audit.map((a) => a.action).slice(-2)).toEqual(["anomaly.resolved", "anomaly.reopened"]);
  });

  it("lets an analyst acknowledge, counts recovery, and heals by itself after a healthy period", async () => {
    const [silence] = (await listAnomalies(db.sql, { limit: 50, deploymentId, kind: "heartbeat_loss" })).items;
    const acknowledged = await actOnAnomaly(
      testContext(db, { actor: userPrincipal("analyst", "ana@example.com"), now: at(56) }),
      silence.id,
      "acknowledge",
      "looking at the canaries",
    );
    expect(acknowledged).toMatchObject({ status: "acknowledged", acknowledgedBy: "ana@example.com", note: "looking at the canaries" });
    await expect(
      actOnAnomaly(testContext(db, { actor: userPrincipal("analyst", "ana@example.com"), now: at(56) }), silence.id, "acknowledge", undefined),
    ).rejects.toMatchObject({ kind: "conflict" });

    await acceptEvents(
      testContext(db, { now: at(60) }),
      [...windows, ...linux, ...others].map((d) => heartbeat(d, "canary", "windows", "1.0", 60)),
    );
    expect(await anomalyRecovery(db.sql, silence.id, at(61))).toMatchObject({ affected: 5, recovered: 5, silent: 0 });
    await runTick(db, at(62), settings);
    expect((await getAnomalyDetail(db.sql, silence.id, at(62)))?.status).toBe("acknowledged");
    await acceptEvents(
      testContext(db, { now: at(110) }),
      [...windows, ...linux, ...others].map((d) => heartbeat(d, "canary", "windows", "1.0", 110)),
    );
    const healed = await runTick(db, at(116), settings);
    expect(healed.detection?.resolved).toContain(silence.id);
    expect(await getAnomalyDetail(db.sql, silence.id, at(116))).toMatchObject({ status: "resolved", resolvedBy: "system" });
  });
});
