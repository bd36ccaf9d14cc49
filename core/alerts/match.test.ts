import { describe, expect, it } from "vitest";
import { matchesWebhook } from "./match";
import { isRoutineProgress } from "./events";

const all = { minSeverity: "info" as const, rings: null, events: null };

describe("which alerts go to which webhook", () => {
  it("filters by minimum severity, ring and event type", () => {
    const alert = { type: "anomaly.opened", severity: "warning" as const, ring: "canary" };
    expect(matchesWebhook(all, alert)).toBe(true);
    expect(matchesWebhook({ ...all, minSeverity: "critical" }, alert)).toBe(false);
    expect(matchesWebhook({ ...all, minSeverity: "warning" }, alert)).toBe(true);
    expect(matchesWebhook({ ...all, rings: ["broad"] }, alert)).toBe(false);
    expect(matchesWebhook({ ...all, rings: ["broad", "canary"] }, alert)).toBe(true);
    expect(matchesWebhook({ ...all, events: ["anomaly.resolved"] }, alert)).toBe(false);
  });

  it("sends ring-less events to ring-filtered endpoints", () => {
    expect(matchesWebhook({ ...all, rings: ["canary"] }, { type: "deployment.stage_promoted", severity: "info", ring: null })).toBe(true);
  });
});

describe("isRoutineProgress", () => {
  it("is Ringwatch promoting a rollout, nothing else", () => {
    expect(isRoutineProgress({ type: "deployment.stage_promoted", data: { actor: "system" } })).toBe(true);
    expect(isRoutineProgress({ type: "deployment.stage_promoted", data: { actor: "ann@example.com" } })).toBe(false);
    expect(isRoutineProgress({ type: "deployment.paused", data: { actor: "system" } })).toBe(false);
    expect(isRoutineProgress({ type: "anomaly.opened", data: { actor: "system" } })).toBe(false);
  });
});
