/**
 * Drives one scenario in real time: a warm-up on the old version, a deployment canary -> early ->
 * broad, the fleet following the manifest while the rollout is watched, then the fleet stops and the
 * deployment is rolled back so the next scenario starts clean.
 */
import { followManifest } from "../fleet/manifestAgent";
import { FleetSimulator, type FleetStats } from "../fleet/simulator";
import { sleep } from "../fleet/timing";
import { containmentSettled } from "./containment";
import { ContainmentWatch, hasContainmentGoals } from "./containmentWatch";
import { ExposureLog } from "./exposureLog";
import { rolloutStages } from "./fleetShape";
import { goalsSettled, type ScenarioObservation, type ScenarioOutcome } from "./measure";
import type { RingwatchClient } from "./ringwatchClient";
import { knownAnomalyIds, RolloutWatch, WATCH_POLL_MS } from "./rolloutWatch";
import { ManifestChecks } from "./manifestChecks";
import { OnSiteTeam } from "./onSiteTeam";
import { finish, FLEET_STOP_TIMEOUT_MS } from "./scenarioEnd";
import type { ScenarioDefinition, ScenarioFleet, ScenarioRelease } from "./scenario";

/** Healthy heartbeats on the old version before the rollout, so the app knows the fleet and its pins. */
const WARM_UP_SEC = 15;
/**
 * A stopped fleet still counts as alive in a baseline for two heartbeat intervals after its last
 * heartbeat; the next rollout waits until the previous fleet is past that, so it is nobody's baseline.
 */
const PREVIOUS_FLEET_GONE_AFTER_INTERVALS = 2.5;
/** Agents check their manifest every third heartbeat, the first time at their first heartbeat of the rollout. */
const MANIFEST_EVERY_TICKS = 3;
/** After a bad release's goals are met, one more detection tick so suspects can settle. */
const SETTLE_GRACE_MS = 10_000;
/** After containment goals are met, one more manifest check cycle, so every device has asked since. */
const CONTAINMENT_GRACE_MS = (MANIFEST_EVERY_TICKS + 0.5) * 10_000;

export interface ScenarioRunContext {
  client: RingwatchClient;
  ingestKey: string;
  baseUrl: string;
  /** Appended to component names and device ids so reruns against one app never share state. */
  runTag: string;
  /** When the previous scenario's fleet stopped, and its heartbeat interval (null: first scenario). */
  previousFleet: { stoppedAt: number; intervalSec: number } | null;
  log(line: string): void;
}

export interface ScenarioRun {
  definition: ScenarioDefinition;
  /** The app it ran on. */
  baseUrl: string;
  release: ScenarioRelease;
  deploymentId: string;
  observation: ScenarioObservation;
  outcome: ScenarioOutcome;
  fleet: FleetStats;
  fleetStoppedAt: number;
  intervalSec: number;
  apiErrors: string[];
  durationSec: number;
}

export function releaseFor(definition: ScenarioDefinition, runTag: string): ScenarioRelease {
  return { component: `${definition.component}-${runTag}`, fromVersion: "1.0.0", toVersion: "1.1.0" };
}

function createFleet(
  definition: ScenarioDefinition,
  shape: ScenarioFleet,
  release: ScenarioRelease,
  context: ScenarioRunContext,
  checks: ManifestChecks,
): FleetSimulator {
  return new FleetSimulator({
    devices: shape.devices,
    baseUrl: context.baseUrl,
    apiKey: context.ingestKey,
    intervalSec: shape.intervalSec,
    seed: definition.seed,
    idPrefix: `${definition.idPrefix}${context.runTag}-`,
    versions: { [release.component]: release.fromVersion },
    customizeDevice: shape.customizeDevice,
    faults: shape.faults,
    onTick: checks.onTick,
  });
}

/**
 * Checks run beside the heartbeat, as real agents' do: a slow manifest delays installs, not heartbeats.
 * At boot, the heartbeat waits for the check, so the device's first manifest request comes before its first heartbeat.
 */
function manifestChecks(exposures: ExposureLog, atBoot: boolean): ManifestChecks {
  const agent = followManifest({
    everyTicks: atBoot ? 1 : MANIFEST_EVERY_TICKS,
    heartbeatWaits: atBoot,
    onAnswer: (device, answer, at, askedAt) => exposures.record(device, answer, at, askedAt),
    onError: (_device, error) => exposures.recordFailure(error),
  });
  return new ManifestChecks(agent);
}

function previousFleetGoneMs(previous: ScenarioRunContext["previousFleet"]): number {
  const previousGoneAt = previous ? previous.stoppedAt + PREVIOUS_FLEET_GONE_AFTER_INTERVALS * previous.intervalSec * 1000 : 0;
  return Math.max(0, previousGoneAt - Date.now());
}

/** Booting at the rollout, a fleet gets no warm-up: only the previous fleet's time to leave the baseline. */
function warmUpMs(definition: ScenarioDefinition, previous: ScenarioRunContext["previousFleet"]): number {
  return Math.max(definition.manifestAtBoot ? 0 : WARM_UP_SEC * 1000, previousFleetGoneMs(previous));
}

function ringCounts(fleet: FleetSimulator): string {
  const counts = new Map<string, number>();
  for (const device of fleet.devices) counts.set(device.ring ?? "hashed", (counts.get(device.ring ?? "hashed") ?? 0) + 1);
  return [...counts].map(([ring, n]) => `${ring} ${n}`).join(", ");
}

export interface Watching {
  watch: RolloutWatch;
  containment: ContainmentWatch;
  team: OnSiteTeam | null;
}

/** Whether the run may end: a bad release's goals, or with containment goals, those too. */
function settled({ watch, containment, team }: Watching, definition: ScenarioDefinition): boolean {
  const { goals } = definition;
  if (!hasContainmentGoals(goals)) return goalsSettled(watch, goals);
  if (goals.paused === true && watch.pausedSeenAt === null) return false;
  const observation = {
    holds: containment.holds,
    stopReach: containment.stopReach,
    recovery: containment.recovery,
    cohortOffers: null,
    repaired: team?.repaired ?? 0,
  };
  return containmentSettled(observation, goals, watch.deployment, team?.done ?? true);
}

/** Polls until the window closes, or a bad release's goals settled a grace period ago. */
async function observe(watching: Watching, definition: ScenarioDefinition, startedAt: number, context: ScenarioRunContext): Promise<void> {
  const { watch, containment, team } = watching;
  const since = (at: number) => `+${((at - startedAt) / 1000).toFixed(1)} s`;
  const grace = hasContainmentGoals(definition.goals) ? CONTAINMENT_GRACE_MS : SETTLE_GRACE_MS;
  let settledAt: number | null = null;
  let holds = 0;
  while (Date.now() - startedAt < definition.observeSec * 1000) {
    await sleep(WATCH_POLL_MS);
    const [criticalBefore, pausedBefore, statusBefore] = [watch.criticalSeenAt, watch.pausedSeenAt, watch.deployment.status];
    await watch.poll();
    await containment.poll(watch.anomalies);
    team?.work(containment.recovery, watch.pausedSeenAt);
    for (const hold of containment.holds.slice(holds))
      context.log(`hold ${hold.dimension}=${hold.value} ${since(Date.parse(hold.createdAt))} by ${hold.createdBy}: ${hold.reason}`);
    holds = containment.holds.length;
    if (statusBefore !== watch.deployment.status && watch.deployment.status === "completed") context.log(`deployment completed ${since(Date.now())}`);
    if (criticalBefore === null && watch.criticalSeenAt !== null)
      context.log(`critical anomaly seen ${since(watch.criticalSeenAt)} after the deployment started`);
    if (pausedBefore === null && watch.pausedSeenAt !== null)
      context.log(`deployment paused ${since(watch.pausedSeenAt)}: ${watch.deployment.pausedReason ?? ""}`);
    settledAt ??= settled(watching, definition) ? Date.now() : null;
    if (settledAt !== null && Date.now() - settledAt >= grace) return;
  }
}

function scheduleDisturbances(shape: ScenarioFleet, fleet: FleetSimulator, context: ScenarioRunContext): NodeJS.Timeout[] {
  return shape.disturbances.map((disturbance) =>
    setTimeout(() => {
      context.log(`disturbance: ${disturbance.what}`);
      disturbance.apply(fleet);
    }, disturbance.afterSec * 1000),
  );
}

export async function runScenario(definition: ScenarioDefinition, context: ScenarioRunContext): Promise<ScenarioRun> {
  const began = Date.now();
  const release = releaseFor(definition, context.runTag);
  const shape = definition.fleet(release);
  const exposures = new ExposureLog(release.component, release.toVersion);
  const checks = manifestChecks(exposures, definition.manifestAtBoot ?? false);
  const fleet = createFleet(definition, shape, release, context, checks);
  const releaseId = await context.client.createRelease(release.component, release.toVersion, `scenario ${definition.key}: ${definition.title}`);
  const known = await knownAnomalyIds(context.client);
  const warmUp = warmUpMs(definition, context.previousFleet);
  context.log(
    `warm-up ${(warmUp / 1000).toFixed(0)} s: ${shape.devices} devices on ${release.component} ${release.fromVersion} (${ringCounts(fleet)})${definition.manifestAtBoot ? ", booting at the rollout" : ""}`,
  );
  if (!definition.manifestAtBoot) fleet.start();
  let timers: NodeJS.Timeout[] = [];
  let team: OnSiteTeam | null = null;
  try {
    await sleep(warmUp);
    const stages = definition.deployment?.stages ?? rolloutStages(definition.canaryBakeSec);
    const started = await context.client.startDeployment(releaseId, stages, definition.deployment?.options);
    const startedAt = Date.now();
    checks.start();
    // Started after the checks, so every device's first manifest request precedes its first heartbeat.
    if (definition.manifestAtBoot) fleet.start();
    context.log(`deployment ${started.id} of ${release.toVersion} started; watching up to ${definition.observeSec} s`);
    timers = scheduleDisturbances(shape, fleet, context);
    const watch = new RolloutWatch(context.client, started);
    const containment = new ContainmentWatch(context.client, started.id, definition.goals, (error) => watch.noteError(error));
    team = definition.onSiteTeam
      ? new OnSiteTeam(definition.onSiteTeam, context.client, fleet, { component: release.component, version: release.fromVersion }, context.log)
      : null;
    await observe({ watch, containment, team }, definition, startedAt, context);
    return await finish({ definition, context, release, fleet, checks, watch, containment, team, exposures, known, began });
  } finally {
    timers.forEach(clearTimeout);
    await team?.stop();
    await fleet.stop({ timeoutMs: FLEET_STOP_TIMEOUT_MS });
  }
}
