import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { permissionsOfRole } from "../../auth/permissions";
import type { Principal } from "../../auth/principal";
import type { Database } from "../../db/database";
import { openTestDatabase, TEST_BACKEND } from "../../db/testDatabase";
import { acceptEvents } from "../ingest/accept";
import { invalidatePlan } from "../manifest/planCache";
import { serveManifest } from "../manifest/serve";
import { createRelease } from "../releases/create";
import { actOnDeployment } from "./act";
import { promoteDueStages } from "./advance";
import { createDeployment } from "./create";
import { deploymentSeries } from "../../queries/deploymentSeries";
import { evaluateGate } from "./gate";
import { deploymentHealth } from "./health";
import { findDeployment } from "./find";

const operator: Principal = { kind: "user", id: "00000000-0000-0000-0000-000000000001", email: "op@example.com", name: "Op", role: "operator", permissions: permissionsOfRole("operator") };
const later = (ms: number) => new Date(Date.now() + ms);
const heartbeat = (deviceId: string, ring: string, agent: string, secondsFromNow = 0) => ({
  type: "heartbeat", deviceId, ts: later(secondsFromNow * 1000).toISOString(), bootId: "b", intervalSec: 60, uptimeSec: 100, versions: { agent }, ring,
});

describe(`rollouts on ${TEST_BACKEND}`, () => {
  let db: Database;
  const canary = Array.from({ length: 6 }, (_, i) => `canary-${i}`);
  const early = Array.from({ length: 4 }, (_, i) => `early-${i}`);
  const broad = Array.from({ length: 12 }, (_, i) => `broad-${i}`);
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });
  beforeEach(() => {
    invalidatePlan();
  });

  it("offers a release ring by ring, records exposure, promotes on a go gate, and pauses and rolls back", async () => {
    await acceptEvents(db, [...canary.map((d) => heartbeat(d, "canary", "1.0", -5)), ...early.map((d) => heartbeat(d, "early", "1.0", -5)), ...broad.map((d) => heartbeat(d, "broad", "1.0", -5))], new Date());
    const first = await createRelease(db, operator, { component: "agent", version: "1.0" });
    const deployOne = await createDeployment(db, operator, { releaseId: first.id, stages: [{ ring: "canary", bakeSeconds: 0 }, { ring: "early", bakeSeconds: 0 }, { ring: "broad", bakeSeconds: 0 }], autoPause: true }, new Date());
    await actOnDeployment(db, "op@example.com", deployOne.id, "promote", "skip ahead", new Date());
    await actOnDeployment(db, "op@example.com", deployOne.id, "promote", "skip ahead", new Date());
    const done = await actOnDeployment(db, "op@example.com", deployOne.id, "promote", "skip ahead", new Date());
    expect(done.status).toBe("completed");

    const release = await createRelease(db, operator, { component: "agent", version: "2.0" });
    const deployment = await createDeployment(db, operator, { releaseId: release.id, stages: [{ ring: "canary", bakeSeconds: 0 }, { ring: "early", bakeSeconds: 3600 }], autoPause: true }, new Date());
    expect(deployment.previousVersion).toBe("1.0");
    expect(deployment.stages.map((s) => s.status)).toEqual(["baking", "pending"]);
    const beforeEarly = await deploymentHealth(db.sql, await findDeployment(db.sql, deployment.id), new Date());
    expect(beforeEarly[1]).toMatchObject({ ring: "early", verdict: "not_enough_data", baseline: { usable: false, basis: "the stage has not started" } });

    for (const device of canary) expect((await serveManifest(db, device)).versions).toEqual({ agent: "2.0" });
    expect((await serveManifest(db, early[0])).versions).toEqual({ agent: "1.0" });
    await serveManifest(db, canary[0]);
    const exposed = await db.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM exposures WHERE release_id = $1", [release.id]);
    expect(exposed[0].n).toBe(canary.length);

    const waiting = await evaluateGate(db.sql, await findDeployment(db.sql, deployment.id), "canary", new Date());
    expect(waiting.decision).toBe("wait");
    expect(waiting.reasons.join(" ")).toMatch(/Only 0 of 6 exposed devices in canary reported/);
    expect(await promoteDueStages(db, new Date())).toEqual([]);

    await acceptEvents(db, canary.map((d) => heartbeat(d, "canary", "2.0", 1)), later(1000));
    const go = await evaluateGate(db.sql, await findDeployment(db.sql, deployment.id), "canary", later(2000));
    expect(go.decision).toBe("go");
    expect(await promoteDueStages(db, later(2000))).toEqual([`${deployment.id}:canary`]);
    invalidatePlan();
    expect((await serveManifest(db, early[0])).versions).toEqual({ agent: "2.0" });

    await acceptEvents(db, [{ type: "crash", deviceId: canary[1], ts: later(1500).toISOString(), kind: "kernel", code: "0x50" }], later(1600));
    await acceptEvents(db, broad.map((d) => heartbeat(d, "broad", "1.0", 2.5)), later(2600));
    const health = await deploymentHealth(db.sql, await findDeployment(db.sql, deployment.id), later(3000));
    expect(health[0]).toMatchObject({ ring: "canary", exposed: 6, reporting: 6, crashed: 1, stageStatus: "passed" });
    expect(health[0].crashFree.rate).toBeCloseTo(5 / 6);
    expect(health[1]).toMatchObject({ ring: "early", exposed: 1 });
    // The fair baseline is the ring not yet reached (broad), never early's three devices that have not fetched yet.
    expect(health[1].baseline).toMatchObject({ devices: broad.length, version: "1.0", usable: true });
    expect(health[1].baseline.basis).toBe(`rings not yet offered 2.0 (broad) on 1.0, same window: ${broad.length} devices`);
    const series = await deploymentSeries(db.sql, await findDeployment(db.sql, deployment.id), later(2000));
    expect(series.points.at(-1)?.exposed).toEqual({ canary: 6, early: 1 });
    expect(series.points.some((p) => (p.crashRate.candidate ?? 0) > 0)).toBe(true);

    const paused = await actOnDeployment(db, "op@example.com", deployment.id, "pause", "investigating", later(3000));
    expect(paused.status).toBe("paused");
    expect((await serveManifest(db, early[1])).versions).toEqual({ agent: "1.0" });
    expect((await serveManifest(db, early[0])).versions).toEqual({ agent: "2.0" });
    const pausedGate = await evaluateGate(db.sql, await findDeployment(db.sql, deployment.id), "early", later(3000));
    expect(pausedGate.decision).not.toBe("go");

    await expect(actOnDeployment(db, "op@example.com", deployment.id, "pause", "again", later(3000))).rejects.toMatchObject({ status: 409 });
    const rolledBack = await actOnDeployment(db, "op@example.com", deployment.id, "rollback", "bad build", later(4000));
    expect(rolledBack.status).toBe("rolled_back");
    for (const device of [...canary, ...early]) expect((await serveManifest(db, device)).versions).toEqual({ agent: "1.0" });

    const audit = await db.sql.query<{ action: string; actor: string; reason: string | null }>(
      "SELECT action, actor, reason FROM audit_log WHERE target_id = $1 ORDER BY id", [deployment.id],
    );
    expect(audit.map((a) => a.action)).toEqual(["deployment.start", "deployment.promote", "deployment.pause", "deployment.rollback"]);
    expect(audit[1].actor).toBe("system");
    expect(audit[3]).toMatchObject({ actor: "op@example.com", reason: "bad build" });
  });

  it("refuses a second live deployment of the same component and unknown rings", async () => {
    const release = await createRelease(db, operator, { component: "content", version: "A" });
    const other = await createRelease(db, operator, { component: "content", version: "B" });
    await createDeployment(db, operator, { releaseId: release.id, stages: [{ ring: "canary", bakeSeconds: 60 }], autoPause: true }, new Date());
    await expect(createDeployment(db, operator, { releaseId: other.id, stages: [{ ring: "canary", bakeSeconds: 60 }], autoPause: true }, new Date())).rejects.toMatchObject({ status: 409 });
    await expect(createDeployment(db, operator, { releaseId: other.id, stages: [{ ring: "moon", bakeSeconds: 60 }], autoPause: true }, new Date())).rejects.toMatchObject({ status: 400 });
    await expect(createRelease(db, operator, { component: "content", version: "A" })).rejects.toMatchObject({ status: 409 });
  });
});
