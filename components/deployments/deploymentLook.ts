import type { CrashFreeVerdict, DeploymentStatus, GateDecision, StageStatus } from "@/queries/rollouts";
import type { BadgeTone } from "@/components/ui/Badge";

export interface Look {
  label: string;
  tone: BadgeTone;
  description: string;
}

export const DEPLOYMENT_STATUS_LOOK: Record<DeploymentStatus, Look> = {
  active: { label: "Active", tone: "info", description: "Offering the release ring by ring" },
  paused: { label: "Paused", tone: "warning", description: "No new device is offered the release until it is resumed" },
  halted: { label: "Halted", tone: "danger", description: "Stopped: no new device is offered the release" },
  rolled_back: { label: "Rolled back", tone: "muted", description: "Every ring is offered the previous version again" },
  completed: { label: "Completed", tone: "success", description: "Every stage passed" },
};

const STAGE_STATUS_LOOK: Record<StageStatus, Look> = {
  pending: { label: "pending", tone: "muted", description: "Not started: waits for the stage before it" },
  baking: { label: "baking", tone: "info", description: "Offered to this ring; baking before the next stage" },
  passed: { label: "passed", tone: "success", description: "Baked with a healthy gate" },
  blocked: { label: "blocked", tone: "danger", description: "Stopped in this ring" },
};

/** Dot colours for the pipeline, mid-tone so they read on light and dark backgrounds. */
export const TONE_DOT: Record<BadgeTone, string> = {
  neutral: "#64748b",
  success: "#10b981",
  danger: "#ef4444",
  warning: "#f59e0b",
  info: "#6366f1",
  muted: "#94a3b8",
};

/**
 * A stage as people read it: the stage status, except where the deployment's status says more
 * (a baking stage of a paused deployment is not moving; a rolled-back one no longer holds devices).
 */
export function stageLook(stage: StageStatus, deployment: DeploymentStatus): Look {
  if (deployment === "rolled_back" && stage !== "pending") {
    return { label: "rolled back", tone: "muted", description: "The ring is offered the previous version again" };
  }
  if (deployment === "paused" && stage === "baking") {
    return { label: "paused", tone: "warning", description: "Paused: no new device in this ring is offered the release" };
  }
  return STAGE_STATUS_LOOK[stage];
}

export const GATE_LOOK: Record<GateDecision, Look> = {
  go: { label: "go", tone: "success", description: "Healthy enough to move to the next ring" },
  wait: { label: "wait", tone: "warning", description: "Not enough evidence yet" },
  no_go: { label: "no-go", tone: "danger", description: "Unhealthy: do not move on" },
};

/**
 * The server's comparison of a stage's crash-free rate with its fair baseline. Only "worse" is a
 * finding; overlapping intervals are no evidence either way, so they stay neutral rather than green.
 */
export const CRASH_FREE_VERDICT_LOOK: Record<CrashFreeVerdict, Look> = {
  worse: { label: "worse than baseline", tone: "danger", description: "The new version's 95% interval lies wholly below the baseline's" },
  no_clear_difference: { label: "no clear difference", tone: "neutral", description: "The 95% intervals overlap: no evidence of a difference" },
  no_baseline: { label: "no baseline", tone: "muted", description: "No fair baseline to compare with; detection judges this ring against assumed rates" },
  not_enough_data: { label: "not enough data", tone: "muted", description: "Too few exposed devices have reported to compare" },
};

/** The colour of a stage's crash-free number: red only on the verdict "worse", otherwise neutral. */
export const crashFreeVerdictTone = (verdict: CrashFreeVerdict): BadgeTone => (verdict === "worse" ? "danger" : "neutral");
