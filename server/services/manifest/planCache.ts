import type { RingRange } from "../../../core/rings/assignment";
import type { ComponentPlan } from "../../../core/rollouts/plan";
import type { Database } from "../../db/database";
import { loadLiveDeployments } from "../../queries/deployments";
import { currentRingRanges } from "../../queries/rings";
import { processWide } from "../../processState";
import { forgetRingHealth } from "../../queries/ringHealthSnapshot";

/** Everything the manifest needs, held in memory: every device asks for it every heartbeat. */
export interface RolloutPlan {
  components: ComponentPlan[];
  ranges: RingRange[];
}

/** Other instances change the plan too; this bounds how long one instance can serve a stale plan. */
const PLAN_TTL_MS = 5_000;
const shared = processWide("rolloutPlan", (): { current?: { plan: Promise<RolloutPlan>; loadedAt: number } } => ({}));

async function loadPlan(db: Database): Promise<RolloutPlan> {
  const [baselines, live, ranges] = await Promise.all([
    db.sql.query<{ component: string; version: string }>("SELECT component, version FROM component_baselines"),
    loadLiveDeployments(db.sql),
    currentRingRanges(db.sql),
  ]);
  const components = new Map<string, ComponentPlan>(baselines.map((b) => [b.component, { component: b.component, baseline: b.version, live: null }]));
  for (const { row, state } of live) {
    const plan = components.get(row.component) ?? { component: row.component, baseline: null, live: null };
    components.set(row.component, { ...plan, live: { deploymentId: row.id, releaseId: row.release_id, version: row.version, state } });
  }
  return { components: [...components.values()], ranges };
}

export function currentPlan(db: Database, now = Date.now()): Promise<RolloutPlan> {
  const cached = shared.current;
  if (cached && now - cached.loadedAt < PLAN_TTL_MS) return cached.plan;
  const plan = loadPlan(db);
  shared.current = { plan, loadedAt: now };
  plan.catch(() => {
    if (shared.current?.plan === plan) shared.current = undefined;
  });
  return plan;
}

/** Called after every change to rings, deployments or baselines, in this process. */
export function invalidatePlan(): void {
  shared.current = undefined;
  forgetRingHealth();
}
