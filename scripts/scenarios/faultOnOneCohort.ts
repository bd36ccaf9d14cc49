/**
 * (h; issue 14 calls it f) The release boot-loops one Windows build, a quarter of every ring, under a
 * deployment that rolls each ring out in waves and holds a confined cohort instead of pausing
 * (`onCohortAnomaly: "hold"`). Ringwatch must hold exactly that build and never pause; the rest of the
 * fleet must complete the rollout through every ring with none of it refused the release, and no
 * device of the build may be newly offered the release once it is held.
 */
import { withOs, type DeviceProfile } from "../fleet/simulator";
import { DEFAULT_INTERVAL_SEC, deviceRandom, FIRST_RING, pinRing, runs } from "./fleetShape";
import type { ScenarioDefinition } from "./scenario";

const SEED = 8808;
const BAD_BUILD = "10.0.22631";
const BAD_BUILD_SHARE = 0.25;
const OTHER_WINDOWS_BUILDS = ["10.0.19045", "10.0.26100"];
const LOOP_CYCLE_SEC = 25;
/** Each wave bakes this long; the canary, in one wave, bakes longer so the fault shows there first. */
const WAVE_BAKE_SEC = 30;
const CANARY_BAKE_SEC = 60;

/** Exactly the bad build on its share of the fleet; nobody else on it. */
function shapeBuild(profile: DeviceProfile): DeviceProfile {
  const random = deviceRandom(SEED, "build", profile);
  if (random() < BAD_BUILD_SHARE) return { ...withOs(profile, "windows", random), osVersion: BAD_BUILD };
  if (profile.osVersion !== BAD_BUILD) return profile;
  return { ...profile, osVersion: OTHER_WINDOWS_BUILDS[Math.floor(random() * OTHER_WINDOWS_BUILDS.length)] };
}

export const faultOnOneCohort: ScenarioDefinition = {
  key: "h",
  title: `boot loop on ${BAD_BUILD} held, the rest rolls on in waves`,
  component: "sensor-h",
  idPrefix: "scn-h-",
  seed: SEED,
  // canary 60 s, early 2 x 30 s, broad 3 x 30 s, plus exposure and promotion ticks: well within.
  observeSec: 480,
  deployment: {
    stages: [
      { ring: FIRST_RING, bakeSeconds: CANARY_BAKE_SEC },
      { ring: "early", bakeSeconds: WAVE_BAKE_SEC, waves: [50, 100] },
      { ring: "broad", bakeSeconds: WAVE_BAKE_SEC, waves: [25, 60, 100] },
    ],
    options: { onCohortAnomaly: "hold" },
  },
  goals: {
    blameRelease: true,
    paused: false,
    hold: { dimension: "osVersion", value: BAD_BUILD },
    completes: true,
    topSuspect: { dimension: "osVersion", value: BAD_BUILD },
  },
  fleet: (release) => ({
    devices: 1000,
    intervalSec: DEFAULT_INTERVAL_SEC,
    customizeDevice: (profile) => pinRing(SEED, shapeBuild(profile)),
    faults: ({ device, current }) =>
      device.osVersion === BAD_BUILD && runs(device, release.component, release.toVersion) && current.kind === "healthy"
        ? { kind: "bootLoop", cycleSec: LOOP_CYCLE_SEC }
        : undefined,
    disturbances: [],
  }),
};
