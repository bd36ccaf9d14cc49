import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertListQuerySchema } from "../../schemas/alerts";
import { admin, liveDeployment, webhookTo } from "../alerts/alertTestSupport";
import { resetConfig } from "../config";
import type { Database } from "../db/database";
import { openTestDatabase, TEST_BACKEND } from "../db/testDatabase";
import { actOnDeployment } from "../services/deployments/act";
import { listAlerts } from "./alerts";
import { testContext } from "../services/testContext";

const ALLOWED = "127.0.0.1:9";
const list = (db: Database, query: Record<string, unknown> = {}) => listAlerts(db.sql, alertListQuerySchema.parse(query));

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
});
