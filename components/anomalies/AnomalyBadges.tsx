import type { AnomalyKind, AnomalyStatus, Severity } from "@/queries/anomalies";
import { LookBadge } from "@/components/deployments/DeploymentBadges";
import { KIND_LOOK, SEVERITY_LOOK, STATUS_LOOK } from "./anomalyLook";

export function SeverityBadge({ severity }: { severity: Severity }) {
  return <LookBadge look={SEVERITY_LOOK[severity]} />;
}

export function AnomalyStatusBadge({ status }: { status: AnomalyStatus }) {
  return <LookBadge look={STATUS_LOOK[status]} />;
}

export function KindLabel({ kind }: { kind: AnomalyKind }) {
  const look = KIND_LOOK[kind];
  return (
    <span title={look.description} className="whitespace-nowrap">
      {look.label}
    </span>
  );
}
