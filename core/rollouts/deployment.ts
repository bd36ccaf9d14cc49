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
  /** Set while the deployment is paused or halted: the bake clock stands still from then on. */
  bakePausedAt?: Date | null;
  /** Seconds this stage spent paused before: time paused does not count as bake. */
  bakePausedSec?: number;
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
  // A new wave bakes afresh: time paused during the last one is behind it.
  if (nextWave) return { ...state, stages: withStage(state, index, { ...nextWave, bakePausedSec: 0, bakePausedAt: null }) };
  const stages = withStage(state, index, { status: "passed", finishedAt: now });
  const next = index + 1;
  if (next >= stages.length) return { ...state, status: "completed", stages, pausedReason: null };
  stages[next] = { ...stages[next], status: "baking", startedAt: now, waveStartedAt: [now] };
  return { ...state, stages };
}

/** Stops the current stage's bake clock (a pause after a halt keeps the earlier instant). */
function freezeBake(state: DeploymentState, now: Date): StageState[] {
  const index = currentStageIndex(state);
  if (index === null || state.stages[index].bakePausedAt) return state.stages;
  return withStage(state, index, { bakePausedAt: now });
}

/** Starts the clock again, adding the time it stood still to the stage's paused seconds. */
function thawBake(stage: StageState, now: Date): Partial<StageState> {
  if (!stage.bakePausedAt) return {};
  const stood = Math.max(0, Math.floor((now.getTime() - stage.bakePausedAt.getTime()) / 1000));
  return { bakePausedAt: null, bakePausedSec: (stage.bakePausedSec ?? 0) + stood };
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
      return { ok: true, next: { ...state, status: "paused", pausedReason: reason, stages: freezeBake(state, now) } };
    case "resume": {
      const index = currentStageIndex(state);
      const stages = index === null ? state.stages : withStage(state, index, { status: "baking", ...thawBake(state.stages[index], now) });
      return { ok: true, next: { ...state, status: "active", pausedReason: null, stages } };
    }
    case "halt": {
      const frozen = { ...state, stages: freezeBake(state, now) };
      const index = currentStageIndex(frozen);
      const stages = index === null ? frozen.stages : withStage(frozen, index, { status: "blocked" });
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

/** Seconds of bake left on the current wave of the stage (0 when baked): each wave bakes `bakeSeconds`, and time spent paused or halted does not count. */
export function bakeRemainingSec(stage: StageState, now: Date): number {
  const start = currentWaveStart(stage);
  if (!start) return stage.bakeSeconds;
  const clock = stage.bakePausedAt ?? now;
  const baked = Math.floor((clock.getTime() - start.getTime()) / 1000) - (stage.bakePausedSec ?? 0);
  return Math.max(0, stage.bakeSeconds - baked);
}

/** Rings whose devices may be offered the release now: stages that started (baking, passed or blocked). */
export function offeredRings(state: DeploymentState): string[] {
  return state.stages.filter((s) => s.status !== "pending").map((s) => s.ring);
}
