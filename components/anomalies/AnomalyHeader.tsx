import { anomalyName } from "@/core/names";
import type { AnomalyDetail } from "@/queries/anomalies";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { formatDuration } from "@/components/ui/time";
import { Breadcrumb } from "@/components/ui/Breadcrumb";
import { AnomalyDeploymentBar } from "./AnomalyDeploymentBar";
import { AnomalyStatusBadge, SeverityBadge } from "./AnomalyBadges";
import { AnomalyTriageActions } from "./AnomalyTriageActions";
import { KIND_LOOK, releaseName } from "./anomalyLook";

/** Who acknowledged or resolved it, when, and the note they left. */
function TriageTrail({ anomaly }: { anomaly: AnomalyDetail }) {
  if (!anomaly.acknowledgedAt && !anomaly.resolvedAt && !anomaly.note) return null;
  return (
    <div className="mt-2 rounded-md border border-slate-200 bg-slate-50 px-3 py-1.5 text-xs text-slate-700 dark:border-slate-800 dark:bg-slate-800/40 dark:text-slate-300">
      {anomaly.acknowledgedAt ? (
        <p>
          Acknowledged by <span className="font-medium">{anomaly.acknowledgedBy ?? "someone"}</span> <RelativeTime iso={anomaly.acknowledgedAt} />
        </p>
      ) : null}
      {anomaly.resolvedAt ? (
        <p>
          Resolved by{" "}
          <span className="font-medium">{anomaly.resolvedBy === "system" ? "the detector (healed by itself)" : (anomaly.resolvedBy ?? "someone")}</span>{" "}
          <RelativeTime iso={anomaly.resolvedAt} />
        </p>
      ) : null}
      {anomaly.note ? (
        <p className="mt-0.5 whitespace-pre-line">
          <span className="font-medium">Note:</span> {anomaly.note}
        </p>
      ) : null}
    </div>
  );
}

export function AnomalyHeader({ anomaly }: { anomaly: AnomalyDetail }) {
  const title = `${KIND_LOOK[anomaly.kind].label} in ${anomaly.ring}`;
  const release = releaseName(anomaly.component, anomaly.version);
  return (
    <div className="mb-4">
      <Breadcrumb section="Anomalies" href="/anomalies" name={anomalyName(anomaly)} id={anomaly.id} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <SeverityBadge severity={anomaly.severity} />
            <h1 className="text-lg font-semibold tracking-tight text-slate-900 dark:text-slate-50">
              {title} <span className="font-normal text-slate-500 dark:text-slate-400">· {release}</span>
            </h1>
            <AnomalyStatusBadge status={anomaly.status} />
          </div>
          <p className="mt-1 max-w-3xl text-sm text-slate-700 dark:text-slate-300">{anomaly.summary}</p>
          <p className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">
            Detected <RelativeTime iso={anomaly.detectedAt} />
            {anomaly.detectionLagSec !== null ? <>, {formatDuration(anomaly.detectionLagSec)} after the first signal</> : null} · signal last seen{" "}
            <RelativeTime iso={anomaly.lastFiringAt} />
          </p>
        </div>
        <AnomalyTriageActions anomalyId={anomaly.id} status={anomaly.status} title={`${title}, ${release}`} />
      </div>
      <TriageTrail anomaly={anomaly} />
      <AnomalyDeploymentBar anomaly={anomaly} />
    </div>
  );
}
