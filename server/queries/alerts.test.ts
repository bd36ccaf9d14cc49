import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertListQuerySchema } from "../../schemas/alerts";
import { admin, liveDeployment, webhookTo } from "../alerts/alertTestSupport";
import { resetConfig } from "../config";
import type { Database } from "../db/database";
import { openTestDatabase, TEST_BACKEND } from "../db/testDatabase";
import { markAlertsRead } from "../services/alerts/markRead";
import { actOnDeployment } from "../services/deployments/act";
import { createUser } from "../services/users/create";
import { userPrincipal, type Principal } from "../auth/principal";
import { listAlerts } from "./alerts";
import { testContext } from "../services/testContext";

const ALLOWED = "127.0.0.1:9";
const list = (db: Database, query: Record<string, unknown> = {}, userId: string | null = null) => listAlerts(db.sql, alertListQuerySchema.parse(query), userId);

describe(`alert feed on ${TEST_BACKEND}`, () => {
  let db: Database;
  beforeAll(async () => {
    resetConfig({ RINGWATCH_WEBHOOK_ALLOW_HOSTS: ALLOWED });
    db = await openTestDatabase();
  });
  afterAll(async () => {
    resetConfig();
    await db?.close();
  });

  /** Puts an alert's deliveries (in queue order) into the given statuses, as the dispatcher would. */
  async function setStatuses(outboxId: string, statuses: string[]) {
    const deliveries = await db.sql.query<{ id: string }>("SELECT id::text AS id FROM webhook_deliveries WHERE outbox_id = $1::bigint ORDER BY id", [outboxId]);
    for (const [i, { id }] of deliveries.entries()) await db.sql.query("UPDATE webhook_deliveries SET status = $2 WHERE id = $1::bigint", [id, statuses[i]]);
  }

  it("lists alerts newest first with title, in-app link, actor and delivery counts; no webhook is zero endpoints", async () => {
    const quiet = await liveDeployment(db);
    await actOnDeployment(testContext(db, { actor: admin }), quiet, "pause", "before any webhook");
    const hooks = [await webhookTo(db, `http://${ALLOWED}/a`), await webhookTo(db, `http://${ALLOWED}/b`), await webhookTo(db, `http://${ALLOWED}/c`)];
    const watched = await liveDeployment(db);
    await actOnDeployment(testContext(db, { actor: admin }), watched, "halt", "stop it");

    const { items } = await list(db);
    const [halted, paused] = items;
    expect(halted).toMatchObject({
      type: "deployment.halted",
      severity: "warning",
      ring: "canary",
      actor: admin.email,
      href: `/deployments/${watched}`,
      delivery: { endpoints: 3, delivered: 0, pending: 3, failing: 0, dead: 0 },
    });
    expect(halted.title).toMatch(/^Deployment of agent-\S+ 2\.0 halted \(canary\)$/);
    expect(Date.parse(halted.at)).not.toBeNaN();
    expect(paused).toMatchObject({
      type: "deployment.paused",
      href: `/deployments/${quiet}`,
      delivery: { endpoints: 0, delivered: 0, pending: 0, failing: 0, dead: 0 },
    });
    expect(BigInt(halted.id)).toBeGreaterThan(BigInt(paused.id));

    await setStatuses(halted.id, ["delivered", "failed", "dead"]);
    const [after] = (await list(db)).items;
    expect(after.delivery).toEqual({ endpoints: 3, delivered: 1, pending: 0, failing: 1, dead: 1 });
    for (const hook of hooks) await db.prisma.webhook.delete({ where: { id: hook.id } });
  });

  it("leaves out webhook test probes", async () => {
    const event = { type: "webhook.test", at: new Date().toISOString(), severity: "info", ring: null, data: { webhookId: "w", message: "m" } };
    await db.sql.query("INSERT INTO alert_outbox (type, severity, ring, payload, created_at) VALUES ($1, 'info', NULL, $2::jsonb, $3)", [
      event.type,
      JSON.stringify(event),
      event.at,
    ]);
    const { items } = await list(db, { limit: 100 });
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((a) => a.type)).not.toContain("webhook.test");
  });

  it("pages with before = nextCursor, each alert exactly once", async () => {
    for (let i = 0; i < 3; i++) {
      const id = await liveDeployment(db);
      await actOnDeployment(testContext(db, { actor: admin }), id, "pause", `page ${i}`);
      await actOnDeployment(testContext(db, { actor: admin }), id, "resume", `page ${i}`);
    }
    const everything = (await list(db, { limit: 100 })).items.map((a) => a.id);
    const seen: string[] = [];
    let before: string | undefined;
    do {
      const page = await list(db, { limit: 3, before });
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((a) => a.id));
      before = page.nextCursor ?? undefined;
    } while (before);
    expect(seen).toEqual(everything);
    expect(alertListQuerySchema.safeParse({ before: "1 OR 1=1" }).success).toBe(false);
    expect(alertListQuerySchema.safeParse({ limit: "101" }).success).toBe(false);
    expect(alertListQuerySchema.parse({}).limit).toBe(20);
  });

  it("keeps read state per account: a marker, single reads, own actions read, nothing for API keys", async () => {
    const ann = await createUser(testContext(db, { actor: admin }), {
      email: `ann-${Date.now()}@example.com`,
      name: "Ann",
      password: "a long enough password",
      role: "operator",
    });
    const bob = await createUser(testContext(db, { actor: admin }), {
      email: `bob-${Date.now()}@example.com`,
      name: "Bob",
      password: "a long enough password",
      role: "viewer",
    });
    const annActor = userPrincipal("operator", ann.email, ann.id);
    const first = await liveDeployment(db);
    await actOnDeployment(testContext(db, { actor: admin }), first, "pause", "one");
    const second = await liveDeployment(db);
    await actOnDeployment(testContext(db, { actor: admin }), second, "pause", "two");
    const own = await liveDeployment(db);
    await actOnDeployment(testContext(db, { actor: annActor }), own, "pause", "Ann's own");

    const page = await list(db, { limit: 3 }, ann.id);
    const [ownAlert, newer, older] = page.items;
    expect(ownAlert).toMatchObject({ deploymentId: own, unread: false });
    expect(newer).toMatchObject({ deploymentId: second, unread: true });
    expect(older).toMatchObject({ deploymentId: first, unread: true });
    expect(page.unreadCount).toBe(2);

    expect(await markAlertsRead(testContext(db, { actor: annActor }), { ids: [newer.id] })).toEqual({ unreadCount: 1 });
    expect((await list(db, { unread: "true", limit: 100 }, ann.id)).items.map((a) => a.id)).toEqual([older.id]);
    expect(await markAlertsRead(testContext(db, { actor: annActor }), { upTo: newer.id })).toEqual({ unreadCount: 0 });
    expect(await db.sql.query("SELECT 1 FROM alert_reads WHERE user_id = $1", [ann.id])).toEqual([]);
    // The marker never moves back.
    expect(await markAlertsRead(testContext(db, { actor: annActor }), { upTo: "1" })).toEqual({ unreadCount: 0 });

    expect((await list(db, { limit: 3 }, bob.id)).unreadCount).toBe(3);
    const keyPage = await list(db, { limit: 3 });
    expect(keyPage.unreadCount).toBeNull();
    expect(keyPage.items.every((a) => a.unread === null)).toBe(true);
    const key: Principal = { kind: "apiKey", id: "k", name: "ci", scopes: ["read"], rateLimitPerSec: null, permissions: new Set(["fleet:read"]) };
    await expect(markAlertsRead(testContext(db, { actor: key }), { upTo: newer.id })).rejects.toMatchObject({ kind: "conflict" });
  });

  it("filters by kind, severity, deployment and time", async () => {
    const id = await liveDeployment(db);
    await actOnDeployment(testContext(db, { actor: admin }), id, "pause", "filters");
    await actOnDeployment(testContext(db, { actor: admin }), id, "resume", "filters");
    const mine = await list(db, { deploymentId: id, limit: 100 });
    expect(mine.items.map((a) => a.type)).toEqual(["deployment.resumed", "deployment.paused"]);
    expect((await list(db, { deploymentId: id, severity: "warning" })).items.map((a) => a.type)).toEqual(["deployment.paused"]);
    expect((await list(db, { deploymentId: id, kind: "anomaly" })).items).toEqual([]);
    expect((await list(db, { deploymentId: id, type: "deployment.resumed" })).items).toHaveLength(1);
    const [resumed] = mine.items;
    expect((await list(db, { deploymentId: id, since: resumed.at })).items.map((a) => a.id)).toContain(resumed.id);
    expect((await list(db, { deploymentId: id, until: new Date(Date.parse(resumed.at) - 60_000).toISOString() })).items).toEqual([]);
  });

  it("leaves Ringwatch's own promotions out of the feed (routine progress), keeps a person's, and still sends both to webhooks", async () => {
    const byHand = await liveDeployment(db);
    await actOnDeployment(testContext(db, { actor: admin }), byHand, "promote", "by hand");
    const bySystem = await liveDeployment(db);
    await actOnDeployment(testContext(db), bySystem, "promote", "Gate for canary said go");
    expect((await list(db, { deploymentId: byHand })).items.map((a) => [a.type, a.title])).toEqual([
      ["deployment.stage_promoted", expect.stringMatching(/ 2\.0 promoted to early$/)],
    ]);
    expect((await list(db, { deploymentId: bySystem })).items).toEqual([]);
    const outbox = await db.sql.query("SELECT 1 FROM alert_outbox WHERE payload -> 'data' -> 'deployment' ->> 'id' = $1", [bySystem]);
    expect(outbox).toHaveLength(1);
  });
});
