"use client";

import { LIVE_STATUSES, type Deployment, type Stage } from "@/queries/rollouts";
import { Card, CardHeader } from "@/components/ui/Card";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { BakeBar } from "./BakeBar";
import { StageBadge } from "./DeploymentBadges";
import { GatePanel } from "./GatePanel";
import { bakeProgress, formatBakeTime } from "./bake";
import { TONE_DOT, stageLook } from "./deploymentLook";
import { currentStage } from "./verdict";

const numberFormat = new Intl.NumberFormat();
const isLive = (deployment: Deployment) => (LIVE_STATUSES as readonly string[]).includes(deployment.status);

function StageTimes({ stage }: { stage: Stage }) {
  if (!stage.startedAt) return <span className="text-slate-500 dark:text-slate-400">not started</span>;
  return (
    <>
      started <RelativeTime iso={stage.startedAt} />
      {stage.finishedAt ? (
        <>
          {" "}
          · finished <RelativeTime iso={stage.finishedAt} />
        </>
      ) : null}
    </>
  );
}

interface StageRowProps {
  stage: Stage;
  deployment: Deployment;
  isCurrent: boolean;
  secondsSinceFetch: number;
}

function StageRow({ stage, deployment, isCurrent, secondsSinceFetch }: StageRowProps) {
  const look = stageLook(stage.status, deployment.status);
  const showBar = stage.status === "baking" || stage.status === "blocked";
  return (
    <li className="relative pl-6">
      <span
        aria-hidden="true"
        className="absolute left-0 top-1.5 size-3 rounded-full ring-4 ring-white dark:ring-slate-900"
        style={{ backgroundColor: TONE_DOT[look.tone] }}
      />
      <div className="grid items-center gap-x-4 gap-y-1 text-[13px] md:grid-cols-[10rem_1fr_14rem_8rem]">
        <div className="flex items-center gap-2">
          <h3 className="font-medium text-slate-900 dark:text-slate-100">{stage.ring}</h3>
          <StageBadge stage={stage.status} deployment={deployment.status} />
        </div>
        <p className="text-xs text-slate-600 dark:text-slate-300">
          <StageTimes stage={stage} />
        </p>
        <div className="text-xs text-slate-600 dark:text-slate-300">
          {showBar ? <BakeBar ring={stage.ring} progress={bakeProgress(stage, secondsSinceFetch)} /> : <span>{formatBakeTime(stage.bakeSeconds)}</span>}
        </div>
        <p className="text-xs text-slate-600 md:text-right dark:text-slate-300">
          <span className="font-medium tabular-nums text-slate-900 dark:text-slate-100">{numberFormat.format(stage.exposedDevices)}</span> exposed
        </p>
      </div>
      {isCurrent && isLive(deployment) ? (
        <div className="mt-2">
          <GatePanel deploymentId={deployment.id} ring={stage.ring} />
        </div>
      ) : null}
    </li>
  );
}

export function StageTimeline({ deployment, secondsSinceFetch }: { deployment: Deployment; secondsSinceFetch: number }) {
  const current = currentStage(deployment);
  return (
    <Card labelledBy="stage-timeline-heading">
      <CardHeader
        id="stage-timeline-heading"
        title="Stages"
        description="Each ring is offered the release when its stage starts; exposed counts devices the manifest offered it to."
      />
      <ol className="relative space-y-4 p-4 before:absolute before:bottom-6 before:left-[1.375rem] before:top-6 before:w-px before:bg-slate-200 dark:before:bg-slate-800">
        {deployment.stages.map((stage) => (
          <StageRow key={stage.ring} stage={stage} deployment={deployment} isCurrent={stage === current} secondsSinceFetch={secondsSinceFetch} />
        ))}
      </ol>
    </Card>
  );
}
