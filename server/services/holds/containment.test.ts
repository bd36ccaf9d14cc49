import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inWave, waveBucket } from "../../../core/rollouts/waves";
import type { Database } from "../../db/database";
import { openTestDatabase, TEST_BACKEND } from "../../db/testDatabase";
import { actOnDeployment } from "../deployments/act";
import { createDeployment } from "../deployments/create";
import { findDeployment, viewDeployment } from "../deployments/find";
import { evaluateGate } from "../deployments/gate";
import { projectNextWave } from "../deployments/projection";
import { reachOfDeployment } from "../deployments/reach";
import { acceptEvents } from "../ingest/accept";
import { serveManifest } from "../manifest/serve";
import { createRelease } from "../releases/create";
import { testContext } from "../testContext";
import { liveAnomalyCounts } from "../../queries/anomalies";
import { listDeploymentHolds } from "./list";
import { placeHold, releaseHold } from "./place";

const T0 = new Date("2026-12-01T10:00:00.000Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

let component = 0;
/** A component of its own per test, with baseline 1.0 on every device and 2.0 deploying. */
async function rollout(db: Database, devices: { id: string; ring: string; osVersion: string; site?: string }[], options: Record<string, unknown> = {}) {
  const name = `comp${++component}`;
  await acceptEvents(
    testContext(db, { now: T0 }),
    devices.map((d) => ({
      type: "heartbeat",
      deviceId: d.id,
      ts: T0.toISOString(),
      bootId: "b1",
      intervalSec: 60,
      ring: d.ring,
      os: "windows",
      osVersion: d.osVersion,
      tags: d.site ? { site: d.site } : undefined,
      versions: { [name]: "1.0" },
    })),
  );
  await db.sql.query("INSERT INTO component_baselines (component, version) VALUES ($1, '1.0')", [name]);
  const release = await createRelease(testContext(db, { now: T0 }), { component: name, version: "2.0" });
  const deployment = await createDeployment(testContext(db, { now: T0 }), {
    releaseId: release.id,
    stages: [{ ring: "canary", bakeSeconds: 600 }],
    autoPause: false,
    ...options,
  });
  const offered = async (deviceId: string, seconds = 1) => (await serveManifest(testContext(db, { now: at(seconds) }), deviceId)).versions[name];
  return { component: name, deploymentId: deployment.id, offered };
}

const fleet = (prefix: string, count: number, osVersion: (i: number) => string, site?: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, ring: "canary", osVersion: osVersion(i), site: site?.(i) }));

describe(`containment on ${TEST_BACKEND}`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it("holds one cohort: the manifest stops offering it the release while the rest of the ring still gets it", async () => {
    const devices = fleet("hold", 8, (i) => (i % 2 ? "10.0.26100" : "10.0.22631"));
    const { deploymentId, offered } = await rollout(db, devices);
    // Two devices of the cohort run it already.
    expect(await offered("hold-0")).toBe("2.0");
    expect(await offered("hold-2")).toBe("2.0");
    const hold = await placeHold(testContext(db, { now: at(10) }), deploymentId, {
      dimension: "osVersion",
      value: "10.0.22631",
      reason: "boot loops",
      revert: false,
    });
    expect(hold).toMatchObject({ dimension: "osVersion", value: "10.0.22631", devices: 4, exposedDevices: 2, releasedAt: null });
    for (const device of devices) {
      const held = device.osVersion === "10.0.22631";
      const wasExposed = device.id === "hold-0" || device.id === "hold-2";
      expect(await offered(device.id, 20), device.id).toBe(held && !wasExposed ? "1.0" : "2.0");
    }
    await releaseHold(testContext(db, { now: at(30) }), deploymentId, hold.id, "fixed in the OS");
    expect(await offered("hold-4", 40)).toBe("2.0");
    const { items } = await listDeploymentHolds(testContext(db), deploymentId);
    expect(items).toEqual([expect.objectContaining({ id: hold.id, releasedBy: "system", releaseReason: "fixed in the OS" })]);
  });

  it("leaves a held cohort out of the gate's candidate health: its crashes and silence do not stop the rest of the ring", async () => {
    const devices = fleet("gatehold", 8, (i) => (i % 2 ? "10.0.26100" : "10.0.22631"));
    const { deploymentId, offered } = await rollout(db, devices);
    for (const d of devices) expect(await offered(d.id, 5)).toBe("2.0");
    const crashes = devices
      .filter((d) => d.osVersion === "10.0.22631")
      .map((d) => ({ type: "crash" as const, deviceId: d.id, ts: at(20).toISOString(), bootId: "b1", kind: "kernel" as const, versions: {} }));
    await acceptEvents(testContext(db, { now: at(20) }), crashes);
    const health = async () => (await evaluateGate(testContext(db, { now: at(30) }), await findDeployment(testContext(db), deploymentId), "canary")).evidence;
    expect((await health())?.candidate).toMatchObject({ exposed: 8, crashed: 4 });
    await placeHold(testContext(db, { now: at(25) }), deploymentId, { dimension: "osVersion", value: "10.0.22631", reason: "crashes", revert: false });
    expect((await health())?.candidate).toMatchObject({ exposed: 4, crashed: 0 });
  });

  it("counts an anomaly standing out on a held slice as contained, even when the hold was placed for another anomaly", async () => {
    const { deploymentId } = await rollout(
      db,
      fleet("second", 2, () => "10.0.22631"),
    );
    const [{ release_id }] = await db.sql.query<{ release_id: string }>("SELECT release_id::text AS release_id FROM deployments WHERE id = $1", [deploymentId]);
    let rings = 0;
    const suspect = (value: string, share: number) => ({ dimension: "osVersion", value, share, exposedShare: 0.5, lift: share / 0.5 });
    const anomaly = async (kind: string, subgroup: { dimension: string; value: string } | null, suspects: unknown[] = []) => {
      const [row] = await db.sql.query<{ id: string }>(
        `INSERT INTO anomalies (kind, severity, status, deployment_id, release_id, ring, component, version, summary, evidence, suspects, detected_at, updated_at, last_firing_at)
         VALUES ($1, 'critical', 'open', $2, $3, $7, 'c', '2.0', 's', $4::jsonb, $5::jsonb, $6, $6, $6) RETURNING id::text AS id`,
        [kind, deploymentId, release_id, JSON.stringify({ subgroup }), JSON.stringify(suspects), at(20).toISOString(), `ring${++rings}`],
      );
      return row.id;
    };
    const first = await anomaly("crash_rate", null, [suspect("10.0.22631", 1)]);
    // Confined to the held build: by its slice, and by a suspect holding nearly all its devices.
    await anomaly("boot_loop", { dimension: "osVersion", value: "10.0.22631" });
    await anomaly("heartbeat_loss", null, [suspect("10.0.22631", 0.95)]);
    // Not confined to it: another build's slice, and the held build holding only part of the devices.
    await anomaly("heartbeat_loss", { dimension: "osVersion", value: "10.0.26100" });
    await anomaly("crash_rate", null, [suspect("10.0.22631", 0.6)]);
    await placeHold(testContext(db, { now: at(25) }), deploymentId, {
      dimension: "osVersion",
      value: "10.0.22631",
      reason: "r",
      revert: false,
      anomalyId: first,
    });
    const counts = await liveAnomalyCounts(db.sql, deploymentId);
    expect(counts.filter((c) => c.contained).reduce((n, c) => n + c.count, 0)).toBe(3);
    expect(counts.filter((c) => !c.contained).reduce((n, c) => n + c.count, 0)).toBe(2);
  });

  it("with revert, offers held devices already running the release the previous version", async () => {
    const devices = fleet("revert", 4, () => "10.0.22631");
    const { deploymentId, offered } = await rollout(db, devices);
    expect(await offered("revert-0")).toBe("2.0");
    await placeHold(testContext(db, { now: at(10) }), deploymentId, { dimension: "osVersion", value: "10.0.22631", reason: "revert", revert: true });
    expect(await offered("revert-0", 20)).toBe("1.0");
  });

  it("refuses a second hold on the same cohort, and a hold on a finished deployment", async () => {
    const { deploymentId } = await rollout(
      db,
      fleet("twice", 2, () => "10.0.22631"),
    );
    const hold = { dimension: "osVersion", value: "10.0.22631", reason: "r", revert: false };
    await placeHold(testContext(db, { now: at(10) }), deploymentId, hold);
    await expect(placeHold(testContext(db, { now: at(11) }), deploymentId, hold)).rejects.toMatchObject({ kind: "conflict" });
    await actOnDeployment(testContext(db, { now: at(12) }), deploymentId, "rollback", "done");
    await expect(placeHold(testContext(db, { now: at(13) }), deploymentId, { ...hold, value: "other" })).rejects.toMatchObject({ kind: "conflict" });
  });

  it("measures a pause's reach: every device exposed before it, reached once it fetched again or reverted on its own", async () => {
    const devices = fleet("reach", 4, () => "10.0.22631");
    const { component: name, deploymentId, offered } = await rollout(db, devices);
    for (const d of devices) expect(await offered(d.id, 5)).toBe("2.0");
    await actOnDeployment(testContext(db, { now: at(100) }), deploymentId, "pause", "looks bad");
    let reach = await reachOfDeployment(testContext(db, { now: at(101) }), deploymentId);
    expect(reach).toMatchObject({ action: "pause", exposedBefore: 4, reached: 0, reachedShare: 0, unreachedTotal: 4 });

    await offered("reach-0", 110);
    await offered("reach-1", 130);
    await offered("reach-1", 150); // a second fetch changes nothing
    await acceptEvents(testContext(db, { now: at(160) }), [
      {
        type: "update",
        deviceId: "reach-2",
        ts: at(160).toISOString(),
        component: name,
        toVersion: "2.0",
        fromVersion: "1.0",
        status: "rolled_back",
        reason: "boot_failure",
      },
    ]);
    reach = await reachOfDeployment(testContext(db, { now: at(170) }), deploymentId);
    expect(reach).toMatchObject({ reached: 3, selfHealed: 1, reachedShare: 0.75, secondsTo: { p50: 30, p90: null }, unreachedTotal: 1 });
    expect(reach.unreached).toEqual([expect.objectContaining({ deviceId: "reach-3" })]);

    await offered("reach-3", 400);
    reach = await reachOfDeployment(testContext(db, { now: at(401) }), deploymentId);
    expect(reach).toMatchObject({ reached: 4, reachedShare: 1, secondsTo: { p50: 30, p90: 300, p99: 300 }, unreached: [] });
    expect(reach.curve.at(-1)).toEqual({ seconds: 300, reached: 4 });
  });

  it("rolls a stage out wave by wave: only devices of the waves started so far are offered the release", async () => {
    const devices = fleet("wave", 60, () => "10.0.22631");
    const { deploymentId, offered } = await rollout(db, devices, { stages: [{ ring: "canary", bakeSeconds: 0, waves: [20, 100] }] });
    const inFirst = (id: string) => inWave(waveBucket(deploymentId, id), 20);
    for (const d of devices) expect(await offered(d.id, 5), d.id).toBe(inFirst(d.id) ? "2.0" : "1.0");
    const view = await viewDeployment(testContext(db, { now: at(6) }), deploymentId);
    const first = devices.filter((d) => inFirst(d.id)).length;
    expect(view.stages[0].waves).toEqual([
      { percent: 20, status: "baking", startedAt: T0.toISOString(), exposedDevices: first },
      { percent: 100, status: "pending", startedAt: null, exposedDevices: 0 },
    ]);
    const projection = await projectNextWave(testContext(db, { now: at(6) }), await findDeployment(testContext(db), deploymentId));
    // The next wave is the rest of the ring: every canary device of this database not yet exposed (other tests' too).
    const [{ unexposed }] = await db.sql.query<{ unexposed: number }>(
      "SELECT count(*)::int AS unexposed FROM devices d WHERE ring_pin = 'canary' AND NOT EXISTS (SELECT 1 FROM exposures e WHERE e.device_id = d.device_id AND e.deployment_id = $1)",
      [deploymentId],
    );
    expect(unexposed).toBeGreaterThanOrEqual(devices.length - first);
    expect(projection).toMatchObject({ ring: "canary", wave: 2, percent: 100, devices: unexposed, held: 0 });

    await actOnDeployment(testContext(db, { now: at(10) }), deploymentId, "promote", "wave 1 healthy");
    for (const d of devices) expect(await offered(d.id, 20)).toBe("2.0");
    const after = await viewDeployment(testContext(db, { now: at(21) }), deploymentId);
    expect(after.stages[0].waves.map((w) => [w.status, w.exposedDevices])).toEqual([
      ["passed", first],
      ["baking", devices.length - first],
    ]);
  });

  it("says no_go when the next wave would break an exposure budget, with the numbers", async () => {
    const devices = fleet(
      "budget",
      12,
      () => "10.0.22631",
      (i) => (i < 9 ? "fra" : "ams"),
    );
    const { deploymentId } = await rollout(db, devices, { stages: [{ ring: "canary", bakeSeconds: 0, waves: [1, 100] }], budgets: [{ tag: "site", max: 5 }] });
    const loaded = await findDeployment(testContext(db), deploymentId);
    const projection = await projectNextWave(testContext(db, { now: at(5) }), loaded);
    const fra = projection.by["tags.site"].fra;
    expect(fra).toBeGreaterThan(5);
    expect(projection.budgetBreaches).toEqual([{ tag: "site", value: "fra", devices: fra, max: 5 }]);
    const gate = await evaluateGate(testContext(db, { now: at(5) }), loaded, "canary");
    expect(gate.decision).toBe("no_go");
    expect(gate.reasons).toContain(`Wave 2 of canary (100% of the ring) would newly expose ${fra} devices at site=fra; the budget allows 5 per site per wave.`);
  });
});
