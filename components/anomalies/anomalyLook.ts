import { ANOMALY_KIND_LABELS, releaseName as nameOfRelease } from "@/core/names";
import type { AnomalyKind, AnomalyStatus, Severity } from "@/queries/anomalies";
import type { Look } from "@/components/deployments/deploymentLook";

export const SEVERITY_LOOK: Record<Severity, Look> = {
  critical: { label: "Critical", tone: "danger", description: "Strong evidence of harm: pauses the deployment when auto-pause is on" },
  warning: { label: "Warning", tone: "warning", description: "A significant excess over the baseline" },
  info: { label: "Info", tone: "info", description: "Worth a look; not yet significant enough to act on" },
};

export const STATUS_LOOK: Record<AnomalyStatus, Look> = {
  open: { label: "Open", tone: "danger", description: "Nobody has acknowledged it yet" },
  acknowledged: { label: "Acknowledged", tone: "warning", description: "Someone is on it" },
  resolved: { label: "Resolved", tone: "muted", description: "Closed by a person, or healed by itself" },
};

export const KIND_LOOK: Record<AnomalyKind, { label: string; description: string }> = {
  crash_rate: { label: ANOMALY_KIND_LABELS.crash_rate, description: "Exposed devices crash more often than the baseline" },
  boot_loop: { label: ANOMALY_KIND_LABELS.boot_loop, description: "Exposed devices keep crashing and rebooting" },
  heartbeat_loss: { label: ANOMALY_KIND_LABELS.heartbeat_loss, description: "Exposed devices stopped reporting" },
};

/** Most severe first, for sorting and for the order of filter options. */
export const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** "agent 7.12.0": how releases are named across the UI (the one naming module's words). */
export const releaseName = (component: string, version: string) => nameOfRelease({ component, version });
