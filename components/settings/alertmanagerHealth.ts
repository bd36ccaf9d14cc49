import type { BadgeTone } from "@/components/ui/Badge";
import type { AlertmanagerTargetStatus } from "@/schemas/alertmanager";

export interface TargetHealth {
  label: string;
  tone: BadgeTone;
}

/** One badge per Alertmanager: reached, failing (and for how long in a row), or not tried yet. */
export function targetHealth(target: AlertmanagerTargetStatus): TargetHealth {
  if (target.consecutiveFailures > 0) return { label: `failing (${target.consecutiveFailures} in a row)`, tone: "danger" };
  if (!target.lastSuccessAt) return { label: "not pushed yet", tone: "muted" };
  return { label: "reachable", tone: "success" };
}

export function firingSummary(target: AlertmanagerTargetStatus): string {
  if (!target.lastSuccessAt) return "nothing delivered yet";
  return target.firing === 0 ? "no anomaly firing" : `${target.firing} anomal${target.firing === 1 ? "y" : "ies"} firing`;
}

export const labelSummary = (labels: Record<string, string>) =>
  Object.entries(labels)
    .map(([name, value]) => `${name}="${value}"`)
    .join(", ");
