import type { AnomalyAction, AnomalyStatus } from "@/queries/anomalies";

export interface TriageLook {
  label: string;
  variant: "primary" | "secondary";
  confirmTitle: string;
  explanation: string;
  notePlaceholder: string;
}

export const TRIAGE_LOOK: Record<AnomalyAction, TriageLook> = {
  acknowledge: {
    label: "Acknowledge",
    variant: "primary",
    confirmTitle: "Acknowledge this anomaly?",
    explanation: "Tells everyone someone is on it. It stays in the inbox under Acknowledged until resolved.",
    notePlaceholder: "e.g. looking at the crash dumps with the agent team",
  },
  resolve: {
    label: "Resolve",
    variant: "secondary",
    confirmTitle: "Resolve this anomaly?",
    explanation: "Closes it and lifts its hold on the rollout. If a critical signal is still there, the detector reopens it on a later tick.",
    notePlaceholder: "e.g. rolled back; affected devices repaired on site",
  },
};

const ALLOWED: Record<AnomalyStatus, readonly AnomalyAction[]> = {
  open: ["acknowledge", "resolve"],
  acknowledged: ["resolve"],
  resolved: [],
};

/** The triage buttons to show: what the status allows, of what the user may do. */
export function triageActions(status: AnomalyStatus, may: Readonly<Record<AnomalyAction, boolean>>): AnomalyAction[] {
  return ALLOWED[status].filter((action) => may[action]);
}
