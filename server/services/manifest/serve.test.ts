import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashBucket } from "../../../core/rings/assignment";
import { permissionsOfRole } from "../../auth/permissions";
import type { Principal } from "../../auth/principal";
import type { Database } from "../../db/database";
import { openTestDatabase, TEST_BACKEND } from "../../db/testDatabase";
import { actOnDeployment } from "../deployments/act";
import { createDeployment } from "../deployments/create";
import { acceptEvents } from "../ingest/accept";
import { createRelease } from "../releases/create";
import { recordExposures } from "./exposures";
import { serveManifest } from "./serve";
import { testContext } from "../testContext";

const operator: Principal = {
  kind: "user",
  id: "00000000-0000-0000-0000-000000000002",
  email: "op@example.com",
  name: "Op",
  role: "operator",
  permissions: permissionsOfRole("operator"),
};
const heartbeat = (deviceId: string, ring: string | undefined, agent: string) => ({
  type: "heartbeat",
  deviceId,
  ts: new Date().toISOString(),
  bootId: "b",
  intervalSec: 60,
  versions: { agent },
  ...(ring ? { ring } : {}),
});
/** Device ids that the default ring hashing (canary 1%) puts in the canary. */
const hashedIntoCanary = (prefix: string, count: number) =>
  Array.from({ length: 20_000 }, (_, i) => `${prefix}-${i}`)
    .filter((id) => hashBucket(id) < 100)
    .slice(0, count);

describe(`manifest answers on ${TEST_BACKEND}`, () => {
  let db: Database;
  let releaseId: string;
  let deploymentId: string;
  beforeAll(async () => {
    db = await openTestDatabase();
    await acceptEvents(testContext(db), [heartbeat("seed-canary", "canary", "1.0"), heartbeat("seed-early", "early", "1.0")]);
    const first = await createRelease(testContext(db, { actor: operator }), { component: "agent", version: "1.0" });
    const done = await createDeployment(testContext(db, { actor: operator }), {
      releaseId: first.id,
      stages: [{ ring: "canary", bakeSeconds: 0 }],
      autoPause: true,
    });
    await db.sql.query("UPDATE deployments SET status = 'completed' WHERE id = $1", [done.id]);
    await db.sql.query("INSERT INTO component_baselines (component, version) VALUES ('agent', '1.0')");
    const release = await createRelease(testContext(db, { actor: operator }), { component: "agent", version: "2.0" });
    releaseId = release.id;
    deploymentId = (
      await createDeployment(testContext(db, { actor: operator }), {
        releaseId,
        stages: [
          { ring: "canary", bakeSeconds: 3600 },
          { ring: "early", bakeSeconds: 3600 },
        ],
        autoPause: true,
      })
    ).id;
  });
  afterAll(async () => {
    await db.close();
  });

  // Found by an independent fleet: agents ask at boot, before their first heartbeat pins them.
  it("answers a device pinned outside the canary with its pinned ring, even when it asked before its first heartbeat", async () => {
    const [pinnedEarly, unpinned] = hashedIntoCanary("boots-first", 2);
    // Never heard from: its first heartbeat may pin it anywhere, so it is offered no release yet.
    expect(await serveManifest(testContext(db), pinnedEarly)).toEqual({ deviceId: pinnedEarly, ring: "canary", versions: { agent: "1.0" } });
    await acceptEvents(testContext(db), [heartbeat(pinnedEarly, "early", "1.0")]);
    expect(await serveManifest(testContext(db), pinnedEarly)).toEqual({ deviceId: pinnedEarly, ring: "early", versions: { agent: "1.0" } });
    expect((await serveManifest(testContext(db), unpinned)).versions).toEqual({ agent: "1.0" });
    await acceptEvents(testContext(db), [heartbeat(unpinned, undefined, "1.0")]);
    expect(await serveManifest(testContext(db), unpinned)).toEqual({ deviceId: unpinned, ring: "canary", versions: { agent: "2.0" } });
    const exposed = await db.sql.query<{ device_id: string }>("SELECT device_id FROM exposures WHERE release_id = $1 AND device_id = ANY($2::text[])", [
      releaseId,
      [pinnedEarly, unpinned],
    ]);
    expect(exposed.map((e) => e.device_id)).toEqual([unpinned]);
  });

  it("follows a change another instance committed on the very next answer: pause, resume, ring edit", async () => {
    const devices = hashedIntoCanary("other-instance", 3);
    await acceptEvents(
      testContext(db),
      devices.map((d) => heartbeat(d, undefined, "1.0")),
    );
    expect((await serveManifest(testContext(db), devices[0])).versions).toEqual({ agent: "2.0" });
    // Written straight to the database, as another app instance would: nothing in this process is told.
    await db.sql.query("UPDATE deployments SET status = 'paused' WHERE id = $1", [deploymentId]);
    expect((await serveManifest(testContext(db), devices[1])).versions).toEqual({ agent: "1.0" });
    expect((await serveManifest(testContext(db), devices[0])).versions).toEqual({ agent: "2.0" });
    await db.sql.query("UPDATE deployments SET status = 'active' WHERE id = $1", [deploymentId]);
    expect((await serveManifest(testContext(db), devices[1])).versions).toEqual({ agent: "2.0" });
    await db.sql.query("UPDATE rings SET percent = CASE name WHEN 'canary' THEN 0 WHEN 'early' THEN 10 ELSE percent END");
    expect(await serveManifest(testContext(db), devices[2])).toEqual({ deviceId: devices[2], ring: "early", versions: { agent: "1.0" } });
    await db.sql.query("UPDATE rings SET percent = CASE name WHEN 'canary' THEN 1 WHEN 'early' THEN 9 ELSE percent END");
    expect((await serveManifest(testContext(db), devices[2])).ring).toBe("canary");
  });

  it("records an offer only while the plan it was decided on is current: one decided before a pause is not recorded after it", async () => {
    const [deviceId] = hashedIntoCanary("racing-pause", 1);
    await acceptEvents(testContext(db), [heartbeat(deviceId, undefined, "1.0")]);
    const [{ revision }] = await db.sql.query<{ revision: string }>("SELECT revision::text AS revision FROM rollout_plan_revision");
    const offer = { releaseId, deploymentId, deviceId, ring: "canary", wave: 0, exposedAt: new Date() };
    await db.sql.query("UPDATE deployments SET status = 'paused' WHERE id = $1", [deploymentId]);
    expect(await recordExposures(db, [offer], revision)).toBe(false);
    const recorded = await db.sql.query("SELECT 1 FROM exposures WHERE release_id = $1 AND device_id = $2", [releaseId, deviceId]);
    expect(recorded).toHaveLength(0);
    expect((await serveManifest(testContext(db), deviceId)).versions).toEqual({ agent: "1.0" });
    await db.sql.query("UPDATE deployments SET status = 'active' WHERE id = $1", [deploymentId]);
    const [{ revision: current }] = await db.sql.query<{ revision: string }>("SELECT revision::text AS revision FROM rollout_plan_revision");
    expect(await recordExposures(db, [offer], current)).toBe(true);
    expect((await serveManifest(testContext(db), deviceId)).versions).toEqual({ agent: "2.0" });
  });
});

// Found by the manifest property test on two instances: a rollback locked the deployment row, then
// (by trigger) waited for the revision row that an exposure write held shared while its foreign
// key check waited for the deployment row: deadlock, and the manifest answered 500.
describe.runIf(TEST_BACKEND === "postgres")("exposure writes racing deployment actions on postgres", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it("a deployment action takes the plan's lock before the deployment row's, so an exposure write in flight can finish", async () => {
    const release = await createRelease(testContext(db, { actor: operator }), { component: "racing", version: "1.0" });
    const deployment = await createDeployment(testContext(db, { actor: operator }), {
      releaseId: release.id,
      stages: [{ ring: "canary", bakeSeconds: 3600 }],
      autoPause: false,
    });
    // An exposure write in flight: it holds the revision row shared and still has to check its foreign key on the deployment.
    let finishWrite = () => {};
    const writeInFlight = new Promise<void>((resolve) => (finishWrite = resolve));
    const write = db.sql.transaction(async (tx) => {
      await tx.query("SELECT revision FROM rollout_plan_revision WHERE id = 1 FOR SHARE");
      await writeInFlight;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const pause = actOnDeployment(testContext(db, { actor: operator }), deployment.id, "pause", "race");
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The foreign key check of that write must not wait for the action (that wait was the deadlock).
    await expect(db.sql.transaction((tx) => tx.query("SELECT 1 FROM deployments WHERE id = $1 FOR KEY SHARE NOWAIT", [deployment.id]))).resolves.toHaveLength(
      1,
    );
    finishWrite();
    await write;
    expect((await pause).status).toBe("paused");
  });
});
