import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyAction,
  bakeRemainingSec,
  DEPLOYMENT_ACTIONS,
  offeredRings,
  promote,
  startDeployment,
  type DeploymentState,
  type DeploymentStatus,
} from "./deployment";

const T0 = new Date("2026-11-22T10:00:00.000Z");
const at = (sec: number) => new Date(T0.getTime() + sec * 1000);
const STAGES = [
  { ring: "canary", bakeSeconds: 600 },
  { ring: "early", bakeSeconds: 1800 },
  { ring: "broad", bakeSeconds: 0 },
];
const fresh = () => startDeployment(STAGES, T0);

function inStatus(status: DeploymentStatus): DeploymentState {
  const state = fresh();
  if (status === "active") return state;
  if (status === "completed") return promote(promote(promote(state, at(1)), at(2)), at(3));
  const action = { paused: "pause", halted: "halt", rolled_back: "rollback" } as const;
  const result = applyAction(state, action[status], "test", at(1));
  if (!result.ok) throw new Error(result.error);
  return result.next;
}

describe("deployment state machine", () => {
  it("starts with the first stage baking and the rest pending", () => {
    const state = fresh();
    expect(state.status).toBe("active");
    expect(state.stages.map((s) => s.status)).toEqual(["baking", "pending", "pending"]);
    expect(state.stages[0].startedAt).toEqual(T0);
    expect(offeredRings(state)).toEqual(["canary"]);
  });

  it("promotes stage by stage and completes after the last", () => {
    const second = promote(fresh(), at(600));
    expect(second.stages.map((s) => s.status)).toEqual(["passed", "baking", "pending"]);
    expect(offeredRings(second)).toEqual(["canary", "early"]);
    const done = promote(promote(second, at(2400)), at(2401));
    expect(done.status).toBe("completed");
    expect(done.stages.every((s) => s.status === "passed")).toBe(true);
  });

  // Every (status, action) pair: legal ones say where they lead, the rest are refused with the current state.
  const LEGAL: Record<DeploymentStatus, Partial<Record<(typeof DEPLOYMENT_ACTIONS)[number], DeploymentStatus>>> = {
    active: { pause: "paused", halt: "halted", rollback: "rolled_back", promote: "active" },
    paused: { resume: "active", halt: "halted", rollback: "rolled_back" },
    halted: { resume: "active", rollback: "rolled_back" },
    rolled_back: {},
    completed: { rollback: "rolled_back" },
  };
  for (const [status, legal] of Object.entries(LEGAL) as [DeploymentStatus, (typeof LEGAL)[DeploymentStatus]][]) {
    for (const action of DEPLOYMENT_ACTIONS) {
      it(`${action} on ${status} ${legal[action] ? `-> ${legal[action]}` : "is refused"}`, () => {
        const result = applyAction(inStatus(status), action, "because", at(5));
        if (legal[action]) {
          expect(result.ok).toBe(true);
          if (result.ok) expect(result.next.status).toBe(legal[action]);
        } else {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error).toContain(status.replace("_", " "));
        }
      });
    }
  }

  it("halting blocks the current stage and resuming bakes it again", () => {
    const halted = applyAction(fresh(), "halt", "crash spike", at(10));
    if (!halted.ok) throw new Error(halted.error);
    expect(halted.next.stages[0].status).toBe("blocked");
    expect(halted.next.pausedReason).toBe("crash spike");
    const resumed = applyAction(halted.next, "resume", "fixed", at(20));
    if (!resumed.ok) throw new Error(resumed.error);
    expect(resumed.next.stages[0].status).toBe("baking");
    expect(resumed.next.pausedReason).toBeNull();
  });

  it("counts bake time down from the stage start", () => {
    const stage = fresh().stages[0];
    expect(bakeRemainingSec(stage, at(0))).toBe(600);
    expect(bakeRemainingSec(stage, at(599))).toBe(1);
    expect(bakeRemainingSec(stage, at(900))).toBe(0);
  });

  const act = (state: DeploymentState, action: "pause" | "resume" | "halt", sec: number) => {
    const result = applyAction(state, action, "test", at(sec));
    if (!result.ok) throw new Error(result.error);
    return result.next;
  };

  it("stops the bake clock while paused and resumes it where it stood", () => {
    const paused = act(fresh(), "pause", 100);
    expect(bakeRemainingSec(paused.stages[0], at(100))).toBe(500);
    expect(bakeRemainingSec(paused.stages[0], at(5000))).toBe(500);
    const resumed = act(paused, "resume", 400);
    expect(bakeRemainingSec(resumed.stages[0], at(400))).toBe(500);
    expect(bakeRemainingSec(resumed.stages[0], at(900))).toBe(0);
    expect(bakeRemainingSec(resumed.stages[0], at(899))).toBe(1);
  });

  it("keeps the clock stopped from the pause when a paused deployment is halted, and counts neither", () => {
    const halted = act(act(fresh(), "pause", 100), "halt", 200);
    expect(bakeRemainingSec(halted.stages[0], at(300))).toBe(500);
    const resumed = act(halted, "resume", 1000);
    expect(bakeRemainingSec(resumed.stages[0], at(1000))).toBe(500);
  });

  it("never counts paused time as bake, over any sequence of pauses and resumes", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 300 })), { maxLength: 6 }), (spans) => {
        // Alternating running and paused spans: the bake left is the bake minus the running time only.
        let state = fresh();
        let clock = 0;
        let running = 0;
        for (const [run, stop] of spans) {
          clock += run;
          running += run;
          state = act(state, "pause", clock);
          clock += stop;
          expect(bakeRemainingSec(state.stages[0], at(clock))).toBe(Math.max(0, 600 - running));
          state = act(state, "resume", clock);
        }
        expect(bakeRemainingSec(state.stages[0], at(clock))).toBe(Math.max(0, 600 - running));
      }),
    );
  });
});
