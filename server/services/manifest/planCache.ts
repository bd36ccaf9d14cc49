import type { RingRange } from "../../../core/rings/assignment";
import type { ComponentPlan } from "../../../core/rollouts/plan";
import type { Database } from "../../db/database";
import { loadLiveDeployments } from "../../queries/deployments";
import { activeHoldRules } from "../../queries/holds";
import { currentRingRanges } from "../../queries/rings";
import { processWide } from "../../processState";
import { forgetRingHealth } from "../../queries/ringHealthSnapshot";

/** Everything the manifest needs, held in memory: every device asks for it every heartbeat. */
export interface RolloutPlan {
  /** The plan's revision (rollout_plan_revision): the plan holds every change up to it, maybe a later one too. */
  revision: string;
  components: ComponentPlan[];
  ranges: RingRange[];
}

// Per database: tests open several in one process, and their revisions count independently.
const shared = processWide("rolloutPlan", () => ({ plans: new WeakMap<Database, Promise<RolloutPlan>>() }));

async function loadPlan(db: Database): Promise<RolloutPlan> {
  // Read first: whatever the plan's rows show is at least this revision, so the tag never claims too much.
  const [{ revision }] = await db.sql.query<{ revision: string }>("SELECT revision::text AS revision FROM rollout_plan_revision WHERE id = 1");
  const [baselines, live, ranges] = await Promise.all([
    db.sql.query<{ component: string; version: string }>("SELECT component, version FROM component_baselines"),
    loadLiveDeployments(db.sql),
    currentRingRanges(db.sql),
  ]);
  const holds = await activeHoldRules(
    db.sql,
    live.map((d) => d.row.id),
  );
  const components = new Map<string, ComponentPlan>(baselines.map((b) => [b.component, { component: b.component, baseline: b.version, live: null }]));
  for (const { row, state } of live) {
    const plan = components.get(row.component) ?? { component: row.component, baseline: null, live: null };
    const current = { deploymentId: row.id, releaseId: row.release_id, version: row.version, state, holds: holds.get(row.id) ?? [] };
    components.set(row.component, { ...plan, live: current });
  }
  return { revision, components: [...components.values()], ranges };
}

const atLeast = (revision: string, wanted: string) => BigInt(revision) >= BigInt(wanted);

/**
 * The plan as of `revision` or later. Revisions come from the database on every request, so a
 * change made by any instance replaces the cached plan on the next request here: no time-to-live.
 */
export async function planAt(db: Database, revision: string): Promise<RolloutPlan> {
  const cached = shared.plans.get(db);
  if (cached) {
    const plan = await cached.catch(() => null);
    if (plan && atLeast(plan.revision, revision)) return plan;
    if (shared.plans.get(db) !== cached) return planAt(db, revision);
  }
  const loading = loadPlan(db);
  shared.plans.set(db, loading);
  loading.catch(() => {
    if (shared.plans.get(db) === loading) shared.plans.delete(db);
  });
  return loading;
}

/** Called after every change to rings, deployments or baselines in this process (other instances see the revision). */
export function invalidatePlan(): void {
  shared.plans = new WeakMap();
  forgetRingHealth();
}
