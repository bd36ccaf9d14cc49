import { describe, expect, it } from "vitest";
import type { AlertmanagerTargetStatus } from "@/schemas/alertmanager";
import { firingSummary, labelSummary, targetHealth } from "./alertmanagerHealth";

const target = (over: Partial<AlertmanagerTargetStatus>): AlertmanagerTargetStatus => ({
  url: "http://am:9093",
  lastAttemptAt: null,
  lastSuccessAt: null,
  lastError: null,
  lastStatusCode: null,
  consecutiveFailures: 0,
  firing: 0,
  ...over,
});

describe("Alertmanager target health", () => {
  it("says failing first, then not yet pushed, then reachable", () => {
    expect(targetHealth(target({ consecutiveFailures: 3, lastSuccessAt: "2026-11-23T10:00:00Z" }))).toEqual({ label: "failing (3 in a row)", tone: "danger" });
    expect(targetHealth(target({}))).toEqual({ label: "not pushed yet", tone: "muted" });
    expect(targetHealth(target({ lastSuccessAt: "2026-11-23T10:00:00Z" }))).toEqual({ label: "reachable", tone: "success" });
  });

  it("counts what Alertmanager was last told is firing", () => {
    expect(firingSummary(target({}))).toBe("nothing delivered yet");
    expect(firingSummary(target({ lastSuccessAt: "x", firing: 0 }))).toBe("no anomaly firing");
    expect(firingSummary(target({ lastSuccessAt: "x", firing: 1 }))).toBe("1 anomaly firing");
    expect(firingSummary(target({ lastSuccessAt: "x", firing: 4 }))).toBe("4 anomalies firing");
  });

  it("lists extra labels as Prometheus writes them", () => {
    expect(labelSummary({ env: "prod", team: "edr" })).toBe('env="prod", team="edr"');
  });
});
