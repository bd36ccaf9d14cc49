import { expect, test } from "@playwright/test";
import { alertAbout, pausedDeployment, type AlertItem } from "../support/alerts";
import { call, createApiKey } from "../support/api";
import { testEnv } from "../support/env";

type AlertPage = { items: AlertItem[]; nextCursor: string | null; unreadCount: number | null };

test.describe("alert feed API", () => {
  test("needs credentials with read access", async () => {
    const anonymous = await call<{ error: { code: string } }>("GET", "/api/v1/alerts", { key: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe("unauthorized");
    expect((await call("GET", "/api/v1/alerts", { key: await createApiKey(["ingest"]) })).status).toBe(403);
    expect((await call("GET", "/api/v1/alerts", { key: await createApiKey(["read"]) })).status).toBe(200);
  });

  test("lists alerts newest first with title, in-app link, actor and delivery counts, without webhook tests", async () => {
    const older = await pausedDeployment("first");
    const newer = await pausedDeployment("second");
    // A probe to an allow-listed port nobody listens on: it fails, and must not show up as an alert.
    const hook = await call<{ id: string }>("POST", "/api/v1/webhooks", { json: { url: `http://127.0.0.1:${testEnv.webhookPort}/nobody`, format: "json" } });
    expect(hook.status, hook.text).toBe(201);
    expect((await call("POST", `/api/v1/webhooks/${hook.body.id}/test`)).status).toBe(200);
    expect((await call("DELETE", `/api/v1/webhooks/${hook.body.id}`)).status).toBe(200);

    const page = await call<AlertPage>("GET", "/api/v1/alerts", { key: await createApiKey(["read"]) });
    expect(page.status, page.text).toBe(200);
    expect(page.body.items.map((a) => a.type)).not.toContain("webhook.test");
    const alert = (await alertAbout(newer.id))!;
    expect(alert).toEqual({
      id: expect.stringMatching(/^[0-9]+$/),
      type: "deployment.paused",
      severity: "warning",
      ring: "canary",
      title: `Deployment of ${newer.component} 1.0 paused (canary)`,
      href: `/deployments/${newer.id}`,
      at: expect.any(String),
      actor: expect.any(String),
      delivery: { endpoints: 0, delivered: 0, pending: 0, failing: 0, dead: 0 },
      deploymentId: newer.id,
      anomalyId: null,
      unread: null,
    });
    expect(Date.parse(alert.at)).toBeGreaterThan(Date.now() - 60_000);
    const ids = page.body.items.map((a) => BigInt(a.id));
    expect(ids).toEqual(ids.toSorted((a, b) => (a > b ? -1 : 1)));
    expect(BigInt(alert.id)).toBeGreaterThan(BigInt((await alertAbout(older.id))!.id));
  });

  test("pages with before = nextCursor and refuses bad input", async () => {
    await pausedDeployment();
    await pausedDeployment();
    const first = await call<AlertPage>("GET", "/api/v1/alerts?limit=1");
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).toBe(first.body.items[0].id);
    const second = await call<AlertPage>("GET", `/api/v1/alerts?limit=1&before=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(1);
    expect(BigInt(second.body.items[0].id)).toBeLessThan(BigInt(first.body.items[0].id));
    expect((await call("GET", "/api/v1/alerts?limit=101")).status).toBe(400);
    expect((await call("GET", "/api/v1/alerts?before=abc")).status).toBe(400);
  });

  test("an API key has no account: no read state in the list, and marking read is refused", async () => {
    const paused = await pausedDeployment("read state of keys");
    const page = await call<AlertPage>("GET", `/api/v1/alerts?deploymentId=${paused.id}`);
    expect(page.status, page.text).toBe(200);
    expect(page.body.unreadCount).toBeNull();
    expect(page.body.items.map((a) => [a.deploymentId, a.unread])).toEqual([[paused.id, null]]);
    const refused = await call<{ error: { code: string; message: string } }>("POST", "/api/v1/alerts/read", { json: { upTo: page.body.items[0].id } });
    expect(refused.status, refused.text).toBe(409);
    expect(refused.body.error.message).toMatch(/API key has no account/);
    expect((await call("POST", "/api/v1/alerts/read", { json: {} })).status).toBe(400);
    expect((await call("POST", "/api/v1/alerts/read", { json: { upTo: "1", ids: ["2"] } })).status).toBe(400);
  });
});
