import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anomalyAlert, deploymentAlert } from "../../core/alerts/events";
import { resetConfig } from "../config";
import type { Database } from "../db/database";
import { openTestDatabase, TEST_BACKEND } from "../db/testDatabase";
import type { Finding } from "../../core/detection/detect";
import { loadAnomaly } from "../queries/anomalyRows";
import { actOnAnomaly } from "../services/anomalies/act";
import { healAnomaly, openAnomaly, refreshAnomaly } from "../services/anomalies/save";
import { actOnDeployment } from "../services/deployments/act";
import { admin, crashFinding, deliveriesOf, liveDeployment, webhookTo } from "./alertTestSupport";
import { enqueueAlert } from "./outbox";
import { userPrincipal } from "../auth/principal";
import { testContext } from "../services/testContext";

const ALLOWED = "127.0.0.1:9";

describe(`alert outbox on ${TEST_BACKEND}`, () => {
  let db: Database;
  beforeAll(async () => {
    resetConfig({ RINGWATCH_WEBHOOK_ALLOW_HOSTS: ALLOWED });
    db = await openTestDatabase();
  });
  afterAll(async () => {
    resetConfig();
    await db?.close();
  });

  const outboxCount = async (type: string) => (await db.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM alert_outbox WHERE type = $1", [type]))[0].n;

  it("writes a deployment's alert with the change, and nothing when the change is refused", async () => {
    const hook = await webhookTo(db, `http://${ALLOWED}/all`);
    const id = await liveDeployment(db);
    await actOnDeployment(testContext(db, { actor: admin }), id, "pause", "looks bad");
    const [row] = await db.sql.query<{ payload: { data: { deployment: { id: string; ring: string }; actor: string; reason: string } }; severity: string }>(
      "SELECT payload, severity FROM alert_outbox WHERE type = 'deployment.paused' ORDER BY id DESC LIMIT 1",
    );
    expect(row.payload.data).toMatchObject({ deployment: { id, ring: "canary" }, actor: admin.email, reason: "looks bad" });
    expect(row.severity).toBe("warning");
    expect((await deliveriesOf(db, hook.id)).map((d) => d.type)).toEqual(["deployment.paused"]);

    const before = await outboxCount("deployment.paused");
    await expect(actOnDeployment(testContext(db, { actor: admin }), id, "pause", "again")).rejects.toMatchObject({ kind: "conflict" });
    expect(await outboxCount("deployment.paused")).toBe(before);
    await actOnDeployment(testContext(db, { actor: admin }), id, "resume", "fixed");
    await actOnDeployment(testContext(db, { actor: admin }), id, "promote", "go");
    expect((await deliveriesOf(db, hook.id)).map((d) => d.type)).toEqual(["deployment.paused", "deployment.resumed", "deployment.stage_promoted"]);
    await db.prisma.webhook.delete({ where: { id: hook.id } });
  });

  it("rolls the alert back with its transaction", async () => {
    const before = await outboxCount("deployment.halted");
    const event = deploymentAlert("halt", { id: "x", status: "halted", component: "c", version: "1", ring: "canary" }, "a", "r", new Date());
    await expect(
      db.sql.transaction(async (tx) => {
        await enqueueAlert(tx, event);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await outboxCount("deployment.halted")).toBe(before);
  });

  it("fans out at enqueue to enabled endpoints whose severity, ring and event filters match", async () => {
    const everything = await webhookTo(db, `http://${ALLOWED}/a`);
    const criticalOnly = await webhookTo(db, `http://${ALLOWED}/b`, { minSeverity: "critical" });
    const broadOnly = await webhookTo(db, `http://${ALLOWED}/c`, { rings: ["broad"] });
    const resolvedOnly = await webhookTo(db, `http://${ALLOWED}/d`, { events: ["anomaly.resolved"] });
    const disabled = await webhookTo(db, `http://${ALLOWED}/e`, { enabled: false });
    const facts = {
      id: "00000000-0000-4000-8000-000000000001",
      kind: "crash_rate",
      severity: "warning" as const,
      status: "open",
      ring: "canary",
      component: "agent",
      version: "2",
      deploymentId: "d",
      summary: "s",
      exposed: 10,
      affected: 3,
      suspects: [],
    };
    const targets = await db.sql.transaction((tx) => enqueueAlert(tx, anomalyAlert("anomaly.opened", facts, "system", new Date())));
    expect(targets).toEqual([everything.id]);
    const critical = await db.sql.transaction((tx) =>
      enqueueAlert(tx, anomalyAlert("anomaly.updated", { ...facts, severity: "critical" }, "system", new Date())),
    );
    expect(new Set(critical)).toEqual(new Set([everything.id, criticalOnly.id]));
    const resolved = await db.sql.transaction((tx) => enqueueAlert(tx, anomalyAlert("anomaly.resolved", { ...facts, ring: "broad" }, "system", new Date())));
    expect(new Set(resolved)).toEqual(new Set([everything.id, broadOnly.id, resolvedOnly.id]));
    expect(await deliveriesOf(db, disabled.id)).toEqual([]);
    const ids = (await deliveriesOf(db, everything.id)).map((d) => d.message_id);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^msg_[0-9a-f]{32}$/);
  });

  it("alerts on open, on a real change (not every tick), acknowledge and resolve", async () => {
    const hook = await webhookTo(db, `http://${ALLOWED}/anomalies`);
    const deploymentId = await liveDeployment(db);
    const [{ release_id: releaseId }] = await db.sql.query<{ release_id: string }>("SELECT release_id::text FROM deployments WHERE id = $1", [deploymentId]);
    const finding = (affected: number, severity: Finding["severity"]) => crashFinding(deploymentId, affected, severity);
    const now = new Date();
    const opened = await db.sql.transaction((tx) => openAnomaly(tx, finding(3, "warning"), releaseId, now));
    const reload = async () => (await loadAnomaly(db.sql, opened.id))!;
    // Loaded before each transaction: PGlite has one connection, which the transaction holds.
    const refresh = async (affected: number, severity: Finding["severity"]) => {
      const current = await reload();
      await db.sql.transaction((tx) => refreshAnomaly(tx, current, finding(affected, severity), severity, now));
    };
    await refresh(3, "warning");
    await refresh(5, "warning");
    await refresh(5, "critical");
    await actOnAnomaly(testContext(db, { actor: userPrincipal("analyst", "ann@example.com"), now }), opened.id, "acknowledge", "looking");
    const acknowledged = await reload();
    await db.sql.transaction((tx) => healAnomaly(tx, acknowledged, 1800, now));
    const sent = await db.sql.query<{
      type: string;
      payload: { data: { anomaly: { id: string; severity: string; affected: number; status: string }; actor: string } };
    }>("SELECT o.type, o.payload FROM webhook_deliveries d JOIN alert_outbox o ON o.id = d.outbox_id WHERE d.webhook_id = $1 ORDER BY d.id", [hook.id]);
    expect(sent.map((s) => s.type)).toEqual(["anomaly.opened", "anomaly.updated", "anomaly.updated", "anomaly.acknowledged", "anomaly.resolved"]);
    expect(sent.map((s) => [s.payload.data.anomaly.severity, s.payload.data.anomaly.affected])).toEqual([
      ["warning", 3],
      ["warning", 5],
      ["critical", 5],
      ["critical", 5],
      ["critical", 5],
    ]);
    expect(sent[3].payload.data).toMatchObject({ actor: "ann@example.com", anomaly: { id: opened.id, status: "acknowledged" } });
    expect(sent[4].payload.data.anomaly.status).toBe("resolved");
  });
});
