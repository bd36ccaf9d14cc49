/** What a detection scenario is: a fleet, what goes wrong in it, and what Ringwatch must then do. */
import type { AnomalyKind } from "../../schemas/anomalies";
import type { DeviceProfile, FaultHook, FleetSimulator } from "../fleet/simulator";
import type { StagePlan } from "./ringwatchClient";

export const SCENARIO_KEYS = ["a", "b", "c", "d", "e", "f", "g", "h", "i"] as const;
export type ScenarioKey = (typeof SCENARIO_KEYS)[number];

/** The release a scenario rolls out; names carry the run's tag so reruns against one app never collide. */
export interface ScenarioRelease {
  component: string;
  fromVersion: string;
  toVersion: string;
}

/** Something that happens to the fleet at a set time after the deployment starts (an outage, a surge). */
export interface Disturbance {
  afterSec: number;
  what: string;
  apply(fleet: FleetSimulator): void;
}

export interface ScenarioFleet {
  devices: number;
  intervalSec: number;
  /** Pins the ring and shapes OS, build, site... of each generated device. */
  customizeDevice(profile: DeviceProfile): DeviceProfile;
  faults: FaultHook;
  disturbances: Disturbance[];
}

export interface ExpectedSuspect {
  dimension: string;
  value: string;
}

/** What Ringwatch must do. Goals left out are not checked (but still measured and shown). */
export interface ScenarioGoals {
  /** True when the release is bad; false when any anomaly against it is a false blame. */
  blameRelease: boolean;
  /** A critical anomaly against the release within this many seconds of the first exposure. */
  criticalWithinSec?: number;
  /** true: the deployment must pause itself; false: it must never pause (a hold contains the fault instead). */
  paused?: boolean;
  /** A hold on exactly this cohort, and on no other: its devices are not offered the release after it. */
  hold?: ExpectedSuspect;
  /** The rest of the fleet completes the rollout through every ring, none of it refused the release. */
  completes?: boolean;
  /** Affected devices recover while the scenario runs: on their own (self-reverted) and by the on-site team. */
  recovers?: boolean;
  /** Devices outside the first ring offered the release, by both counts. */
  maxBlastRadius?: number;
  /** An anomaly of this kind against the release. */
  anomalyKind?: AnomalyKind;
  /** A critical anomaly of this kind against the release (a warning of the right kind is not enough). */
  criticalKind?: AnomalyKind;
  topSuspect?: ExpectedSuspect;
}

export interface ScenarioDefinition {
  key: ScenarioKey;
  title: string;
  /** Component name before the run tag. */
  component: string;
  idPrefix: string;
  seed: number;
  /** Longest observation after the deployment starts; a bad release's run ends once its goals are settled. */
  observeSec: number;
  /** How long the canary bakes before the next ring may be offered the release (default STAGE_BAKE_SECONDS). */
  canaryBakeSec?: number;
  /**
   * Agents that ask for their manifest at boot, before their first heartbeat, and at every heartbeat
   * after: the fleet boots while the deployment is already running, so no warm-up tells the app the
   * pins first. Default: a warm-up of heartbeats, then checks every few heartbeats.
   */
  manifestAtBoot?: boolean;
  goals: ScenarioGoals;
  fleet(release: ScenarioRelease): ScenarioFleet;
  /** The deployment's stages (default: every ring once, rolloutStages) and options such as onCohortAnomaly. */
  deployment?: { stages?: StagePlan[]; options?: Record<string, unknown> };
  /** A team on site that repairs devices Ringwatch lists as down and cannot reach remotely. */
  onSiteTeam?: OnSiteTeamPlan;
}

export interface OnSiteTeamPlan {
  /** From when the deployment is seen paused until the team starts claiming devices. */
  arrivesAfterSec: number;
  /** Share of the unreachable (offline) devices the team gets to while the scenario runs. */
  share: number;
  /** From claiming a device (in_repair) to its fix. */
  repairSec: number;
  /** Every this many repairs needs the disk's recovery key. */
  recoveryKeyEvery: number;
}
