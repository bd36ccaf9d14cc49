import { describe, expect, it } from "vitest";
import { ALERT_NAME, alertmanagerAlerts, alertStateKey, type AlertmanagerAnomaly } from "./alertmanager";

const now = new Date("2026-11-23T12:00:00.000Z");
const render = { now, baseUrl: "https://rw.example.com", holdSec: 240, extraLabels: {} };

function anomaly(over: Partial<AlertmanagerAnomaly> = {}): AlertmanagerAnomaly {
  return {
    id: "a-1",
    kind: "boot_loop",
    severity: "critical",
    status: "open",
    ring: "canary",
    component: "content",
    version: "2024.07.19",
    deploymentId: "d-1",
    summary: "10 of 14 exposed devices boot-loop",
    exposed: 14,
    affected: 10,
    suspects: [{ dimension: "os", value: "windows", share: 1, exposedShare: 0.67, lift: 1.5 }],
    detectedAt: new Date("2026-11-23T11:58:00.000Z"),
    acknowledgedBy: null,
    resolvedAt: null,
    ...over,
  };
}

describe("alertmanagerAlerts", () => {
  it("fires a live anomaly until a hold period ahead, with routing labels and a link to its page", () => {
    const [alert] = alertmanagerAlerts([anomaly({ severity: "info" })], render);
    expect(alert).toEqual({
      labels: {
        alertname: ALERT_NAME,
        anomaly_id: "a-1",
        kind: "boot_loop",
        severity: "info",
        ring: "canary",
        component: "content",
        version: "2024.07.19",
        deployment_id: "d-1",
      },
      annotations: {
        summary: "Boot loop in canary · content 2024.07.19: 10 of 14 exposed devices boot-loop",
        description: "10 of 14 exposed devices affected; top suspect os=windows (100% of affected)",
        status: "open",
      },
      startsAt: "2026-11-23T11:58:00.000Z",
      endsAt: "2026-11-23T12:04:00.000Z",
      generatorURL: "https://rw.example.com/anomalies/a-1",
    });
  });

  it("ends the lower severities of an escalated anomaly now, since severity is part of an alert's identity", () => {
    const alerts = alertmanagerAlerts([anomaly({ severity: "critical" })], render);
    expect(alerts.map((a) => [a.labels.severity, a.endsAt])).toEqual([
      ["critical", "2026-11-23T12:04:00.000Z"],
      ["info", now.toISOString()],
      ["warning", now.toISOString()],
    ]);
  });

  it("ends every severity of a resolved anomaly at its resolve time", () => {
    const resolvedAt = new Date("2026-11-23T11:59:30.000Z");
    const alerts = alertmanagerAlerts([anomaly({ severity: "warning", status: "resolved", resolvedAt })], render);
    expect(alerts.map((a) => [a.labels.severity, a.endsAt])).toEqual([
      ["warning", resolvedAt.toISOString()],
      ["info", resolvedAt.toISOString()],
    ]);
  });

  it("keeps an acknowledged anomaly firing and says who acknowledged it", () => {
    const [alert] = alertmanagerAlerts([anomaly({ status: "acknowledged", acknowledgedBy: "ann@example.com", suspects: [] })], render);
    expect(alert.endsAt).toBe("2026-11-23T12:04:00.000Z");
    expect(alert.annotations).toMatchObject({ status: "acknowledged", description: "10 of 14 exposed devices affected; acknowledged by ann@example.com" });
  });

  it("adds operator labels but never lets them replace the anomaly's own", () => {
    const [alert] = alertmanagerAlerts([anomaly({ severity: "info" })], { ...render, extraLabels: { env: "prod", anomaly_id: "spoofed", severity: "info" } });
    expect(alert.labels).toMatchObject({ env: "prod", anomaly_id: "a-1" });
  });
});

describe("alertStateKey", () => {
  it("ignores order and changes with severity or status, not with evidence", () => {
    const a = anomaly();
    const b = anomaly({ id: "b-2", severity: "warning" });
    expect(alertStateKey([a, b])).toBe(alertStateKey([b, a]));
    expect(alertStateKey([a, { ...b, affected: 99 }])).toBe(alertStateKey([a, b]));
    expect(alertStateKey([a, { ...b, severity: "critical" }])).not.toBe(alertStateKey([a, b]));
    expect(alertStateKey([a, { ...b, status: "resolved" }])).not.toBe(alertStateKey([a, b]));
  });
});
