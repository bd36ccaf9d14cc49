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
import { findDeployment, viewDeployment } from "./find";
import { testContext } from "../testContext";

const operator: Principal = {
  kind: "user",
  id: "00000000-0000-0000-0000-000000000001",
  email: "op@example.com",
  name: "Op",
  role: "operator",
  permissions: permissionsOfRole("operator"),
};
const later = (ms: number) => new Date(Date.now() + ms);
const heartbeat = (deviceId: string, ring: string, agent: string, secondsFromNow = 0) => ({
  type: "heartbeat",
  deviceId,
  ts: later(secondsFromNow * 1000).toISOString(),
  bootId: "b",
  intervalSec: 60,
  uptimeSec: 100,
  versions: { agent },
  ring,
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
    await acceptEvents(testContext(db), [
      ...canary.map((d) => heartbeat(d, "canary", "1.0", -5)),
      ...early.map((d) => heartbeat(d, "early", "1.0", -5)),
      ...broad.map((d) => heartbeat(d, "broad", "1.0", -5)),
    ]);
    const first = await createRelease(testContext(db, { actor: operator }), { component: "agent", version: "1.0" });
    const deployOne = await createDeployment(testContext(db, { actor: operator }), {
      releaseId: first.id,
      stages: [
        { ring: "canary", bakeSeconds: 0 },
        { ring: "early", bakeSeconds: 0 },
        { ring: "broad", bakeSeconds: 0 },
      ],
      autoPause: true,
    });
    await actOnDeployment(testContext(db, { actor: operator }), deployOne.id, "promote", "skip ahead");
    await actOnDeployment(testContext(db, { actor: operator }), deployOne.id, "promote", "skip ahead");
    const done = await actOnDeployment(testContext(db, { actor: operator }), deployOne.id, "promote", "skip ahead");
    expect(done.status).toBe("completed");

    const release = await createRelease(testContext(db, { actor: operator }), { component: "agent", version: "2.0" });
    const deployment = await createDeployment(testContext(db, { actor: operator }), {
      releaseId: release.id,
      stages: [
        { ring: "canary", bakeSeconds: 0 },
        { ring: "early", bakeSeconds: 3600 },
      ],
      autoPause: true,
    });
    expect(deployment.previousVersion).toBe("1.0");
    expect(deployment.stages.map((s) => s.status)).toEqual(["baking", "pending"]);
    const beforeEarly = await deploymentHealth(testContext(db), await findDeployment(testContext(db), deployment.id));
    expect(beforeEarly[1]).toMatchObject({ ring: "early", verdict: "not_enough_data", baseline: { usable: false, basis: "the stage has not started" } });

    for (const device of canary) expect((await serveManifest(testContext(db), device)).versions).toEqual({ agent: "2.0" });
    expect((await serveManifest(testContext(db), early[0])).versions).toEqual({ agent: "1.0" });
    await serveManifest(testContext(db), canary[0]);
    const exposed = await db.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM exposures WHERE release_id = $1", [release.id]);
    expect(exposed[0].n).toBe(canary.length);

    const waiting = await evaluateGate(testContext(db), await findDeployment(testContext(db), deployment.id), "canary");
    expect(waiting.decision).toBe("wait");
    expect(waiting.reasons.join(" ")).toMatch(/Only 0 of 6 exposed devices in canary reported/);
    expect(await promoteDueStages(testContext(db))).toEqual([]);

    await acceptEvents(
      testContext(db, { now: later(1000) }),
      canary.map((d) => heartbeat(d, "canary", "2.0", 1)),
    );
    const go = await evaluateGate(testContext(db, { now: later(2000) }), await findDeployment(testContext(db), deployment.id), "canary");
    expect(go.decision).toBe("go");
    expect(await promoteDueStages(testContext(db, { now: later(2000) }))).toEqual([`${deployment.id}:canary`]);
    invalidatePlan();
    expect((await serveManifest(testContext(db), early[0])).versions).toEqual({ agent: "2.0" });

    await acceptEvents(testContext(db, { now: later(1600) }), [
      { type: "crash", deviceId: canary[1], ts: later(1500).toISOString(), kind: "kernel", code: "0x50" },
    ]);
    await acceptEvents(
      testContext(db, { now: later(2600) }),
      broad.map((d) => heartbeat(d, "broad", "1.0", 2.5)),
    );
    const health = await deploymentHealth(testContext(db, { now: later(3000) }), await findDeployment(testContext(db), deployment.id));
    expect(health[0]).toMatchObject({ ring: "canary", exposed: 6, reporting: 6, crashed: 1, stageStatus: "passed" });
    expect(health[0].crashFree.rate).toBeCloseTo(5 / 6);
    expect(health[1]).toMatchObject({ ring: "early", exposed: 1 });
    // The fair baseline is the ring not yet reached (broad), never early's three devices that have not fetched yet.
    expect(health[1].baseline).toMatchObject({ devices: broad.length, version: "1.0", usable: true });
    expect(health[1].baseline.basis).toBe(`rings not yet offered 2.0 (broad) on 1.0, same window: ${broad.length} devices`);
    const series = await deploymentSeries(db.sql, await findDeployment(testContext(db), deployment.id), later(2000));
    expect(series.points.at(-1)?.exposed).toEqual({ canary: 6, early: 1 });
    expect(series.points.some((p) => (p.crashRate.candidate ?? 0) > 0)).toBe(true);

    const paused = await actOnDeployment(testContext(db, { actor: operator, now: later(3000) }), deployment.id, "pause", "investigating");
    expect(paused.status).toBe("paused");
    expect((await serveManifest(testContext(db), early[1])).versions).toEqual({ agent: "1.0" });
    expect((await serveManifest(testContext(db), early[0])).versions).toEqual({ agent: "2.0" });
    const pausedGate = await evaluateGate(testContext(db, { now: later(3000) }), await findDeployment(testContext(db), deployment.id), "early");
    expect(pausedGate.decision).not.toBe("go");

    await expect(actOnDeployment(testContext(db, { actor: operator, now: later(3000) }), deployment.id, "pause", "again")).rejects.toMatchObject({
      kind: "conflict",
    });
    const rolledBack = await actOnDeployment(testContext(db, { actor: operator, now: later(4000) }), deployment.id, "rollback", "bad build");
    expect(rolledBack.status).toBe("rolled_back");
    for (const device of [...canary, ...early]) expect((await serveManifest(testContext(db), device)).versions).toEqual({ agent: "1.0" });

    const audit = await db.sql.query<{ action: string; actor: string; reason: string | null }>(
      "SELECT action, actor, reason FROM audit_log WHERE target_id = $1 ORDER BY id",
      [deployment.id],
    );
    expect(audit.map((a) => a.action)).toEqual(["deployment.start", "deployment.promote", "deployment.pause", "deployment.rollback"]);
    expect(audit[1].actor).toBe("system");
    expect(audit[3]).toMatchObject({ actor: "op@example.com", reason: "bad build" });
  });

  it("refuses a second live deployment of the same component and unknown rings", async () => {
    const release = await createRelease(testContext(db, { actor: operator }), { component: "content", version: "A" });
    const other = await createRelease(testContext(db, { actor: operator }), { component: "content", version: "B" });
    await createDeployment(testContext(db, { actor: operator }), { releaseId: release.id, stages: [{ ring: "canary", bakeSeconds: 60 }], autoPause: true });
    await expect(
      createDeployment(testContext(db, { actor: operator }), { releaseId: other.id, stages: [{ ring: "canary", bakeSeconds: 60 }], autoPause: true }),
    ).rejects.toMatchObject({ kind: "conflict" });
    await expect(
      createDeployment(testContext(db, { actor: operator }), { releaseId: other.id, stages: [{ ring: "moon", bakeSeconds: 60 }], autoPause: true }),
    ).rejects.toMatchObject({ kind: "invalid" });
    await expect(createRelease(testContext(db, { actor: operator }), { component: "content", version: "A" })).rejects.toMatchObject({ kind: "conflict" });
  });

  it("does not count time paused as bake: the clock stands still while paused and resume carries on where it stood", async () => {
    const release = await createRelease(testContext(db, { actor: operator }), { component: "bakeclock", version: "1" });
    const t0 = new Date();
    const at = (sec: number) => new Date(t0.getTime() + sec * 1000);
    const created = await createDeployment(testContext(db, { actor: operator, now: t0 }), {
      releaseId: release.id,
      stages: [{ ring: "canary", bakeSeconds: 3600 }],
      autoPause: true,
    });
    await actOnDeployment(testContext(db, { actor: operator, now: at(600) }), created.id, "pause", "looking at crashes");
    const paused = await viewDeployment(testContext(db, { now: at(2400) }), created.id);
    expect(paused.stages[0]).toMatchObject({ bakeRemainingSec: 3000, bakePaused: true });
    await actOnDeployment(testContext(db, { actor: operator, now: at(3000) }), created.id, "resume", "false alarm");
    const resumed = await viewDeployment(testContext(db, { now: at(3600) }), created.id);
    expect(resumed.stages[0]).toMatchObject({ bakeRemainingSec: 2400, bakePaused: false });
    // An hour after the start the stage has baked only 20 min: the promotion pass leaves it alone.
    expect(await promoteDueStages(testContext(db, { now: at(3600) }))).not.toContain(`${created.id}:canary`);
  });

  it("a promotion decided on a stage that someone promoted meanwhile is refused: one promotion stays one", async () => {
    const release = await createRelease(testContext(db, { actor: operator }), { component: "onepromotion", version: "1" });
    const created = await createDeployment(testContext(db, { actor: operator }), {
      releaseId: release.id,
      stages: [
        { ring: "canary", bakeSeconds: 0 },
        { ring: "early", bakeSeconds: 0 },
        { ring: "broad", bakeSeconds: 0 },
      ],
      autoPause: true,
    });
    // The operator promotes canary; the promotion pass, which judged canary's gate a moment earlier, acts after.
    await actOnDeployment(testContext(db, { actor: operator }), created.id, "promote", "by hand");
    await expect(actOnDeployment(testContext(db), created.id, "promote", "Gate for canary said go", "canary")).rejects.toMatchObject({ kind: "conflict" });
    const after = await viewDeployment(testContext(db), created.id);
    expect(after.stages.map((s) => s.status)).toEqual(["passed", "baking", "pending"]);
    const alerts = await db.sql.query<{ type: string }>("SELECT type FROM alert_outbox WHERE payload -> 'data' -> 'deployment' ->> 'id' = $1", [created.id]);
    expect(alerts.map((a) => a.type)).toEqual(["deployment.stage_promoted"]);
  });
});
