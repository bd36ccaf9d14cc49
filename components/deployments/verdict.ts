import type { Deployment, Gate, Stage } from "@/queries/rollouts";
import { formatTimeLeft } from "./bake";
import { GATE_LOOK } from "./deploymentLook";

/** The stage that holds the deployment now: baking, or blocked by a halt. */
export function currentStage(deployment: Pick<Deployment, "stages">): Stage | null {
  return deployment.stages.find((s) => s.status === "baking" || s.status === "blocked") ?? null;
}

export interface GateState {
  gate?: Gate;
  failed?: boolean;
}

export function gateText({ gate, failed }: GateState): string {
  if (gate) {
    const label = GATE_LOOK[gate.decision].label;
    return gate.reasons.length > 0 ? `gate: ${label} — ${gate.reasons.join("; ")}` : `gate: ${label}`;
  }
  return failed ? "gate: unavailable" : "gate: checking…";
}

function stageText(deployment: Deployment, stage: Stage, bakeLeftSec: number): string {
  const reason = deployment.pausedReason ? ` (${deployment.pausedReason})` : "";
  if (deployment.status === "paused") return `paused in ${stage.ring}${reason}`;
  if (deployment.status === "halted") return `halted in ${stage.ring}${reason}`;
  return bakeLeftSec > 0 ? `${stage.ring} baking, ${formatTimeLeft(bakeLeftSec)} left` : `${stage.ring} baked`;
}

/**
 * One line a manager can read aloud: "agent 7.12.0: canary baking, 4 min left, gate: wait — 3 of
 * 20 exposed devices reported".
 */
export function verdictLine(deployment: Deployment, bakeLeftSec: number, gate: GateState): string {
  const head = `${deployment.component} ${deployment.version}`;
  if (deployment.status === "completed") return `${head}: completed, every stage passed`;
  if (deployment.status === "rolled_back") return `${head}: rolled back to ${deployment.previousVersion ?? "the previous version"}`;
  const stage = currentStage(deployment);
  if (!stage) return `${head}: ${deployment.status}, no stage in progress`;
  return `${head}: ${stageText(deployment, stage, bakeLeftSec)}, ${gateText(gate)}`;
}
