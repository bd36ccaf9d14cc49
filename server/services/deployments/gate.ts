import { describeBaseline } from "../../../core/baseline/fairBaseline";
import { bakeRemainingSec } from "../../../core/rollouts/deployment";
import { decideGate } from "../../../core/rollouts/gate";
import { describeBreach } from "../../../core/rollouts/projection";
import { currentWaveIndex, wavesOf } from "../../../core/rollouts/waves";
import type { GateView } from "../../../schemas/rollouts";
import type { LoadedDeployment } from "../../queries/deployments";
import { liveAnomalyCounts } from "../../queries/anomalies";
import { loadFairBaseline } from "../../queries/fairBaseline";
import { activeHoldRules } from "../../queries/holds";
import { baselineHealth, candidateHealth, ringDeviceCount } from "../../queries/rolloutHealth";
import type { ServiceContext } from "../context";
import { invalid } from "../errors";
import { projectNextWave } from "./projection";

/** The gate for one ring of a deployment: go, wait or no_go, with reasons a person can act on. */
export async function evaluateGate(ctx: ServiceContext, { row, state }: LoadedDeployment, ring: string): Promise<GateView> {
  const {
    now,
    db: { sql },
  } = ctx;
  const stage = state.stages.find((s) => s.ring === ring);
  if (!stage)
    throw invalid(`Ring ${ring} is not a stage of this deployment (stages: ${state.stages.map((s) => s.ring).join(", ")}).`, [
      { path: "$.ring", message: "not a stage" },
    ]);
  if (state.status === "rolled_back")
    return { ring, decision: "no_go", reasons: [`The deployment was rolled back: ${state.pausedReason ?? "no reason given"}.`] };
  if (stage.status === "passed") return { ring, decision: "go", reasons: [`${ring} already passed.`] };
  if (stage.status === "pending") return { ring, decision: "wait", reasons: [`${ring} has not started: the rings before it must pass first.`] };
  const fair = await loadFairBaseline(sql, { row, state }, stage.startedAt ?? now);
  // Held cohorts are contained: their devices no longer speak for the rest of the ring.
  const holds = (await activeHoldRules(sql, [row.id])).get(row.id) ?? [];
  const [candidate, baseline, ringDevices, anomalies] = await Promise.all([
    candidateHealth(sql, row.id, ring, now, holds),
    baselineHealth(sql, fair, row.release_id),
    ringDeviceCount(sql, ring),
    liveAnomalyCounts(sql, row.id),
  ]);
  // Acknowledged critical anomalies still block: acknowledging says "seen", not "safe".
  const inRing = anomalies.filter((a) => a.ring === ring);
  const count = (keep: (a: (typeof inRing)[number]) => boolean) => inRing.filter(keep).reduce((sum, a) => sum + a.count, 0);
  const baselineBasis = describeBaseline(fair, baseline.reporting);
  const gate = decideGate({
    ring,
    bakeRemainingSec: bakeRemainingSec(stage, now),
    ringDevices,
    exposed: candidate.exposed,
    candidate,
    baseline,
    baselineBasis,
    // A critical anomaly contained by a hold on its cohort does not stop the rest of the rollout.
    openCriticalAnomalies: count((a) => a.severity === "critical" && !a.contained),
    openUntriagedAnomalies: count((a) => a.severity !== "critical" && a.status === "open"),
  });
  // The next wave's blast radius: a wave that would break an exposure budget does not start. Only
  // deployments with budgets pay for the projection (it reads every device of the next wave's ring).
  const projection = row.budgets.length > 0 ? await projectNextWave(ctx, { row, state }) : null;
  const where = projection?.ring ? `Wave ${projection.wave} of ${projection.ring} (${projection.percent}% of the ring)` : "";
  const overBudget = (projection?.budgetBreaches ?? []).map((breach) => describeBreach(breach, where));
  const held = state.status === "halted" || state.status === "paused";
  const decision = state.status === "halted" || overBudget.length > 0 ? "no_go" : held && gate.decision === "go" ? "wait" : gate.decision;
  const contained = count((a) => a.contained);
  const containedNote =
    contained > 0 ? [`${contained} anomal${contained === 1 ? "y is" : "ies are"} contained by a hold on the affected cohort and do not block ${ring}.`] : [];
  const waves = wavesOf(stage);
  const waveNote = waves.length > 1 ? [`${ring} is in wave ${currentWaveIndex(stage) + 1} of ${waves.length} (${waves.join(", ")}% of the ring).`] : [];
  const reasons = [
    ...(held ? [`The deployment is ${state.status}: ${state.pausedReason ?? "no reason given"}.`] : []),
    ...overBudget,
    ...gate.reasons,
    ...containedNote,
    ...waveNote,
  ];
  return {
    ring,
    decision,
    reasons,
    evidence: {
      candidate,
      baseline,
      baselineBasis,
      ringDevices,
      candidateCrashFree: gate.candidateCrashFree,
      baselineCrashFree: gate.baselineCrashFree,
      ...(projection ? { projection } : {}),
    },
  };
}
