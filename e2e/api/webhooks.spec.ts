import { expect, test } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { startReceiver, type Receiver } from "../../server/alerts/testReceiver";
import { pausedDeployment } from "../support/alerts";
import { call, createApiKey } from "../support/api";
import { E2E_PUBLIC_URL, testEnv } from "../support/env";

type WebhookAnswer = { id: string; secret: string | null; secretHint: string | null; url: string; failing: boolean; enabled: boolean };
type Attempt = { deliveryId: string; messageId: string; type: string; outcome: string; statusCode: number | null; deliveryStatus: string };
type AlertBody = { type: string; timestamp: string; data: { deployment?: { id: string; ring: string }; url?: string; reason?: string } };

const PAUSE_REASON = "e2e webhook check";
/** A paused rollout of a component of its own: the alert to look for names this deployment. */
const pausedDeploymentId = async () => (await pausedDeployment(PAUSE_REASON)).id;

const alertsFor = (receiver: Receiver, deploymentId: string) =>
  receiver.requests.filter((r) => r.path === "/hook" && (JSON.parse(r.body) as AlertBody).data.deployment?.id === deploymentId);

test.describe("alert webhooks", () => {
  let receiver: Receiver;
  const created: string[] = [];
  test.beforeAll(async () => {
    receiver = await startReceiver(() => ({ status: 200, body: "thanks" }), testEnv.webhookPort);
  });
  test.afterAll(async () => {
    for (const id of created) await call("DELETE", `/api/v1/webhooks/${id}`);
    await receiver?.close();
  });

  async function createWebhook(json: Record<string, unknown>) {
    const answer = await call<WebhookAnswer>("POST", "/api/v1/webhooks", { json });
    if (answer.status === 201) created.push(answer.body.id);
    return answer;
  }

  test("only admins manage webhooks and see the Alertmanager push", async () => {
    for (const scopes of [["operate"], ["read"], ["ingest"]]) {
      const key = await createApiKey(scopes);
      for (const [method, path] of [
        ["GET", "/api/v1/webhooks"],
        ["POST", "/api/v1/webhooks"],
        ["GET", "/api/v1/webhooks/00000000-0000-4000-8000-000000000000/deliveries"],
        ["GET", "/api/v1/alertmanager"],
      ]) {
        const answer = await call<{ error: { code: string } }>(method, path, {
          key,
          json: method === "POST" ? { url: receiver.url, format: "json" } : undefined,
        });
        expect(answer.status, `${scopes} ${method} ${path}`).toBe(403);
        expect(answer.body.error.code).toBe("forbidden");
      }
    }
    expect((await call("GET", "/api/v1/webhooks", { key: null })).status).toBe(401);
    expect((await call("GET", "/api/v1/alertmanager", { key: null })).status).toBe(401);
  });

  test("refuses URLs that reach inside the network, with the reason", async () => {
    for (const url of [
      "http://169.254.169.254/latest/meta-data",
      "http://127.0.0.1:6379/",
      "http://[::1]/hook",
      "http://10.0.0.5/hook",
      "http://[fd00:ec2::254]/",
    ]) {
      const answer = await createWebhook({ url, format: "json" });
      expect(answer.status, url).toBe(400);
      expect(answer.text).toMatch(/Refusing|refus/i);
    }
    expect((await createWebhook({ url: "file:///etc/passwd", format: "json" })).status).toBe(400);
    expect((await createWebhook({ url: receiver.url, format: "pagerduty" })).status).toBe(400);
  });

  test("Slack, Teams and PagerDuty endpoints each get their own format, linking back to the app", async () => {
    const formats = { slack: {}, teams: {}, pagerduty: { secret: "R0UTINGKEY" } } as const;
    for (const [format, extra] of Object.entries(formats)) {
      const hook = await createWebhook({ url: receiver.url.replace("/hook", `/${format}`), format, ...extra });
      expect(hook.status, hook.text).toBe(201);
    }
    const deploymentId = await pausedDeploymentId();
    const link = `${E2E_PUBLIC_URL}/deployments/${deploymentId}`;
    const bodyAt = (path: string) => receiver.requests.find((r) => r.path === path && r.body.includes(deploymentId));
    await expect.poll(() => ["/slack", "/teams", "/pagerduty"].every((path) => bodyAt(path)), { timeout: 20_000 }).toBe(true);

    const slack = JSON.parse(bodyAt("/slack")!.body);
    expect(slack.text).toContain("paused");
    expect(JSON.stringify(slack.blocks)).toContain(link);
    const teams = JSON.parse(bodyAt("/teams")!.body);
    expect(teams).toMatchObject({
      type: "message",
      attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: { type: "AdaptiveCard" } }],
    });
    expect(JSON.stringify(teams.attachments[0].content)).toContain(link);
    const pagerduty = JSON.parse(bodyAt("/pagerduty")!.body);
    expect(pagerduty).toMatchObject({ routing_key: "R0UTINGKEY", event_action: "trigger", dedup_key: `deployment-${deploymentId}` });
    for (const path of ["/slack", "/teams", "/pagerduty"]) expect(bodyAt(path)!.headers["content-type"]).toContain("application/json");
    // Only Standard Webhooks bodies carry its signature headers.
    expect(bodyAt("/slack")!.headers["webhook-signature"]).toBeUndefined();
    for (const id of created.splice(0)) await call("DELETE", `/api/v1/webhooks/${id}`);
  });

  test("delivers signed alerts, sends a test, logs attempts and redelivers with the same id", async () => {
    const hook = await createWebhook({ url: receiver.url, format: "json" });
    expect(hook.status, hook.text).toBe(201);
    expect(hook.body.secret).toMatch(/^whsec_/);
    const shown = await call<WebhookAnswer & { secret?: string }>("GET", `/api/v1/webhooks/${hook.body.id}`);
    expect(shown.body.secret).toBeUndefined();
    expect(hook.body.secret!.startsWith(shown.body.secretHint!.replace("…", ""))).toBe(true);
    const verifier = new Webhook(hook.body.secret!);

    const probe = await call<{ delivered: boolean; statusCode: number; messageId: string }>("POST", `/api/v1/webhooks/${hook.body.id}/test`);
    expect(probe.body).toMatchObject({ delivered: true, statusCode: 200 });
    const tested = receiver.requests.find((r) => r.headers["webhook-id"] === probe.body.messageId)!;
    expect((verifier.verify(tested.body, tested.headers as Record<string, string>) as AlertBody).type).toBe("webhook.test");

    const deploymentId = await pausedDeploymentId();
    await expect.poll(() => alertsFor(receiver, deploymentId).length, { timeout: 15_000 }).toBe(1);
    const [alert] = alertsFor(receiver, deploymentId);
    const body = verifier.verify(alert.body, alert.headers as Record<string, string>) as AlertBody;
    expect(body).toMatchObject({
      type: "deployment.paused",
      data: { deployment: { id: deploymentId, ring: "canary" }, reason: PAUSE_REASON, url: `${E2E_PUBLIC_URL}/deployments/${deploymentId}` },
    });

    // The receiver sees the request before the app has read the answer and logged the attempt.
    const logged = async () =>
      (await call<{ items: Attempt[] }>("GET", `/api/v1/webhooks/${hook.body.id}/deliveries`)).body.items.find(
        (a) => a.messageId === alert.headers["webhook-id"],
      );
    await expect.poll(async () => (await logged())?.outcome, { timeout: 10_000 }).toBe("delivered");
    const entry = (await logged())!;
    expect(entry).toMatchObject({ type: "deployment.paused", outcome: "delivered", statusCode: 200, deliveryStatus: "delivered" });
    const again = await call("POST", `/api/v1/webhooks/${hook.body.id}/deliveries/${entry.deliveryId}/redeliver`);
    expect(again.status, again.text).toBe(202);
    await expect.poll(() => alertsFor(receiver, deploymentId).length, { timeout: 15_000 }).toBe(2);
    expect(alertsFor(receiver, deploymentId)[1].headers["webhook-id"]).toBe(alert.headers["webhook-id"]);

    const disabled = await call<WebhookAnswer>("PATCH", `/api/v1/webhooks/${hook.body.id}`, { json: { enabled: false } });
    expect(disabled.body.enabled).toBe(false);
    const quiet = await pausedDeploymentId();
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(alertsFor(receiver, quiet)).toHaveLength(0);
    expect((await call("DELETE", `/api/v1/webhooks/${hook.body.id}`)).status).toBe(200);
    expect((await call("GET", `/api/v1/webhooks/${hook.body.id}`)).status).toBe(404);
  });
});
