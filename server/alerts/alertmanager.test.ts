import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PostableAlert } from "../../core/alerts/alertmanager";
import { configFrom } from "../config";
import type { Database } from "../db/database";
import { openTestDatabase, TEST_BACKEND } from "../db/testDatabase";
import { actOnAnomaly } from "../services/anomalies/act";
import { openAnomaly } from "../services/anomalies/save";
import { alertmanagerStatus } from "../services/alertmanager/status";
import { AlertmanagerPusher } from "./alertmanager";
import { alertmanagerConfig } from "./alertmanagerConfig";
import { crashFinding, liveDeployment } from "./alertTestSupport";
import { startReceiver, type Receiver } from "./testReceiver";
import { userPrincipal } from "../auth/principal";
import { testContext } from "../services/testContext";

describe(`Alertmanager push on ${TEST_BACKEND}`, () => {
  let db: Database;
  let receiver: Receiver;
  let failing = false;
  const env = () =>
    configFrom({
      RINGWATCH_ALERTMANAGER_URLS: receiver.url.replace("/hook", ""),
      RINGWATCH_ALERTMANAGER_RESEND_SEC: "30",
      RINGWATCH_PUBLIC_URL: "https://rw.example.com",
    });
  const pusher = () => new AlertmanagerPusher(alertmanagerConfig(env())!, env());
  const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);
  /** The alerts of the last push that concern this anomaly. */
  const pushedFor = (id: string) => (JSON.parse(receiver.requests.at(-1)!.body) as PostableAlert[]).filter((a) => a.labels.anomaly_id === id);

  async function openCritical(): Promise<string> {
    const deploymentId = await liveDeployment(db);
    const [{ release_id: releaseId }] = await db.sql.query<{ release_id: string }>("SELECT release_id::text FROM deployments WHERE id = $1", [deploymentId]);
    return (await db.sql.transaction((tx) => openAnomaly(tx, crashFinding(deploymentId, 9, "critical"), releaseId, new Date()))).id;
  }

  beforeAll(async () => {
    db = await openTestDatabase();
    receiver = await startReceiver(() => (failing ? { status: 503, body: "maintenance" } : { status: 200 }));
  });
  afterAll(async () => {
    await receiver?.close();
    await db?.close();
  });

  it("pushes a new anomaly at once, re-sends it each period, and ends it when resolved", async () => {
    const push = pusher();
    const id = await openCritical();
    const t0 = new Date();
    expect(await push.pass(db, t0)).toEqual({ pushed: 1, failed: 0 });
    expect(receiver.requests.at(-1)!.headers["content-type"]).toBe("application/json");
    const [critical] = pushedFor(id);
    expect(critical).toMatchObject({
      labels: { severity: "critical", ring: "canary", kind: "crash_rate" },
      endsAt: at(t0, 120).toISOString(),
      generatorURL: `https://rw.example.com/anomalies/${id}`,
    });

    const count = receiver.requests.length;
    expect(await push.pass(db, at(t0, 5))).toEqual({ pushed: 0, failed: 0 });
    expect(receiver.requests.length).toBe(count);
    await push.pass(db, at(t0, 30));
    expect(receiver.requests.length).toBe(count + 1);

    const resolved = await actOnAnomaly(testContext(db, { actor: userPrincipal("operator", "ann@example.com") }), id, "resolve", "fixed by rollback");
    await push.pass(db, at(t0, 31));
    expect(pushedFor(id).map((a) => [a.labels.severity, a.endsAt])).toEqual([
      ["critical", resolved.resolvedAt],
      ["info", resolved.resolvedAt],
      ["warning", resolved.resolvedAt],
    ]);
  });

  it("backs off while Alertmanager fails, keeps the last success, and recovers", async () => {
    const push = pusher();
    const id = await openCritical();
    const t0 = new Date();
    failing = true;
    expect(await push.pass(db, t0)).toEqual({ pushed: 1, failed: 1 });
    const before = (await alertmanagerStatus(testContext(db), env())).targets[0];
    expect(before).toMatchObject({ consecutiveFailures: 1, lastStatusCode: 503, lastError: "HTTP 503: maintenance" });
    // Retries after 1 s, 2 s, 4 s...: not every second.
    expect(await push.pass(db, at(t0, 1))).toEqual({ pushed: 1, failed: 1 });
    expect(await push.pass(db, at(t0, 2))).toEqual({ pushed: 0, failed: 0 });
    expect(await push.pass(db, at(t0, 3))).toEqual({ pushed: 1, failed: 1 });
    expect(await push.pass(db, at(t0, 6))).toEqual({ pushed: 0, failed: 0 });
    expect((await alertmanagerStatus(testContext(db), env())).targets[0].consecutiveFailures).toBe(3);
    failing = false;
    expect(await push.pass(db, at(t0, 7))).toEqual({ pushed: 1, failed: 0 });
    expect(pushedFor(id)[0].labels.severity).toBe("critical");
    expect((await alertmanagerStatus(testContext(db), env())).targets[0]).toMatchObject({
      consecutiveFailures: 0,
      lastError: null,
      lastSuccessAt: at(t0, 7).toISOString(),
    });
  });

  it("after a restart, pushes at once and re-sends what was resolved since the last success", async () => {
    const id = await openCritical();
    await pusher().pass(db, new Date());
    await actOnAnomaly(testContext(db, { actor: userPrincipal("operator", "ann@example.com") }), id, "resolve", "while the app was down");
    const restarted = pusher();
    expect(await restarted.pass(db, new Date())).toEqual({ pushed: 1, failed: 0 });
    expect(pushedFor(id)[0].annotations.status).toBe("resolved");
  });

  it("reports no push when no Alertmanager is configured (unusable settings stop start-up instead)", async () => {
    expect(await alertmanagerStatus(testContext(db), configFrom({}))).toMatchObject({ configured: false, configError: null, targets: [] });
  });
});
