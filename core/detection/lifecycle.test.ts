import { describe, expect, it } from "vitest";
import type { EvidencePoint } from "../../schemas/anomalies";
import type { Finding } from "./detect";
import { appendHistory, MAX_HISTORY_POINTS, reconcile, type TrackedAnomaly } from "./lifecycle";

const now = new Date("2026-11-23T12:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);
const finding = (kind: Finding["kind"], severity: Finding["severity"], ring = "canary", openingSeverity: Finding["openingSeverity"] = severity) =>
  ({ kind, severity, openingSeverity, deploymentId: "d1", ring }) as Finding;
const tracked = (over: Partial<TrackedAnomaly>): TrackedAnomaly => ({
  id: "a1",
  kind: "boot_loop",
  deploymentId: "d1",
  ring: "canary",
  severity: "warning",
  status: "open",
  lastFiringAt: ago(10),
  resolvedAt: null,
  resolvedBy: null,
  ...over,
});
const run = (live: TrackedAnomaly[], findings: Finding[], recentlyResolved: TrackedAnomaly[] = []) =>
  reconcile({ live, recentlyResolved, findings, now, healthyPeriodSec: 600 });

describe("reconcile", () => {
  it("opens one anomaly per kind, deployment and ring", () => {
    const result = run([], [finding("boot_loop", "critical"), finding("heartbeat_loss", "warning"), finding("boot_loop", "warning", "early")]);
    expect(result.opened.map((f) => `${f.kind}/${f.ring}`)).toEqual(["boot_loop/canary", "heartbeat_loss/canary", "boot_loop/early"]);
  });

  it("updates the open anomaly instead of opening another, and never lowers its severity", () => {
    expect(run([tracked({ severity: "critical" })], [finding("boot_loop", "warning")])).toMatchObject({
      opened: [],
      updated: [{ id: "a1", severity: "critical" }],
    });
    expect(run([tracked({ status: "acknowledged" })], [finding("boot_loop", "critical")]).updated[0].severity).toBe("critical");
  });

  it("opens at the severity the bake's budget allows, and not at all before it allows one", () => {
    expect(run([], [finding("boot_loop", "critical", "canary", null)]).opened).toEqual([]);
    expect(run([], [finding("boot_loop", "critical", "canary", "warning")]).opened).toMatchObject([{ kind: "boot_loop", severity: "warning" }]);
  });

  it("keeps an open anomaly firing on one look's evidence, but escalates it only within the budget", () => {
    const result = run([tracked({ severity: "warning", lastFiringAt: ago(600) })], [finding("boot_loop", "critical", "canary", null)]);
    expect(result).toMatchObject({ opened: [], resolved: [], updated: [{ id: "a1", severity: "warning" }] });
    expect(run([tracked({ severity: "warning" })], [finding("boot_loop", "critical", "canary", "critical")]).updated[0].severity).toBe("critical");
  });

  it("resolves an anomaly only after a healthy period without its signal", () => {
    expect(run([tracked({ lastFiringAt: ago(599) })], []).resolved).toEqual([]);
    expect(run([tracked({ lastFiringAt: ago(600) })], []).resolved).toEqual(["a1"]);
  });

  it("keeps a slice a person resolved quiet unless it gets worse, and then reopens that same anomaly", () => {
    const resolved = tracked({ status: "resolved", resolvedAt: ago(60), resolvedBy: "op@example.com" });
    expect(run([], [finding("boot_loop", "warning")], [resolved])).toMatchObject({ opened: [], reopened: [] });
    expect(run([], [finding("boot_loop", "critical")], [resolved])).toMatchObject({ opened: [], reopened: [{ id: "a1", severity: "critical" }] });
    expect(run([], [finding("boot_loop", "warning")], [{ ...resolved, resolvedAt: ago(601) }]).opened).toHaveLength(1);
  });

  it("reopens a resolved critical anomaly whose signal is still critical within the healthy period: it does not stay silent", () => {
    const resolved = tracked({ severity: "critical", status: "resolved", resolvedAt: ago(30), resolvedBy: "op@example.com" });
    // Still critical on one look, even where this look's budget would not open it afresh.
    expect(run([], [finding("boot_loop", "critical", "canary", null)], [resolved])).toMatchObject({
      opened: [],
      reopened: [{ id: "a1", severity: "critical" }],
    });
    expect(run([], [finding("boot_loop", "warning", "canary", null)], [resolved])).toMatchObject({ opened: [], reopened: [] });
    expect(run([], [], [resolved])).toMatchObject({ opened: [], reopened: [], resolved: [] });
  });

  it("re-opens at once after the system resolved a slice that fires again", () => {
    expect(run([], [finding("boot_loop", "warning")], [tracked({ status: "resolved", resolvedAt: ago(5), resolvedBy: "system" })]).opened).toHaveLength(1);
  });
});

describe("appendHistory", () => {
  const point = (seconds: number, affected: number): EvidencePoint => ({
    at: ago(-seconds).toISOString(),
    exposed: 10,
    affected,
    affectedRate: affected / 10,
    baselineRate: 0,
  });

  it("adds a point when the evidence changes or a minute passed, not every tick", () => {
    let history = appendHistory([], point(0, 1));
    history = appendHistory(history, point(10, 1));
    history = appendHistory(history, point(20, 2));
    history = appendHistory(history, point(80, 2));
    expect(history.map((p) => p.affected)).toEqual([1, 2, 2]);
  });

  it("keeps only the newest points", () => {
    let history: EvidencePoint[] = [];
    for (let i = 0; i < MAX_HISTORY_POINTS + 5; i++) history = appendHistory(history, point(i * 60, i));
    expect(history).toHaveLength(MAX_HISTORY_POINTS);
    expect(history[0].affected).toBe(5);
  });
});
