import { expect } from "@playwright/test";
import { STABLE_UPTIME_SEC } from "../../core/devices/merge";
import { call, createApiKey, heartbeat, unique } from "./api";

export const inFuture = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

/** Three crash + crash-boot rounds: the agent's own report of a boot loop. */
export const bootLoop = (deviceId: string) =>
  [2, 6, 10].flatMap((s, i) => [
    { type: "crash", deviceId, ts: inFuture(s), kind: "kernel", code: "0x00000050", module: "csagent.sys" },
    { type: "boot", deviceId, ts: inFuture(s + 1), bootId: `loop-${i}`, previousShutdown: "crash" },
  ]);

/**
 * The specs share one fleet, and the detector compares a release's devices with every other device of
 * the same OS, build or model: boot loops a spec leaves behind would raise the next spec's baseline.
 * A heartbeat after ten quiet minutes ends a device's boot loop; it is dated after the loop's last crash.
 */
export async function repairDevices(key: string, devices: string[]): Promise<void> {
  const events = devices.map((deviceId) => heartbeat(deviceId, { ts: inFuture(30), bootId: "repaired", uptimeSec: STABLE_UPTIME_SEC }));
  const answer = await call("POST", "/api/v1/ingest", { key, json: { events } });
  expect(answer.status, answer.text).toBe(202);
}

export async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 40_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * A release offered to 8 Windows and 4 Linux canaries; the Windows ones then boot-loop, against 40
 * healthy devices in another ring: the detector raises a critical boot-loop anomaly within a few ticks.
 */
export async function raiseBootLoopAnomaly(): Promise<{ deploymentId: string; anomalyId: string; devices: string[]; repair: () => Promise<void> }> {
  const agentKey = await createApiKey(["ingest"]);
  const component = unique("content");
  const looping = Array.from({ length: 8 }, (_, i) => unique(`win${i}`));
  const healthy = Array.from({ length: 4 }, (_, i) => unique(`lin${i}`));
  const baseline = Array.from({ length: 40 }, (_, i) => unique(`base${i}`));
  const send = async (events: unknown[]) => expect((await call("POST", "/api/v1/ingest", { key: agentKey, json: { events } })).status).toBe(202);
  const hb = (deviceId: string, ring: string, os = "windows") => heartbeat(deviceId, { ring, os, intervalSec: 60, versions: { [component]: "1.0" } });
  await send([...looping.map((d) => hb(d, "canary")), ...healthy.map((d) => hb(d, "canary", "linux")), ...baseline.map((d) => hb(d, "early"))]);
  const release = await call<{ id: string }>("POST", "/api/v1/releases", { json: { component, version: "2.0" } });
  const deployment = await call<{ id: string }>("POST", "/api/v1/deployments", {
    json: { releaseId: release.body.id, stages: [{ ring: "canary", bakeSeconds: 600 }] },
  });
  expect(deployment.status, deployment.text).toBe(201);
  for (const device of [...looping, ...healthy]) await call("GET", `/api/v1/manifest?deviceId=${device}`, { key: agentKey });
  await send(looping.flatMap(bootLoop));
  const anomaly = await until("a critical boot-loop anomaly", async () => {
    const page = await call<{ items: { id: string; kind: string; severity: string }[] }>(
      "GET",
      `/api/v1/anomalies?deploymentId=${deployment.body.id}&status=open`,
    );
    return page.body.items.find((a) => a.kind === "boot_loop" && a.severity === "critical");
  });
  return { deploymentId: deployment.body.id, anomalyId: anomaly.id, devices: looping, repair: () => repairDevices(agentKey, looping) };
}
