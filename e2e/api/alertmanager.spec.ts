import { expect, test } from "@playwright/test";
import { startReceiver } from "../../server/alerts/testReceiver";
import { alertmanagerInstalled, ALERTMANAGER_BIN, startAlertmanager } from "../support/alertmanager";
import { call } from "../support/api";
import { raiseBootLoopAnomaly, until } from "../support/anomalies";
import { E2E_PUBLIC_URL, testEnv } from "../support/env";

type AmAlert = {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt: string;
  endsAt: string;
  generatorURL: string;
  status: { state: string };
};
type AmNotification = { status: "firing" | "resolved"; alerts: { status: string; labels: Record<string, string>; endsAt: string }[] };

/** The app was started pushing to a port where nothing listened yet: Alertmanager coming up later gets everything live. */
test("anomalies reach a real Alertmanager, and its resolve carries endsAt", async () => {
  test.skip(!alertmanagerInstalled() && !process.env.CI, `Alertmanager is not installed at ${ALERTMANAGER_BIN} (apt-get install prometheus-alertmanager)`);
  test.setTimeout(120_000);
  const notifications = await startReceiver();
  const alertmanager = await startAlertmanager(testEnv.alertmanagerPort, notifications.url);
  let repair = async () => {};
  try {
    const raised = await raiseBootLoopAnomaly();
    const { deploymentId, anomalyId } = raised;
    repair = raised.repair;
    const firing = await until(
      "the anomaly in Alertmanager",
      async () => {
        const answer = await fetch(`${alertmanager.url}/api/v2/alerts?filter=${encodeURIComponent(`anomaly_id="${anomalyId}"`)}`);
        return ((await answer.json()) as AmAlert[]).find((a) => a.labels.severity === "critical");
      },
      30_000,
    );
    expect(firing.labels).toMatchObject({ alertname: "RingwatchAnomaly", kind: "boot_loop", ring: "canary", deployment_id: deploymentId, env: "e2e" });
    expect(firing.status.state).toBe("active");
    expect(firing.generatorURL).toBe(`${E2E_PUBLIC_URL}/anomalies/${anomalyId}`);
    expect(firing.annotations.description).toBe("8 of 12 exposed devices affected; top suspect os=windows (100% of affected)");
    const received = () =>
      notifications.requests.map((r) => JSON.parse(r.body) as AmNotification).filter((n) => n.alerts.some((a) => a.labels.anomaly_id === anomalyId));
    await until("Alertmanager's firing notification", async () => received().find((n) => n.status === "firing"), 20_000);

    // Repaired first: a critical anomaly resolved while its devices still boot-loop reopens on the next tick.
    await repair();
    repair = async () => {};
    const resolved = await call<{ resolvedAt: string }>("POST", `/api/v1/anomalies/${anomalyId}/actions`, {
      json: { action: "resolve", note: "rolled back; Alertmanager should hear it" },
    });
    expect(resolved.status, resolved.text).toBe(200);
    const done = await until("Alertmanager's resolved notification", async () => received().find((n) => n.status === "resolved"), 20_000);
    // Alertmanager writes its own RFC 3339 (it drops trailing zeros of the fraction): compare instants.
    const endsAt = done.alerts.find((a) => a.labels.severity === "critical")?.endsAt;
    expect(endsAt && Date.parse(endsAt)).toBe(Date.parse(resolved.body.resolvedAt));
    const active = await fetch(`${alertmanager.url}/api/v2/alerts?filter=${encodeURIComponent(`anomaly_id="${anomalyId}"`)}`);
    expect(await active.json()).toEqual([]);

    const status = await call<{ targets: { url: string; consecutiveFailures: number; lastSuccessAt: string | null }[] }>("GET", "/api/v1/alertmanager");
    expect(status.body.targets).toEqual([expect.objectContaining({ url: alertmanager.url, consecutiveFailures: 0, lastSuccessAt: expect.any(String) })]);
  } finally {
    await repair();
    await alertmanager.stop();
    await notifications.close();
  }
});
