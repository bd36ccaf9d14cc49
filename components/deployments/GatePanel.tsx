"use client";

import { useDeploymentGate } from "@/queries/deployments";
import { Skeleton } from "@/components/ui/Skeleton";
import { GateBadge } from "./DeploymentBadges";
import { GATE_LOOK } from "./deploymentLook";

/** The gate's decision for one ring of a deployment and every reason it gives. */
export function GatePanel({ deploymentId, ring }: { deploymentId: string; ring: string }) {
  const gate = useDeploymentGate(deploymentId, ring);
  return (
    <div aria-live="polite" className="rounded-md bg-slate-50 px-3 py-2 text-xs dark:bg-slate-800/50">
      {gate.isPending ? (
        <Skeleton className="h-4 w-48" />
      ) : gate.data ? (
        <>
          <div className="flex items-center gap-2">
            <GateBadge decision={gate.data.decision} />
            <span className="text-slate-500 dark:text-slate-400">{GATE_LOOK[gate.data.decision].description}</span>
          </div>
          {gate.data.reasons.length > 0 ? (
            <ul className="mt-1.5 list-disc space-y-0.5 pl-5 text-slate-700 dark:text-slate-300">
              {gate.data.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : (
        <p role="alert" className="text-red-700 dark:text-red-400">
          Gate unavailable: {gate.error?.message ?? "no answer"}
        </p>
      )}
    </div>
  );
}
