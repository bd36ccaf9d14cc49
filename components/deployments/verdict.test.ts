import { describe, expect, it } from "vitest";
import { deployment, stage } from "./fixtures";
import { currentStage, gateText, verdictLine } from "./verdict";

const waitGate = { gate: { decision: "wait" as const, reasons: ["3 of 20 exposed devices reported"], ring: "canary" } };

describe("verdictLine", () => {
  it("says which ring bakes, how long is left and what the gate says", () => {
    expect(verdictLine(deployment(), 240, waitGate)).toBe("agent 7.12.0: canary baking, 4 min left, gate: wait — 3 of 20 exposed devices reported");
  });

  it("says a stage is baked once its time is up", () => {
    expect(verdictLine(deployment(), 0, { gate: { decision: "go", reasons: [], ring: "canary" } })).toBe("agent 7.12.0: canary baked, gate: go");
  });

  it("gives the reason of a pause or halt", () => {
    expect(verdictLine(deployment({ status: "paused", pausedReason: "crash spike" }), 100, waitGate)).toBe(
      "agent 7.12.0: paused in canary (crash spike), gate: wait — 3 of 20 exposed devices reported",
    );
    const halted = deployment({ status: "halted", pausedReason: null, stages: [stage({ ring: "early", status: "blocked" })] });
    expect(verdictLine(halted, 0, { failed: true })).toBe("agent 7.12.0: halted in early, gate: unavailable");
  });

  it("ends finished deployments without a gate", () => {
    expect(verdictLine(deployment({ status: "completed" }), 0, {})).toBe("agent 7.12.0: completed, every stage passed");
    expect(verdictLine(deployment({ status: "rolled_back" }), 0, {})).toBe("agent 7.12.0: rolled back to 7.11.3");
  });

  it("copes with a live deployment with no stage in progress", () => {
    expect(verdictLine(deployment({ stages: [stage({ status: "passed" })] }), 0, {})).toBe("agent 7.12.0: active, no stage in progress");
  });
});

describe("gateText", () => {
  it("joins several reasons and names the no-go decision in words", () => {
    expect(gateText({ gate: { decision: "no_go", reasons: ["crash-free 91%", "2 boot loops"], ring: "early" } })).toBe(
      "gate: no-go — crash-free 91%; 2 boot loops",
    );
    expect(gateText({})).toBe("gate: checking…");
  });
});

describe("currentStage", () => {
  it("is the baking or blocked stage", () => {
    expect(currentStage(deployment())?.ring).toBe("canary");
    expect(currentStage({ stages: [stage({ status: "passed" }), stage({ ring: "early", status: "blocked" })] })?.ring).toBe("early");
    expect(currentStage({ stages: [stage({ status: "passed" })] })).toBeNull();
  });
});
