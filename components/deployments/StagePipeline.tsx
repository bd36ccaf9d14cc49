import type { Deployment } from "@/queries/rollouts";
import { TONE_DOT, stageLook } from "./deploymentLook";

/** canary → early → broad, each ring coloured by its stage's status; the words are in the label. */
export function StagePipeline({ deployment }: { deployment: Pick<Deployment, "stages" | "status"> }) {
  const looks = deployment.stages.map((stage) => ({ ring: stage.ring, look: stageLook(stage.status, deployment.status) }));
  const label = looks.map(({ ring, look }) => `${ring} ${look.label}`).join(", then ");
  return (
    <ol aria-label={`Stages: ${label}`} className="flex flex-wrap items-center gap-x-1 gap-y-0.5 text-xs">
      {looks.map(({ ring, look }, i) => (
        <li key={ring} className="flex items-center gap-1" title={`${ring}: ${look.label}`}>
          {i > 0 ? (
            <span aria-hidden="true" className="text-slate-300 dark:text-slate-600">
              →
            </span>
          ) : null}
          <span className="inline-flex items-center gap-1 rounded px-1 py-px text-slate-700 ring-1 ring-inset ring-slate-200 dark:text-slate-300 dark:ring-slate-700">
            <span aria-hidden="true" className="size-2 rounded-full" style={{ backgroundColor: TONE_DOT[look.tone] }} />
            {ring}
          </span>
        </li>
      ))}
    </ol>
  );
}
