import Link from "next/link";
import { BakeBar } from "@/components/deployments/BakeBar";
import { StageBadge } from "@/components/deployments/DeploymentBadges";
import { bakeProgress, formatBakeTime } from "@/components/deployments/bake";
import { deploymentHref } from "@/components/deployments/deploymentHref";
import { formatShareOfRing } from "@/components/ui/rate";
import { focusRing } from "@/components/ui/styles";
import type { RingStage } from "./ringStages";

/** The live deployments' stages in one ring: which release, its stage status, bake progress, exposure. */
export function RingRollouts({
  ring,
  ringDevices,
  stages,
  secondsSinceFetch,
}: {
  ring: string;
  ringDevices: number;
  stages: RingStage[];
  secondsSinceFetch: number;
}) {
  if (stages.length === 0) return <p className="text-xs text-slate-600 dark:text-slate-400">No rollout in this ring.</p>;
  return (
    <ul className="space-y-1.5">
      {stages.map(({ deployment, stage }) => (
        <li key={deployment.id} className="text-xs">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
            <Link href={deploymentHref(deployment.id)} className={`rounded font-medium text-indigo-700 hover:underline dark:text-indigo-300 ${focusRing}`}>
              {deployment.component} <span className="font-mono">{deployment.version}</span>
            </Link>
            <StageBadge stage={stage.status} deployment={deployment.status} />
            <span className="ml-auto tabular-nums text-slate-600 dark:text-slate-400">
              {formatShareOfRing(stage.exposedDevices, ringDevices, ring)} exposed
            </span>
          </div>
          {stage.status === "baking" || stage.status === "blocked" ? (
            <div className="mt-1">
              <BakeBar ring={`${ring} ${deployment.component}`} progress={bakeProgress(stage, secondsSinceFetch)} />
            </div>
          ) : stage.status === "pending" ? (
            <p className="mt-0.5 text-slate-600 dark:text-slate-400">Waits for the stage before; {formatBakeTime(stage.bakeSeconds)}.</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
