import type { Deployment, Stage } from "@/queries/rollouts";

export interface RingStage {
  deployment: Deployment;
  stage: Stage;
}

/** The stages that live deployments have in a ring, as (deployment, stage) pairs in deployment order. */
export function stagesInRing(ring: string, deployments: readonly Deployment[]): RingStage[] {
  return deployments.flatMap((deployment) => {
    const stage = deployment.stages.find((s) => s.ring === ring);
    return stage ? [{ deployment, stage }] : [];
  });
}

/** Ring health in rollout order; rings the order does not know go last, by name. */
export function inRingOrder<T extends { ring: string }>(items: readonly T[], order: readonly string[]): T[] {
  const rank = (ring: string) => {
    const index = order.indexOf(ring);
    return index === -1 ? order.length : index;
  };
  return [...items].sort((a, b) => rank(a.ring) - rank(b.ring) || a.ring.localeCompare(b.ring));
}
