import { expect, test } from "@playwright/test";
import { findFreePort, startAppServer } from "../../scripts/lib/appServer";
import { startReceiver } from "../../server/alerts/testReceiver";
import { createTestStorage } from "../support/storage";

const KEY = "rw_webhook_restart_key_0123456789";

/** Delivery state lives in the database: an alert not yet delivered when the app dies goes out after restart, same id. */
test("an undelivered alert is delivered after a hard kill and restart", async () => {
  test.setTimeout(240_000);
  const storage = await createTestStorage("rw_hookrestart");
  const receiverPort = await findFreePort();
  const options = { ...storage.server, env: { RINGWATCH_BOOTSTRAP_API_KEY: KEY, RINGWATCH_WEBHOOK_ALLOW_HOSTS: `127.0.0.1:${receiverPort}` } };
  const api = async (baseUrl: string, method: string, path: string, json?: unknown) => {
    const answer = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
    return { status: answer.status, body: await answer.json() };
  };
  try {
    const first = await startAppServer(options);
    // Nothing listens on the receiver's port yet: every attempt fails and the alert stays queued.
    const hook = await api(first.baseUrl, "POST", "/api/v1/webhooks", { url: `http://127.0.0.1:${receiverPort}/hook`, format: "json" });
    expect(hook.status).toBe(201);
    const release = await api(first.baseUrl, "POST", "/api/v1/releases", { component: "agent", version: "9.9" });
    const deployment = await api(first.baseUrl, "POST", "/api/v1/deployments", { releaseId: release.body.id, stages: [{ ring: "canary", bakeSeconds: 3600 }] });
    expect((await api(first.baseUrl, "POST", `/api/v1/deployments/${deployment.body.id}/actions`, { action: "halt", reason: "restart check" })).status).toBe(
      200,
    );
    let failed: { messageId: string; outcome: string } | undefined;
    await expect
      .poll(
        async () => {
          failed = (await api(first.baseUrl, "GET", `/api/v1/webhooks/${hook.body.id}/deliveries`)).body.items[0];
          return failed?.outcome;
        },
        { timeout: 20_000 },
      )
      .toBe("failed");
    first.kill("SIGKILL");
    await first.exited;

    const receiver = await startReceiver(() => ({ status: 200 }), receiverPort);
    const second = await startAppServer(options);
    try {
      await expect.poll(() => receiver.requests.length, { timeout: 60_000 }).toBeGreaterThan(0);
      const [delivered] = receiver.requests;
      expect(delivered.headers["webhook-id"]).toBe(failed!.messageId);
      expect(JSON.parse(delivered.body)).toMatchObject({ type: "deployment.halted", data: { deployment: { id: deployment.body.id } } });
    } finally {
      await second.stop();
      await receiver.close();
    }
  } finally {
    await storage.dispose();
  }
});
