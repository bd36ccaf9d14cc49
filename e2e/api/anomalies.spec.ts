import { expect, test } from "@playwright/test";
import { call, createApiKey, heartbeat, unique } from "../support/api";
import { bootLoop, repairDevices, until } from "../support/anomalies";

type Anomaly = {
  id: string;
  kind: string;
  severity: string;
  status: string;
  ring: string;
  version: string;
  summary: string;
  suspects: { dimension: string; value: string; share: number }[];
  evidence: { exposed: number; affected: number };
};
type Page<T> = { items: T[]; nextCursor: string | null };

test.describe("anomaly detection over HTTP", () => {
  let repair = async () => {};
  test.afterAll(() => repair());

  test("boot-looping Windows canaries raise a critical anomaly that pauses the rollout, names the suspect and fills the remediation queue", async () => {
    test.setTimeout(120_000);
    const [agentKey, readKey, operateKey] = await Promise.all([createApiKey(["ingest"]), createApiKey(["read"]), createApiKey(["operate"])]);
    const component = unique("content");
    const windows = Array.from({ length: 10 }, (_, i) => unique(`win${i}`));
    const linux = Array.from({ length: 4 }, (_, i) => unique(`lin${i}`));
    const baseline = Array.from({ length: 60 }, (_, i) => unique(`base${i}`));
    const hb = (deviceId: string, ring: string, os: string) =>
      heartbeat(deviceId, { ring, os, osVersion: os === "windows" ? "10.0.19045" : "6.8", intervalSec: 60, versions: { [component]: "1.0" } });
    const send = async (events: unknown[]) => expect((await call("POST", "/api/v1/ingest", { key: agentKey, json: { events } })).status).toBe(202);
    await send([
      ...windows.map((d) => hb(d, "canary", "windows")),
      ...linux.map((d) => hb(d, "canary", "linux")),
      ...baseline.map((d, i) => hb(d, "early", i % 2 ? "windows" : "linux")),
    ]);

    const release = await call<{ id: string }>("POST", "/api/v1/releases", { json: { component, version: "2.0" } });
    const deployment = await call<{ id: string }>("POST", "/api/v1/deployments", {
      json: {
        releaseId: release.body.id,
        stages: [
          { ring: "canary", bakeSeconds: 600 },
          { ring: "early", bakeSeconds: 0 },
        ],
      },
    });
    expect(deployment.status).toBe(201);
    const id = deployment.body.id;
    for (const device of [...windows, ...linux]) {
      const offered = await call<{ versions: Record<string, string> }>("GET", `/api/v1/manifest?deviceId=${device}`, { key: agentKey });
      expect(offered.body.versions[component]).toBe("2.0");
    }
    await send(windows.flatMap(bootLoop));
    repair = () => repairDevices(agentKey, windows);

    const anomaly = await until("a critical boot-loop anomaly", async () => {
      const page = await call<Page<Anomaly>>("GET", `/api/v1/anomalies?deploymentId=${id}&status=open`, { key: readKey });
      expect(page.status).toBe(200);
      return page.body.items.find((a) => a.kind === "boot_loop" && a.severity === "critical");
    });
    expect(anomaly).toMatchObject({ ring: "canary", version: "2.0", evidence: { exposed: 14, affected: 10 } });
    expect(anomaly.suspects[0]).toMatchObject({ dimension: "os", value: "windows", share: 1 });

    const paused = await call<{ status: string; pausedReason: string }>("GET", `/api/v1/deployments/${id}`);
    expect(paused.body.status).toBe("paused");
    // Boot loops are crashes too: whichever critical anomaly the tick saved first is the reason.
    const critical = await call<Page<Anomaly>>("GET", `/api/v1/anomalies?deploymentId=${id}&severity=critical`);
    expect(critical.body.items.some((a) => paused.body.pausedReason.includes(`Auto-paused by critical anomaly ${a.id}`))).toBe(true);
    const newcomer = unique("late");
    await send([hb(newcomer, "canary", "windows")]);
    expect(
      (await call<{ versions: Record<string, string> }>("GET", `/api/v1/manifest?deviceId=${newcomer}`, { key: agentKey })).body.versions[component],
    ).toBeUndefined();
    const gate = await call<{ decision: string; reasons: string[] }>("GET", `/api/v1/deployments/${id}/gate?ring=canary`);
    expect(gate.body.decision).toBe("no_go");
    expect(gate.body.reasons.join(" ")).toContain("open critical anomal");
    const health = await call<Page<{ ring: string; openAnomalies: number }>>("GET", "/api/v1/rings/health");
    expect(health.body.items.find((r) => r.ring === "canary")?.openAnomalies).toBeGreaterThanOrEqual(1);

    const detail = await call<{ recovery: { affected: number; bootLooping: number }; deployment: { status: string } }>(
      "GET",
      `/api/v1/anomalies/${anomaly.id}`,
      { key: readKey },
    );
    expect(detail.body).toMatchObject({ recovery: { affected: 10, bootLooping: 10 }, deployment: { status: "paused" } });
    const devices = await call<Page<{ deviceId: string; state: string; offeredVersion: string }>>(
      "GET",
      `/api/v1/anomalies/${anomaly.id}/devices?state=unhealthy`,
      { key: readKey },
    );
    expect(devices.body.items.map((d) => d.deviceId).sort()).toEqual([...windows].sort());
    expect(devices.body.items[0]).toMatchObject({ state: "boot_loop", offeredVersion: "2.0" });

    const csv = await call("GET", `/api/v1/remediation?anomalyId=${anomaly.id}&format=csv`, { key: readKey });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("content-disposition")).toContain("attachment");
    const lines = csv.text.trim().split("\r\n");
    expect(lines[0]).toMatch(/^"deviceId","hostname","ring","state"/);
    expect(
      lines
        .slice(1)
        .map((l) => l.split(",")[0].slice(1, -1))
        .sort(),
    ).toEqual([...windows].sort());

    // Triage: read keys and agents may not; operators may, once per transition.
    const act = (key: string, json: unknown) => call("POST", `/api/v1/anomalies/${anomaly.id}/actions`, { key, json });
    expect((await act(readKey, { action: "acknowledge" })).status).toBe(403);
    expect((await call("GET", "/api/v1/anomalies", { key: agentKey })).status).toBe(403);
    expect((await act(operateKey, { action: "mute" })).status).toBe(400);
    const acknowledged = await act(operateKey, { action: "acknowledge", note: "on it" });
    expect(acknowledged.body).toMatchObject({ status: "acknowledged", note: "on it" });
    const again = await act(operateKey, { action: "acknowledge" });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: "conflict" } });
    expect((await act(operateKey, { action: "resolve", note: "rolled back by hand" })).body).toMatchObject({ status: "resolved" });
    expect((await call("GET", `/api/v1/anomalies/${crypto.randomUUID()}`)).status).toBe(404);
    const status = await call<{ lastTickAt: string | null; lagSec: { samples: number } }>("GET", "/api/v1/detection/status", { key: readKey });
    expect(status.body.lastTickAt).not.toBeNull();
    expect(status.body.lagSec.samples).toBeGreaterThanOrEqual(1);
  });
});
