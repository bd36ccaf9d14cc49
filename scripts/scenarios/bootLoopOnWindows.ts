/**
 * (a) The July-2024 shape: the release boot-loops every Windows device that installs it. Some loop,
 * reporting crash and boot each cycle; some never come back to report at all.
 */
import { withOs, type DeviceProfile, type FaultMode, type OsFamily } from "../fleet/simulator";
import { DEFAULT_INTERVAL_SEC, deviceRandom, onTopOfBackground, pinRing, runs } from "./fleetShape";
import type { ScenarioDefinition, ScenarioFleet, ScenarioRelease } from "./scenario";

const SEED = 1101;
const WINDOWS_SHARE = 0.5;
/** Of the Windows devices that install it, these loop and report; the rest crash and stay dark. */
const LOOPING_SHARE = 0.65;
/** Crash 4-6 s after each boot (the simulator crashes a loop at (cycle - 20 s) x 0.75-1.25). */
const LOOP_CYCLE_SEC = 25;
const DARK_AFTER_SEC = { min: 2, max: 8 };
/** Of the non-Windows devices, this share runs macOS, the rest Linux. */
const MACOS_SHARE_OF_REST = 0.7;

function fateAfterInstall(seed: number, device: DeviceProfile): FaultMode {
  const random = deviceRandom(seed, "fate", device);
  if (random() < LOOPING_SHARE) return { kind: "bootLoop", cycleSec: LOOP_CYCLE_SEC };
  return { kind: "silent", afterSec: Math.round(DARK_AFTER_SEC.min + random() * (DARK_AFTER_SEC.max - DARK_AFTER_SEC.min)) };
}

function osFor(seed: number, windowsShare: number, device: DeviceProfile): OsFamily {
  const roll = deviceRandom(seed, "os", device)();
  return roll < windowsShare ? "windows" : roll < windowsShare + (1 - windowsShare) * MACOS_SHARE_OF_REST ? "macos" : "linux";
}

/** A fleet with `windowsShare` of it on Windows, where the release boot-loops or darkens every Windows device. */
export function windowsBootLoopFleet(seed: number, windowsShare: number): (release: ScenarioRelease) => ScenarioFleet {
  return (release) => ({
    devices: 1000,
    intervalSec: DEFAULT_INTERVAL_SEC,
    customizeDevice: (profile) => pinRing(seed, withOs(profile, osFor(seed, windowsShare, profile), deviceRandom(seed, "os-details", profile))),
    faults: onTopOfBackground(({ device }) =>
      device.os === "windows" && runs(device, release.component, release.toVersion) ? fateAfterInstall(seed, device) : undefined,
    ),
    disturbances: [],
  });
}

export const bootLoopOnWindows: ScenarioDefinition = {
  key: "a",
  title: "boot loop on Windows",
  component: "sensor-a",
  idPrefix: "scn-a-",
  seed: SEED,
  observeSec: 90,
  goals: {
    blameRelease: true,
    // Three heartbeat intervals and one detection tick.
    criticalWithinSec: 3 * DEFAULT_INTERVAL_SEC + 10,
    paused: true,
    maxBlastRadius: 0,
    topSuspect: { dimension: "os", value: "windows" },
  },
  fleet: windowsBootLoopFleet(SEED, WINDOWS_SHARE),
};
