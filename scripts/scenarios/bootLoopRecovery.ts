/**
 * (i; issue 14 calls it g) The July-2024 boot loop measured to the end: every Windows device that
 * installs the release loops. Some agents' boot-failure guard reverts it after two crashes; some
 * machines loop before the network is up and never fetch again; the rest keep looping and reporting.
 * Ringwatch must pause, and the run measures from its API how far the pause reached (time to
 * 50/90/99%, self-healed, unreached) and how the affected devices recover, some of them repaired by
 * an on-site team working from Ringwatch's recovery list.
 */
import { withOs, type DeviceProfile, type FaultMode, type OsFamily } from "../fleet/simulator";
import { DEFAULT_INTERVAL_SEC, deviceRandom, pinRing, runs } from "./fleetShape";
import type { ScenarioDefinition, ScenarioRelease } from "./scenario";

const SEED = 9909;
const WINDOWS_SHARE = 0.5;
const LOOP_CYCLE_SEC = 25;
/** Of the looping Windows devices: these revert on their own, these never report again, the rest loop on. */
const SELF_REVERT_SHARE = 0.4;
const OFFLINE_SHARE = 0.35;
const CRASHES_BEFORE_REVERT = 2;

function fateAfterInstall(device: DeviceProfile, release: ScenarioRelease): FaultMode {
  const roll = deviceRandom(SEED, "fate", device)();
  const selfRevert = { afterCrashes: CRASHES_BEFORE_REVERT, component: release.component, previousVersion: release.fromVersion };
  if (roll < SELF_REVERT_SHARE) return { kind: "bootLoop", cycleSec: LOOP_CYCLE_SEC, selfRevert };
  if (roll < SELF_REVERT_SHARE + OFFLINE_SHARE) return { kind: "bootLoop", cycleSec: LOOP_CYCLE_SEC, offline: true };
  return { kind: "bootLoop", cycleSec: LOOP_CYCLE_SEC };
}

function osFor(device: DeviceProfile): OsFamily {
  const roll = deviceRandom(SEED, "os", device)();
  return roll < WINDOWS_SHARE ? "windows" : roll < WINDOWS_SHARE + (1 - WINDOWS_SHARE) / 2 ? "macos" : "linux";
}

export const bootLoopRecovery: ScenarioDefinition = {
  key: "i",
  title: "boot loop: reach of the pause and recovery, with an on-site team",
  component: "sensor-i",
  idPrefix: "scn-i-",
  seed: SEED,
  observeSec: 300,
  goals: {
    blameRelease: true,
    criticalWithinSec: 3 * DEFAULT_INTERVAL_SEC + 10,
    paused: true,
    maxBlastRadius: 0,
    recovers: true,
  },
  onSiteTeam: { arrivesAfterSec: 10, share: 2 / 3, repairSec: 10, recoveryKeyEvery: 3 },
  fleet: (release) => ({
    devices: 1000,
    intervalSec: DEFAULT_INTERVAL_SEC,
    customizeDevice: (profile) => pinRing(SEED, withOs(profile, osFor(profile), deviceRandom(SEED, "os-details", profile))),
    // A device that reverted (or was repaired) runs healthy from then on: only a fresh install sets its fate.
    faults: ({ device, current }) =>
      device.os === "windows" && runs(device, release.component, release.toVersion) && current.kind === "healthy"
        ? fateAfterInstall(device, release)
        : undefined,
    disturbances: [],
  }),
};
