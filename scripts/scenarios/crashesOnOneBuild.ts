/**
 * (b) Subtle: the release multiplies the crash rate only on one Windows build. Other builds run it
 * normally, and every device crashes now and then anyway, so the signal is a rate, not an outage.
 */
import { withOs, type DeviceProfile } from "../fleet/simulator";
import { DEFAULT_INTERVAL_SEC, deviceRandom, isStuck, pinRing, runs } from "./fleetShape";
import type { ScenarioDefinition } from "./scenario";

const SEED = 2202;
const BAD_BUILD = "10.0.22631";
const BAD_BUILD_SHARE = 0.3;
const OTHER_WINDOWS_BUILDS = ["10.0.19045", "10.0.26100"];
/**
 * A crash every two hours per device: ~25 a minute across 2,000 devices, ~2 in a 200-device canary.
 * Twenty times that on the bad build gives the ~60 canary devices on it ~10 crashes in a minute.
 */
const BASELINE_SECONDS_BETWEEN_CRASHES = 7200;
const CRASH_MULTIPLIER = 20;
/**
 * In measured runs the rate showed as a warning 20 to 85 s after first exposure and turned critical
 * 20 to 135 s after it. A 60 s bake could end before either and offer the next ring; by 120 s a
 * warning is open (it holds the gate until someone triages it) and mostly the critical too.
 */
const CANARY_BAKE_SEC = 120;

/** Exactly the bad build on its share of the fleet; nobody else on it. */
function shapeBuild(profile: DeviceProfile): DeviceProfile {
  const random = deviceRandom(SEED, "build", profile);
  if (random() < BAD_BUILD_SHARE) return { ...withOs(profile, "windows", random), osVersion: BAD_BUILD };
  if (profile.osVersion !== BAD_BUILD) return profile;
  return { ...profile, osVersion: OTHER_WINDOWS_BUILDS[Math.floor(random() * OTHER_WINDOWS_BUILDS.length)] };
}

export const crashesOnOneBuild: ScenarioDefinition = {
  key: "b",
  title: `crash rate x${CRASH_MULTIPLIER} on ${BAD_BUILD}`,
  component: "driver-b",
  idPrefix: "scn-b-",
  seed: SEED,
  // Well past the slowest critical seen; the run ends as soon as the deployment is paused.
  observeSec: CANARY_BAKE_SEC + 90,
  canaryBakeSec: CANARY_BAKE_SEC,
  goals: {
    blameRelease: true,
    anomalyKind: "crash_rate",
    paused: true,
    // Caught within the canary's bake: no device outside it offered the release.
    maxBlastRadius: 0,
    topSuspect: { dimension: "osVersion", value: BAD_BUILD },
  },
  fleet: (release) => ({
    devices: 2000,
    intervalSec: DEFAULT_INTERVAL_SEC,
    customizeDevice: (profile) => pinRing(SEED, shapeBuild(profile)),
    faults: ({ device, current }) => {
      if (isStuck(current)) return undefined;
      const hit = device.osVersion === BAD_BUILD && runs(device, release.component, release.toVersion);
      return { kind: "crashy", meanSecondsBetweenCrashes: BASELINE_SECONDS_BETWEEN_CRASHES / (hit ? CRASH_MULTIPLIER : 1) };
    },
    disturbances: [],
  }),
};
