/** The end of a scenario: drain, stop, last reading, roll back, resolve, measure. */
import type { FleetSimulator } from "../fleet/simulator";
import { checkCohortOffers, cohortValue, type ContainmentObservation } from "./containment";
import type { ContainmentWatch } from "./containmentWatch";
import { sleep } from "../fleet/timing";
import type { ExposureLog } from "./exposureLog";
import { FIRST_RING } from "./fleetShape";
import type { ManifestChecks } from "./manifestChecks";
import type { OnSiteTeam } from "./onSiteTeam";
import { measureScenario, type ScenarioObservation } from "./measure";
import { checkReachedRings, reachTimeline } from "./reachedRings";
import { pausedAt, strayAnomalies, WATCH_POLL_MS, type RolloutWatch } from "./rolloutWatch";
import type { ScenarioRun, ScenarioRunContext } from "./runScenario";
import type { ScenarioDefinition, ScenarioRelease } from "./scenario";

export const FLEET_STOP_TIMEOUT_MS = 15_000;
const FINAL_READING_ATTEMPTS = 3;

/**
 * Rolls back and resolves what was raised, as an operator would: a rolled-back deployment with no
 * open anomaly is no longer watched, so its switched-off fleet is not judged during the next scenario.
 */
async function cleanUp(definition: ScenarioDefinition, context: ScenarioRunContext, watch: RolloutWatch): Promise<void> {
  const reason = `scenario ${definition.key} finished`;
  const report = (what: string) => (error: unknown) => context.log(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
  if (watch.deployment.status !== "rolled_back") await context.client.act(watch.deployment.id, "rollback", reason).catch(report("rollback"));
  for (const anomaly of watch.anomalies.filter((a) => a.status !== "resolved")) {
    await context.client.resolveAnomaly(anomaly.id, reason).catch(report(`resolving anomaly ${anomaly.id}`));
  }
}

interface Finishing {
  definition: ScenarioDefinition;
  context: ScenarioRunContext;
  release: ScenarioRelease;
  fleet: FleetSimulator;
  checks: ManifestChecks;
  watch: RolloutWatch;
  containment: ContainmentWatch;
  team: OnSiteTeam | null;
  exposures: ExposureLog;
  known: Set<string>;
  began: number;
}

/**
 * Stops the fleet, takes the last reading, rolls the deployment back and measures. Checks under way
 * finish first, so the fleet's count of offers and the app's count of exposures cover the same checks.
 */
/** The hold the goal names (else the latest), judged against the fleet's own answers and attributes. */
function containmentOf(
  definition: ScenarioDefinition,
  fleet: FleetSimulator,
  release: ScenarioRelease,
  exposures: ExposureLog,
  watch: ContainmentWatch,
  team: OnSiteTeam | null,
): ContainmentObservation {
  const wanted = definition.goals.hold;
  const hold = watch.holds.find((h) => wanted && h.dimension === wanted.dimension && h.value === wanted.value) ?? watch.holds[0];
  const cohort = hold && { dimension: hold.dimension, value: hold.value };
  const members = cohort && new Set(fleet.devices.filter((d) => cohortValue(d, cohort.dimension) === cohort.value).map((d) => d.deviceId));
  const release_ = { component: release.component, version: release.toVersion };
  return {
    holds: watch.holds,
    stopReach: watch.stopReach,
    recovery: watch.recovery,
    cohortOffers: cohort && members ? checkCohortOffers(exposures.answerRecords, (id) => members.has(id), cohort, Date.parse(hold.createdAt), release_) : null,
    repaired: team?.repaired ?? 0,
  };
}

export async function finish({
  definition,
  context,
  release,
  fleet,
  checks,
  watch,
  containment,
  team,
  exposures,
  known,
  began,
}: Finishing): Promise<ScenarioRun> {
  await team?.stop();
  await checks.stop(FLEET_STOP_TIMEOUT_MS);
  const stats = await fleet.stop({ timeoutMs: FLEET_STOP_TIMEOUT_MS });
  const stoppedAt = Date.now();
  // The last reading is the one measured: a slow app gets a few tries.
  for (let attempt = 1; !(await watch.poll()) && attempt < FINAL_READING_ATTEMPTS; attempt += 1) await sleep(WATCH_POLL_MS);
  await containment.poll(watch.anomalies, true);
  const stray = await strayAnomalies(context.client, known, watch.deployment.id);
  // Read before the clean-up's rollback, which is no part of what the scenario judges.
  const audit = await context.client.audit(watch.deployment.id);
  await cleanUp(definition, context, watch);
  const reach = checkReachedRings(
    exposures.answerRecords,
    { component: release.component, version: release.toVersion },
    reachTimeline(watch.deployment.stages, audit),
  );
  const observation: ScenarioObservation = {
    exposure: exposures.summary(),
    reach,
    deployment: watch.deployment,
    anomalies: watch.anomalies,
    strayAnomalies: stray,
    sightings: watch.sightings,
    criticalSeenAt: watch.criticalSeenAt,
    pausedSeenAt: watch.pausedSeenAt,
    pausedAt: pausedAt(audit),
    detectionTicks: watch.detectionTicks,
    containment: containmentOf(definition, fleet, release, exposures, containment, team),
  };
  const outcome = measureScenario(observation, definition.goals, FIRST_RING);
  return {
    definition,
    baseUrl: context.baseUrl,
    release,
    deploymentId: watch.deployment.id,
    observation,
    outcome,
    fleet: stats,
    fleetStoppedAt: stoppedAt,
    intervalSec: fleet.intervalMs / 1000,
    apiErrors: watch.errors,
    durationSec: (Date.now() - began) / 1000,
  };
}
