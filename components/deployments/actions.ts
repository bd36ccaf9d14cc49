import type { DeploymentAction } from "@/queries/rollouts";

export interface ActionLook {
  label: string;
  /** Button and confirm styling: stopping or reverting a rollout is the dangerous kind. */
  tone: "primary" | "danger";
  /** The button on the page: forward actions stand out, halting and reverting are red, pausing is calm. */
  variant: "primary" | "secondary" | "danger";
  confirmTitle: string;
  explanation: string;
}

export const ACTION_LOOK: Record<DeploymentAction, ActionLook> = {
  promote: {
    variant: "primary",
    label: "Promote",
    tone: "primary",
    confirmTitle: "Promote to the next ring?",
    explanation: "Ends the current stage's bake now and offers the release to the next ring, whatever the gate says.",
  },
  resume: {
    variant: "primary",
    label: "Resume",
    tone: "primary",
    confirmTitle: "Resume this deployment?",
    explanation: "Devices in the current ring are offered the release again and the bake continues.",
  },
  pause: {
    variant: "secondary",
    label: "Pause",
    tone: "danger",
    confirmTitle: "Pause this deployment?",
    explanation: "No new device is offered the release until it is resumed. Devices that have it keep it.",
  },
  halt: {
    variant: "danger",
    label: "Halt",
    tone: "danger",
    confirmTitle: "Halt this deployment?",
    explanation: "Blocks the current stage: no new device is offered the release. Devices that have it keep it.",
  },
  rollback: {
    variant: "danger",
    label: "Roll back",
    tone: "danger",
    confirmTitle: "Roll back this deployment?",
    explanation: "Every ring is offered the previous version again. This ends the deployment.",
  },
};

/** Forward actions first, the drastic one last. */
const ACTION_ORDER: readonly DeploymentAction[] = ["promote", "resume", "pause", "halt", "rollback"];

/** The actions to offer: those the deployment allows now, and only to users who may operate. */
export function visibleActions(allowed: readonly DeploymentAction[], canOperate: boolean): DeploymentAction[] {
  return canOperate ? ACTION_ORDER.filter((action) => allowed.includes(action)) : [];
}
