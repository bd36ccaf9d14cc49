import type { DeploymentStatus, GateDecision, StageStatus } from "@/queries/rollouts";
import { Badge } from "@/components/ui/Badge";
import { DEPLOYMENT_STATUS_LOOK, GATE_LOOK, TONE_DOT, stageLook, type Look } from "./deploymentLook";

export function LookBadge({ look }: { look: Look }) {
  return (
    <Badge tone={look.tone} title={look.description}>
      <span aria-hidden="true" className="size-1.5 rounded-full" style={{ backgroundColor: TONE_DOT[look.tone] }} />
      {look.label}
    </Badge>
  );
}

export function DeploymentStatusBadge({ status }: { status: DeploymentStatus }) {
  return <LookBadge look={DEPLOYMENT_STATUS_LOOK[status]} />;
}

export function StageBadge({ stage, deployment }: { stage: StageStatus; deployment: DeploymentStatus }) {
  return <LookBadge look={stageLook(stage, deployment)} />;
}

export function GateBadge({ decision }: { decision: GateDecision }) {
  const look = GATE_LOOK[decision];
  return <LookBadge look={{ ...look, label: `gate: ${look.label}` }} />;
}
