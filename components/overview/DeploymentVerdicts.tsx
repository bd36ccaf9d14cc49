"use client";

import Link from "next/link";
import type { GateAnswer } from "@/queries/deployments";
import type { Deployment } from "@/queries/rollouts";
import { Card, CardHeader } from "@/components/ui/Card";
import { DEPLOYMENT_STATUS_LOOK, GATE_LOOK, TONE_DOT } from "@/components/deployments/deploymentLook";
import { bakeProgress } from "@/components/deployments/bake";
import { deploymentHref } from "@/components/deployments/deploymentHref";
import { currentStage, verdictLine } from "@/components/deployments/verdict";
import { buttonClasses } from "@/components/ui/Button";
import { focusRing, tableBody } from "@/components/ui/styles";
import { rowPrimaryProps, useRowNavigation } from "@/components/ui/useRowNavigation";
import { OpenAnomaliesBadge } from "@/components/anomalies/OpenAnomaliesBadge";

interface DeploymentVerdictsProps {
  deployments: Deployment[];
  gates: Record<string, GateAnswer>;
  /** Open anomalies per deployment id. */
  anomalyCounts: Record<string, number>;
  secondsSinceFetch: number;
}

function verdictOf(deployment: Deployment, answer: GateAnswer | undefined, secondsSinceFetch: number) {
  const stage = currentStage(deployment);
  const bakeLeft = stage ? bakeProgress(stage, secondsSinceFetch).remainingSec : 0;
  const text = verdictLine(deployment, bakeLeft, { gate: answer?.gate, failed: Boolean(answer?.error) });
  // The dot says the most urgent thing: a stopped rollout, else what the gate decided.
  const tone = deployment.status !== "active" ? DEPLOYMENT_STATUS_LOOK[deployment.status].tone : answer?.gate ? GATE_LOOK[answer.gate.decision].tone : "muted";
  return { text, tone };
}

/** One line per live deployment: where it is, how long its bake has left, and what its gate says. */
export function DeploymentVerdicts({ deployments, gates, anomalyCounts, secondsSinceFetch }: DeploymentVerdictsProps) {
  const rows = useRowNavigation();
  return (
    <Card labelledBy="live-deployments-heading">
      <CardHeader
        id="live-deployments-heading"
        title="Live deployments"
        actions={
          <Link href="/deployments" className={buttonClasses("ghost", "sm")}>
            All deployments
          </Link>
        }
      />
      {deployments.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-500 dark:text-slate-400">No deployment is in progress.</p>
      ) : (
        <ul {...rows.listProps} className={tableBody}>
          {deployments.map((deployment) => {
            const verdict = verdictOf(deployment, gates[deployment.id], secondsSinceFetch);
            return (
              <li key={deployment.id} {...rows.rowProps({ href: deploymentHref(deployment.id), className: "flex items-center gap-2 pr-4" })}>
                <Link
                  {...rowPrimaryProps}
                  href={deploymentHref(deployment.id)}
                  title={verdict.text}
                  className={`flex min-w-0 flex-1 items-center gap-2.5 py-2 pl-4 text-[13px] text-slate-800 dark:text-slate-200 ${focusRing}`}
                >
                  <span aria-hidden="true" className="size-2 shrink-0 rounded-full" style={{ backgroundColor: TONE_DOT[verdict.tone] }} />
                  <span className="truncate">{verdict.text}</span>
                </Link>
                <OpenAnomaliesBadge
                  count={anomalyCounts[deployment.id] ?? 0}
                  filter={{ deploymentId: deployment.id }}
                  where={`${deployment.component} ${deployment.version}`}
                />
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
