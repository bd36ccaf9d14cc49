import { expect, test } from "@playwright/test";
import { call, createApiKey, heartbeat, unique } from "../support/api";

type Deployment = { id: string; status: string; stages: { ring: string; status: string; exposedDevices: number }[]; allowedActions: string[] };
type Gate = { decision: string; reasons: string[] };
type Manifest = { deviceId: string; ring: string; versions: Record<string, string> };

const inFuture = (ms: number) => new Date(Date.now() + ms).toISOString();

/** A component of its own per test, so specs sharing the server never share a rollout. */
async function release(component: string, version: string): Promise<string> {
  const answer = await call<{ id: string }>("POST", "/api/v1/releases", { json: { component, version } });
  expect(answer.status).toBe(201);
  return answer.body.id;
}

async function deploy(releaseId: string, stages: { ring: string; bakeSeconds: number }[]): Promise<Deployment> {
  const answer = await call<Deployment>("POST", "/api/v1/deployments", { json: { releaseId, stages } });
  expect(answer.status, answer.text).toBe(201);
  return answer.body;
}

async function manifest(key: string, deviceId: string): Promise<Manifest> {
  const answer = await call<Manifest>("GET", `/api/v1/manifest?deviceId=${encodeURIComponent(deviceId)}`, { key });
  expect(answer.status).toBe(200);
  return answer.body;
}

async function ingest(key: string, events: unknown[]): Promise<void> {
  const answer = await call<{ accepted: number }>("POST", "/api/v1/ingest", { key, json: { events } });
  expect(answer.status).toBe(202);
}

test.describe("rollouts by ring", () => {
  let agentKey: string;
  test.beforeAll(async () => {
    agentKey = await createApiKey(["ingest"]);
  });

  test("bake and a go gate promote the next ring; pause stops new offers; rollback offers the previous version", async () => {
    test.setTimeout(90_000);
    const component = unique("agent");
    const canary = Array.from({ length: 5 }, (_, i) => unique(`c${i}`));
    const early = Array.from({ length: 3 }, (_, i) => unique(`e${i}`));
    await ingest(agentKey, [...canary.map((d) => heartbeat(d, { ring: "canary" })), ...early.map((d) => heartbeat(d, { ring: "early" }))]);

    const v1 = await deploy(await release(component, "1.0"), [
      { ring: "canary", bakeSeconds: 0 },
      { ring: "early", bakeSeconds: 0 },
    ]);
    for (const action of ["promote", "promote"]) {
      expect((await call("POST", `/api/v1/deployments/${v1.id}/actions`, { json: { action, reason: "baseline for the test" } })).status).toBe(200);
    }
    const v2 = await deploy(await release(component, "2.0"), [
      { ring: "canary", bakeSeconds: 0 },
      { ring: "early", bakeSeconds: 600 },
    ]);

    for (const device of canary) expect((await manifest(agentKey, device)).versions[component]).toBe("2.0");
    expect((await manifest(agentKey, early[0])).versions[component]).toBe("1.0");
    const afterFetch = await call<Deployment>("GET", `/api/v1/deployments/${v2.id}`);
    expect(afterFetch.body.stages[0].exposedDevices).toBe(canary.length);

    const waiting = await call<Gate>("GET", `/api/v1/deployments/${v2.id}/gate?ring=canary`);
    expect(waiting.body.decision).toBe("wait");
    expect(waiting.body.reasons.join(" ")).toContain(`Only 0 of ${canary.length} exposed devices in canary reported`);

    // The canary devices install 2.0 and report after their exposure: the worker's next tick promotes.
    await ingest(
      agentKey,
      canary.map((d) => heartbeat(d, { ring: "canary", ts: inFuture(1000), versions: { [component]: "2.0" } })),
    );
    await expect
      .poll(async () => (await call<Deployment>("GET", `/api/v1/deployments/${v2.id}`)).body.stages.map((s) => s.status), { timeout: 30_000 })
      .toEqual(["passed", "baking"]);
    expect((await manifest(agentKey, early[0])).versions[component]).toBe("2.0");
    const bakeGate = await call<Gate>("GET", `/api/v1/deployments/${v2.id}/gate?ring=early`);
    expect(bakeGate.body.decision).toBe("wait");
    expect(bakeGate.body.reasons.join(" ")).toMatch(/Bake time left in early: (9|10)m/);

    const paused = await call<Deployment>("POST", `/api/v1/deployments/${v2.id}/actions`, { json: { action: "pause", reason: "crash reports from canary" } });
    expect(paused.body.status).toBe("paused");
    expect((await manifest(agentKey, early[1])).versions[component]).toBe("1.0");
    expect((await manifest(agentKey, early[0])).versions[component]).toBe("2.0");
    const again = await call<{ error: { code: string; message: string } }>("POST", `/api/v1/deployments/${v2.id}/actions`, {
      json: { action: "pause", reason: "twice" },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain("paused");

    const rolledBack = await call<Deployment>("POST", `/api/v1/deployments/${v2.id}/actions`, { json: { action: "rollback", reason: "bad build" } });
    expect(rolledBack.body.status).toBe("rolled_back");
    for (const device of [...canary, ...early]) expect((await manifest(agentKey, device)).versions[component]).toBe("1.0");

    const audit = await call<{ items: { action: string; actor: string; reason: string }[] }>("GET", `/api/v1/audit?targetType=deployment&targetId=${v2.id}`);
    expect(audit.body.items.map((a) => a.action)).toEqual(["deployment.rollback", "deployment.pause", "deployment.promote", "deployment.start"]);
    expect(audit.body.items[2].actor).toBe("system");
  });

  test("exposure counts match the devices that fetched the manifest, once each", async () => {
    const component = unique("content");
    const devices = Array.from({ length: 7 }, (_, i) => unique(`x${i}`));
    await ingest(
      agentKey,
      devices.map((d) => heartbeat(d, { ring: "canary" })),
    );
    const deployment = await deploy(await release(component, "291"), [{ ring: "canary", bakeSeconds: 3600 }]);
    for (const device of devices.slice(0, 4)) {
      await manifest(agentKey, device);
      await manifest(agentKey, device);
    }
    const view = await call<Deployment>("GET", `/api/v1/deployments/${deployment.id}`);
    expect(view.body.stages[0].exposedDevices).toBe(4);
  });

  test("only operators act on deployments; viewers and read keys get 403", async () => {
    const deployment = await deploy(await release(unique("tool"), "1"), [{ ring: "canary", bakeSeconds: 60 }]);
    const readKey = await createApiKey(["read"]);
    const refused = await call("POST", `/api/v1/deployments/${deployment.id}/actions`, { key: readKey, json: { action: "pause", reason: "x" } });
    expect(refused.status).toBe(403);
    expect((await call("POST", "/api/v1/releases", { key: readKey, json: { component: "x", version: "1" } })).status).toBe(403);
    const operateKey = await createApiKey(["operate"]);
    expect((await call("POST", `/api/v1/deployments/${deployment.id}/actions`, { key: operateKey, json: { action: "halt", reason: "stop" } })).status).toBe(
      200,
    );
    const noReason = await call<{ error: { details: { path: string }[] } }>("POST", `/api/v1/deployments/${deployment.id}/actions`, {
      key: operateKey,
      json: { action: "rollback" },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details[0].path).toBe("$.reason");
  });

  test("ring percentages must sum to 100, and ring health reports every ring", async () => {
    const rings = await call<{ items: { id: string; name: string; percent: number }[] }>("GET", "/api/v1/rings");
    const canary = rings.body.items.find((r) => r.name === "canary");
    const bad = await call<{ error: { message: string } }>("PATCH", `/api/v1/rings/${canary?.id}`, { json: { percent: 5 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("sum to 100");
    const byName = Object.fromEntries(rings.body.items.map((r) => [r.name, r.id]));
    const rebalanced = await call<{ items: { name: string; percent: number }[] }>("PATCH", "/api/v1/rings", {
      json: {
        rings: [
          { id: byName.canary, percent: 2 },
          { id: byName.broad, percent: 89 },
        ],
      },
    });
    expect(rebalanced.status).toBe(200);
    expect(rebalanced.body.items.map((r) => r.percent)).toEqual([2, 9, 89]);
    const restored = await call("PATCH", "/api/v1/rings", {
      json: {
        rings: [
          { id: byName.canary, percent: 1 },
          { id: byName.broad, percent: 90 },
        ],
      },
    });
    expect(restored.status).toBe(200);
    const health = await call<{ items: { ring: string; devices: number; crashFreeRate: number | null; versions: Record<string, Record<string, number>> }[] }>(
      "GET",
      "/api/v1/rings/health",
    );
    expect(health.body.items.map((r) => r.ring)).toEqual(["canary", "early", "broad"]);
    expect(health.body.items[0].devices).toBeGreaterThan(0);
  });
});
