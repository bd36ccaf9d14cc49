/**
 * Deployment and stage state machines. Pure: the caller passes the clock and the gate's decision.
 * Illegal transitions return an error naming the current state instead of throwing.
 */
import { currentWaveStart, startNextWave, WHOLE_RING } from "./waves";

export const DEPLOYMENT_STATUSES = ["active", "paused", "halted", "rolled_back", "completed"] as const;
export type DeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];
export const STAGE_STATUSES = ["pending", "baking", "passed", "blocked"] as const;
export type StageStatus = (typeof STAGE_STATUSES)[number];
export const DEPLOYMENT_ACTIONS = ["pause", "resume", "halt", "rollback", "promote"] as const;
export type DeploymentAction = (typeof DEPLOYMENT_ACTIONS)[number];

export interface StageState {
  ring: string;
  bakeSeconds: number;
  status: StageStatus;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** Cumulative shares of the ring (core/rollouts/waves); one wave at 100% when absent. */
  waves?: readonly number[];
  /** When each wave started; the last is the current wave. */
  waveStartedAt?: readonly Date[];
}

export interface DeploymentState {
  status: DeploymentStatus;
  stages: StageState[];
  pausedReason: string | null;
}

export type TransitionResult = { ok: true; next: DeploymentState } | { ok: false; error: string };

/** Which actions each status allows; everything else is a 409. */
const ALLOWED: Record<DeploymentStatus, readonly DeploymentAction[]> = {
  active: ["pause", "halt", "rollback", "promote"],
  paused: ["resume", "halt", "rollback"],
  halted: ["rollback", "resume"],
  rolled_back: [],
  completed: ["rollback"],
};

export function allowedActions(state: DeploymentState): DeploymentAction[] {
  return ALLOWED[state.status].filter((action) => action !== "promote" || currentStageIndex(state) !== null);
}

/** The stage now baking (or blocked), if any. */
export function currentStageIndex(state: DeploymentState): number | null {
  const index = state.stages.findIndex((s) => s.status === "baking" || s.status === "blocked");
  return index === -1 ? null : index;
}

function withStage(state: DeploymentState, index: number, stage: Partial<StageState>): StageState[] {
  return state.stages.map((s, i) => (i === index ? { ...s, ...stage } : s));
}

/** Starts the current stage's next wave, the next stage, or completes the deployment. */
export function promote(state: DeploymentState, now: Date): DeploymentState {
  const index = currentStageIndex(state);
  if (index === null) return state;
  const nextWave = startNextWave(state.stages[index], now);
  if (nextWave) return { ...state, stages: withStage(state, index, nextWave) };
  const stages = withStage(state, index, { status: "passed", finishedAt: now });
  const next = index + 1;
  if (next >= stages.length) return { ...state, status: "completed", stages, pausedReason: null };
  stages[next] = { ...stages[next], status: "baking", startedAt: now, waveStartedAt: [now] };
  return { ...state, stages };
}

export function startDeployment(stages: { ring: string; bakeSeconds: number; waves?: readonly number[] }[], now: Date): DeploymentState {
  return {
    status: "active",
    pausedReason: null,
    stages: stages.map((s, i) => ({
      ...s,
      waves: s.waves ?? WHOLE_RING,
      status: i === 0 ? "baking" : "pending",
      startedAt: i === 0 ? now : null,
      finishedAt: null,
      waveStartedAt: i === 0 ? [now] : [],
    })),
  };
}

export function applyAction(state: DeploymentState, action: DeploymentAction, reason: string, now: Date): TransitionResult {
  if (!allowedActions(state).includes(action)) {
    return { ok: false, error: `Cannot ${action} a deployment that is ${state.status.replace("_", " ")}.` };
  }
  switch (action) {
    case "pause":
      return { ok: true, next: { ...state, status: "paused", pausedReason: reason } };
    case "resume": {
      const index = currentStageIndex(state);
      const stages = index === null ? state.stages : withStage(state, index, { status: "baking" });
      return { ok: true, next: { ...state, status: "active", pausedReason: null, stages } };
    }
    case "halt": {
      const index = currentStageIndex(state);
      const stages = index === null ? state.stages : withStage(state, index, { status: "blocked" });
      return { ok: true, next: { ...state, status: "halted", pausedReason: reason, stages } };
    }
    case "rollback":
      return { ok: true, next: { ...state, status: "rolled_back", pausedReason: reason } };
    case "promote": {
      const promoted = promote(state, now);
      return { ok: true, next: promoted.status === "completed" ? promoted : { ...promoted, status: state.status } };
    }
  }
}

/** Seconds of bake left on the current wave of the stage (0 when baked): each wave bakes `bakeSeconds`. */
export function bakeRemainingSec(stage: StageState, now: Date): number {
  const start = currentWaveStart(stage);
  if (!start) return stage.bakeSeconds;
  return Math.max(0, stage.bakeSeconds - Math.floor((now.getTime() - start.getTime()) / 1000));
}

/** Rings whose devices may be offered the release now: stages that started (baking, passed or blocked). */
export function offeredRings(state: DeploymentState): string[] {
  return state.stages.filter((s) => s.status !== "pending").map((s) => s.ring);
}
