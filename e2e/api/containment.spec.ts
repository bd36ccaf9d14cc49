import { expect, test } from "@playwright/test";
import { raiseBootLoopAnomaly, inFuture, until } from "../support/anomalies";
import { call, createApiKey, heartbeat, unique } from "../support/api";

/** A release of its own component rolling out to the spec's own canary devices, each already offered it. */
async function exposedFleet(devices: { id: string; osVersion: string; site?: string }[], deployment: Record<string, unknown> = {}) {
  const key = await createApiKey(["ingest"]);
  const component = unique("sensor");
  const events = devices.map((d) =>
    heartbeat(d.id, { ring: "canary", osVersion: d.osVersion, tags: d.site ? { site: d.site } : undefined, versions: { [component]: "1.0" } }),
  );
  expect((await call("POST", "/api/v1/ingest", { key, json: { events } })).status).toBe(202);
  const release = await call<{ id: string }>("POST", "/api/v1/releases", { json: { component, version: "2.0" } });
  const created = await call<{ id: string }>("POST", "/api/v1/deployments", {
    json: { releaseId: release.body.id, stages: [{ ring: "canary", bakeSeconds: 3600 }], autoPause: false, ...deployment },
  });
  expect(created.status, created.text).toBe(201);
  const offered = async (deviceId: string) => {
    const answer = await call<{ versions: Record<string, string> }>("GET", `/api/v1/manifest?deviceId=${encodeURIComponent(deviceId)}`, { key });
    expect(answer.status, answer.text).toBe(200);
    return answer.body.versions[component];
  };
  return { key, component, deploymentId: created.body.id, offered };
}

test.describe("containment and recovery", () => {
  test("a hold stops offers to its cohort only, reverts it on request, and is lifted by a release", async () => {
    const build = `10.0.${Math.floor(Math.random() * 90_000) + 10_000}`;
    const devices = Array.from({ length: 6 }, (_, i) => ({ id: unique(`held${i}`), osVersion: i < 3 ? build : "10.0.22631" }));
    const { deploymentId, offered } = await exposedFleet(devices);
    for (const d of devices) expect(await offered(d.id)).toBe("2.0");

    const hold = await call<{ id: string; devices: number; exposedDevices: number }>("POST", `/api/v1/deployments/${deploymentId}/holds`, {
      json: { dimension: "osVersion", value: build, reason: "boot loops on this build", revert: true },
    });
    expect(hold.status, hold.text).toBe(201);
    expect(hold.body).toMatchObject({ devices: 3, exposedDevices: 3 });
    for (const d of devices) expect(await offered(d.id), d.id).toBe(d.osVersion === build ? undefined : "2.0");

    const again = await call("POST", `/api/v1/deployments/${deploymentId}/holds`, { json: { dimension: "osVersion", value: build, reason: "again" } });
    expect(again.status).toBe(409);
    const badDimension = await call<{ error: { details: { path: string }[] } }>("POST", `/api/v1/deployments/${deploymentId}/holds`, {
      json: { dimension: "hostname", value: "x", reason: "r" },
    });
    expect(badDimension.status).toBe(400);

    const released = await call("POST", `/api/v1/deployments/${deploymentId}/holds/${hold.body.id}/release`, { json: { reason: "fixed by the OS vendor" } });
    expect(released.status, released.text).toBe(200);
    expect(released.body).toMatchObject({ releaseReason: "fixed by the OS vendor" });
    for (const d of devices) expect(await offered(d.id)).toBe("2.0");
    const listed = await call<{ items: { id: string; releasedAt: string | null }[] }>("GET", `/api/v1/deployments/${deploymentId}/holds`);
    expect(listed.body.items).toEqual([expect.objectContaining({ id: hold.body.id, releasedAt: expect.any(String) })]);
  });

  test("a pause's reach climbs to 100% once every exposed device has fetched a manifest, and /metrics says so", async () => {
    const devices = Array.from({ length: 5 }, (_, i) => ({ id: unique(`reach${i}`), osVersion: "10.0.22631" }));
    const { deploymentId, offered } = await exposedFleet(devices);
    for (const d of devices) await offered(d.id);
    expect((await call("POST", `/api/v1/deployments/${deploymentId}/actions`, { json: { action: "pause", reason: "reach spec" } })).status).toBe(200);

    const reach = async () => (await call<Record<string, unknown>>("GET", `/api/v1/deployments/${deploymentId}/reach`)).body;
    expect(await reach()).toMatchObject({ action: "pause", exposedBefore: 5, reached: 0, unreachedTotal: 5 });
    for (const [i, d] of devices.entries()) {
      await offered(d.id);
      expect(await reach()).toMatchObject({ reached: i + 1, reachedShare: (i + 1) / 5 });
    }
    const done = await reach();
    expect(done).toMatchObject({ reachedShare: 1, unreached: [], unreachedTotal: 0, selfHealed: 0 });
    expect(done.secondsTo).toEqual({ p50: expect.any(Number), p90: expect.any(Number), p99: expect.any(Number) });

    const metrics = await call("GET", "/metrics");
    const line = metrics.text.split("\n").find((l) => l.startsWith("ringwatch_stop_reached_ratio{") && l.includes(deploymentId));
    expect(line, metrics.text.slice(0, 400)).toMatch(/ 1$/);
  });

  test("an exposure budget makes the gate say no_go with the numbers, and the projection shows the next wave", async () => {
    const site = unique("site");
    const devices = Array.from({ length: 10 }, (_, i) => ({ id: unique(`budget${i}`), osVersion: "10.0.22631", site }));
    const { deploymentId } = await exposedFleet(devices, {
      stages: [{ ring: "canary", bakeSeconds: 0, waves: [0.01, 100] }],
      budgets: [{ tag: "site", max: 3 }],
    });
    const projection = await call<{ wave: number; by: Record<string, Record<string, number>>; budgetBreaches: unknown[] }>(
      "GET",
      `/api/v1/deployments/${deploymentId}/projection`,
    );
    expect(projection.status, projection.text).toBe(200);
    const atSite = projection.body.by["tags.site"][site];
    expect(atSite).toBeGreaterThan(3);
    expect(projection.body).toMatchObject({ wave: 2, budgetBreaches: [{ tag: "site", value: site, devices: atSite, max: 3 }] });
    const gate = await call<{ decision: string; reasons: string[] }>("GET", `/api/v1/deployments/${deploymentId}/gate?ring=canary`);
    expect(gate.body.decision).toBe("no_go");
    expect(gate.body.reasons).toContain(
      `Wave 2 of canary (100% of the ring) would newly expose ${atSite} devices at site=${site}; the budget allows 3 per site per wave.`,
    );
  });

  test("an affected device moves down -> in_repair -> recovered, and the anomaly's recovery counts it", async () => {
    const { anomalyId, devices, repair } = await raiseBootLoopAnomaly();
    const recovery = async () =>
      (
        await call<{ affected: number; down: number; inRepair: number; recovered: number; devices: { deviceId: string; state: string; method?: string }[] }>(
          "GET",
          `/api/v1/anomalies/${anomalyId}/recovery`,
        )
      ).body;
    const stateOf = async (deviceId: string) => (await recovery()).devices.find((d) => d.deviceId === deviceId);
    const device = devices[0];
    await until("every boot-looping device counted as affected", async () => ((await recovery()).affected >= 8 ? true : undefined));
    expect(await stateOf(device)).toMatchObject({ state: "down" });

    const claim = await call("POST", `/api/v1/devices/${encodeURIComponent(device)}/repair`, { json: { status: "in_repair", note: "on site in FRA" } });
    expect(claim.status, claim.text).toBe(201);
    expect(await stateOf(device)).toMatchObject({ state: "in_repair" });
    const fixed = await call("POST", `/api/v1/devices/${encodeURIComponent(device)}/repair`, { json: { status: "fixed", recoveryKeyUsed: true } });
    expect(fixed.status).toBe(201);

    // Back on the previous version and up: recovered once the heartbeats have shown it for RINGWATCH_RECOVERY_STABLE_SEC.
    const key = await createApiKey(["ingest"]);
    const anomaly = await call<{ component: string }>("GET", `/api/v1/anomalies/${anomalyId}`);
    const up = (seconds: number) =>
      heartbeat(device, { ts: inFuture(seconds), bootId: "repaired", uptimeSec: 3600, versions: { [anomaly.body.component]: "1.0" } });
    expect((await call("POST", "/api/v1/ingest", { key, json: { events: [up(30)] } })).status).toBe(202);
    const recovered = await until("the repaired device to count as recovered", async () => {
      expect((await call("POST", "/api/v1/ingest", { key, json: { events: [up(40)] } })).status).toBe(202);
      const state = await stateOf(device);
      return state?.state === "recovered" ? state : undefined;
    });
    expect(recovered).toMatchObject({ method: "manual", recoveryKeyUsed: true });
    expect(await recovery()).toMatchObject({ recovered: 1 });
    await repair();
  });
});
