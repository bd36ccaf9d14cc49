/**
 * (g) The fault hits the fleet's majority value: 90% of the fleet runs Windows and the release
 * boot-loops every Windows device. A suspect is what the failing devices share more than the rest
 * do; with Windows nearly everywhere, a lift against the whole fleet is small, and a minority value
 * that happens to be all-Windows (a model, a site) can look sharper. The top suspect must still be
 * os=windows, the deployment must pause itself, and nothing may leave the canary.
 */
import { windowsBootLoopFleet } from "./bootLoopOnWindows";
import type { ScenarioDefinition } from "./scenario";

const SEED = 7707;
const WINDOWS_SHARE = 0.9;

export const bootLoopOnMajority: ScenarioDefinition = {
  key: "g",
  title: "boot loop on the 90% majority (Windows)",
  component: "sensor-g",
  idPrefix: "scn-g-",
  seed: SEED,
  observeSec: 90,
  goals: {
    blameRelease: true,
    criticalKind: "boot_loop",
    paused: true,
    maxBlastRadius: 0,
    topSuspect: { dimension: "os", value: "windows" },
  },
  fleet: windowsBootLoopFleet(SEED, WINDOWS_SHARE),
};
