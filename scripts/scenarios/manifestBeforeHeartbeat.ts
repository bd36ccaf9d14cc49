/**
 * (f) A good release on a fleet that boots while the canary bakes: every agent asks for its manifest
 * at boot, before its first heartbeat has told the app its ring pin, and at every heartbeat after.
 * The app must not hand such a device its hashed ring's plan: pinned to early or broad, it must not
 * be offered the release before its own ring's stage starts.
 */
import { noFaults } from "../fleet/simulator";
import { DEFAULT_INTERVAL_SEC, pinRing } from "./fleetShape";
import type { ScenarioDefinition } from "./scenario";

const SEED = 6606;
/**
 * Long enough that every device's first answers (all within one heartbeat interval of the boot, and
 * the app caches a pin for 30 s) fall in the canary's bake; short enough that `early` starts within
 * the window, so legitimate offers after a promotion are seen passing the same check.
 */
const CANARY_BAKE_SEC = 45;

export const manifestBeforeHeartbeat: ScenarioDefinition = {
  key: "f",
  title: "manifest before first heartbeat",
  component: "agent-f",
  idPrefix: "scn-f-",
  seed: SEED,
  observeSec: 75,
  canaryBakeSec: CANARY_BAKE_SEC,
  manifestAtBoot: true,
  goals: { blameRelease: false },
  fleet: () => ({
    // A fleet this size has ~10 devices that hash into the app's 1% canary, most of them pinned elsewhere.
    devices: 1000,
    intervalSec: DEFAULT_INTERVAL_SEC,
    customizeDevice: (profile) => pinRing(SEED, profile),
    // Nothing goes wrong: the only thing this scenario judges is who was offered the release, and when.
    faults: noFaults,
    disturbances: [],
  }),
};
